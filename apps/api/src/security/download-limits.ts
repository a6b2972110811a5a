import { Injectable } from '@nestjs/common';
import { rateLimited } from '../graphql/errors';
import { AttemptCounters, type Count } from './attempt-counters';

const ONE_HOUR = 60 * 60_000;

/** Read at each use: tests set DOCUMENT_DOWNLOAD_LIMIT_PER_HOUR after importing. */
const perAccount = () => Number(process.env.DOCUMENT_DOWNLOAD_LIMIT_PER_HOUR ?? 60);

const tooMany = ({ windowEndsAt }: Count) => {
  const seconds = Math.max(1, Math.ceil((windowEndsAt.getTime() - Date.now()) / 1000));
  const minutes = Math.ceil(seconds / 60);
  return rateLimited(
    {
      en: `You have downloaded many documents (formal notices, case files) in the last hour; you can download another in ${minutes} minute${minutes > 1 ? 's' : ''}`,
      fr: `Vous avez téléchargé beaucoup de documents (mises en demeure, dossiers) depuis une heure ; vous pourrez en télécharger un autre dans ${minutes} minute${minutes > 1 ? 's' : ''}`,
    },
    seconds,
  );
};

/**
 * How many documents (the formal notice, the case file as JSON or PDF) one account downloads per
 * hour: each folds the dispute's whole history, and a PDF of a long dispute takes about half a
 * second of CPU, so that a party downloading in a loop would take rendering from everyone else
 * (DocumentBuilds bounds how many are built at once, this how many one account asks for). Every
 * download asked for while signed in counts, whatever its answer; shared by every API process
 * (AttemptCounters), not waited for on disk (a count made at each download, as messages' are).
 */
@Injectable()
export class DownloadLimits {
  constructor(private readonly counters: AttemptCounters) {}

  /** Counts a download by this account: RATE_LIMITED past the hour's budget. */
  async download(accountId: string): Promise<void> {
    const key = `downloads:account:${accountId}`;
    const count = (await this.counters.add([key], ONE_HOUR, { waitForDisk: false })).get(key) as Count;
    if (count.count > perAccount()) throw tooMany(count);
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import type { Phrase } from '@recours/locale';
import type { Viewer } from '../auth/viewer';
import { rateLimited } from '../graphql/errors';
import { AttemptCounters, type Count } from './attempt-counters';

const ONE_HOUR = 60 * 60_000;

/** Read at each use: tests set MESSAGE_LIMIT_* after importing. */
const budgets = () => ({
  /** Messages on one dispute per hour, all parties together. */
  perDispute: Number(process.env.MESSAGE_LIMIT_PER_DISPUTE ?? 120),
  /** Messages one party (one account) posts on one dispute per hour. */
  perParty: Number(process.env.MESSAGE_LIMIT_PER_PARTY ?? 40),
});

const minutesLeft = ({ windowEndsAt }: Count) => Math.max(1, Math.ceil((windowEndsAt.getTime() - Date.now()) / 60_000));

const tooMany = (count: Count, say: (minutes: number) => Phrase) => {
  const minutes = minutesLeft(count);
  return rateLimited(say(minutes), minutes * 60);
};

const PARTY = (minutes: number): Phrase => ({
  en: `You have posted many messages on this dispute in the last hour; you can write again in ${minutes} minute${minutes > 1 ? 's' : ''}`,
  fr: `Vous avez envoyé beaucoup de messages sur ce litige depuis une heure ; vous pourrez écrire à nouveau dans ${minutes} minute${minutes > 1 ? 's' : ''}`,
});
const DISPUTE = (minutes: number): Phrase => ({
  en: `Many messages were posted on this dispute in the last hour; you can write again in ${minutes} minute${minutes > 1 ? 's' : ''}`,
  fr: `Beaucoup de messages ont été envoyés sur ce litige depuis une heure ; vous pourrez écrire à nouveau dans ${minutes} minute${minutes > 1 ? 's' : ''}`,
});

/**
 * How many messages a dispute, and each of its parties, may receive per hour: every message is
 * read back by every watcher of the dispute, so a flood costs everyone. Only messages actually
 * posted count (someone who may not post on the dispute uses none of its budget); shared by every
 * API process (AttemptCounters).
 */
@Injectable()
export class MessageLimits {
  private readonly logger = new Logger('MessageLimits');

  constructor(private readonly counters: AttemptCounters) {}

  /**
   * Posts within the dispute's and this party's hour budgets: RATE_LIMITED past either. The
   * message is counted before it is posted, in one statement, so that simultaneous posts cannot
   * all pass a check made before any of them was counted; a post refused, by the budget or by the
   * dispute, is taken back. The counts get a second at most: a database too slow to answer lets the
   * post go on to meet it (and answer UNAVAILABLE in its own time) rather than adding its own wait
   * to the post's. Not waited for on disk: a crash of the database that takes back a fraction of a
   * second's counts lets a few messages more through, where waiting cost every post a flush.
   */
  async within<T>(disputeId: string, author: Viewer, post: () => Promise<T>): Promise<T> {
    const keys = keysOf(disputeId, author);
    const [dispute, party] = keys;
    const counts = await withinBudget(this.counters.add(keys, ONE_HOUR, { waitForDisk: false }));
    if (!counts) {
      this.logger.warn({ msg: 'message limits not checked: the counts did not come within the budget' });
      return post();
    }
    const limits = budgets();
    const partyCount = counts.get(party);
    const disputeCount = counts.get(dispute);
    const refusal =
      partyCount && partyCount.count > limits.perParty ? tooMany(partyCount, PARTY) : disputeCount && disputeCount.count > limits.perDispute ? tooMany(disputeCount, DISPUTE) : null;
    if (refusal) {
      await this.takeBack(keys);
      throw refusal;
    }
    try {
      return await post();
    } catch (error) {
      // Only a post the dispute refused was not stored; a fault after the append (the answer's
      // read) leaves the message posted, and counted.
      if (isRefusal(error)) await this.takeBack(keys);
      throw error;
    }
  }

  /** A message counted that was not posted; a count not taken back (the database unreachable) never changes the answer. */
  private async takeBack(keys: readonly string[]): Promise<void> {
    await withinBudget(this.counters.remove(keys).catch((error: unknown) => this.logger.warn({ msg: 'a message not posted stays counted against the message limits', error: String(error) })));
  }
}

/** The answers of a command refused before anything was stored. */
const REFUSALS = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'GONE', 'CONFLICT', 'DOMAIN_RULE']);
const isRefusal = (error: unknown) => error instanceof GraphQLError && REFUSALS.has(String(error.extensions?.code));

/** How long a post waits for the message counts, each way. */
const COUNT_BUDGET_MS = 1_000;

/** The promise's value, or undefined once the budget is spent (it goes on; its failure is swallowed). */
async function withinBudget<T>(promise: Promise<T>): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), COUNT_BUDGET_MS)));
  try {
    return await Promise.race([promise.catch(() => undefined), late]);
  } finally {
    clearTimeout(timer);
  }
}

const keysOf = (disputeId: string, author: Viewer) => [`messages:dispute:${disputeId}`, `messages:party:${disputeId}|${author.accountId}`];

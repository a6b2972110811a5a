import { Context, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, requireViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { whileClientWaits } from '../documents/client-gone';
import { DocumentBuilds } from '../documents/document-builds';
import type { RequestContext } from '../graphql/request-context';
import { requestLocale } from '../i18n/request-locale';
import { PersonalDataArchive } from './personal-data-archive';

@Resolver()
export class MyDataResolver {
  constructor(
    private readonly archive: PersonalDataArchive,
    private readonly builds: DocumentBuilds,
  ) {}

  /**
   * Built in its turn, as the case files it holds are (DocumentBuilds): a full queue refuses it at
   * once, UNAVAILABLE with retryAfterSeconds, as the downloads answer 503 with Retry-After; an
   * account's third document at once, RATE_LIMITED.
   */
  @Query(() => String, {
    description:
      'Everything recours holds about you, as a JSON document (GDPR arts. 15 and 20): your account, sessions, disputes as you read them (events, messages, evidence), uploads, notifications, e-mails, preferences and the access log. Texts in your language. Built in turn with the documents others download: UNAVAILABLE (with retryAfterSeconds) when too many are being built.',
  })
  async myData(@CurrentViewer() viewer: Viewer | null, @Context() context: RequestContext): Promise<string> {
    const who = requireViewer(viewer);
    const locale = requestLocale(context);
    const { req } = context;
    // Nobody reads what a client that has gone would get: nothing is built for it, nor logged.
    const archive = await whileClientWaits(req, req.res, (gone) => this.builds.run(who.accountId, async () => JSON.stringify(await this.archive.of(who, locale), null, 2), gone));
    return archive ?? '';
  }
}

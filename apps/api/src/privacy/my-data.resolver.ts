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
   * Let in as a download is (DocumentBuilds): a full queue refuses it at once, UNAVAILABLE with
   * retryAfterSeconds, as the downloads answer 503 with Retry-After; an account's third document
   * at once, RATE_LIMITED. Then each case file it holds takes a turn of its own: an archive of
   * 200 disputes (several seconds) never holds the turn others' downloads wait for.
   */
  @Query(() => String, {
    description:
      'Everything recours holds about you, as a JSON document (GDPR arts. 15 and 20): your account, sessions, disputes as you read them (events, messages, evidence; for a merchant’s owner or agent, her own acts in the disputes of her merchant she worked on, and for a mediator, her own acts in the disputes she mediates, not their case files: GDPR art. 15(4)), uploads, notifications, e-mails, preferences and the access log. Texts in your language. Built in turn with the documents others download: UNAVAILABLE (with retryAfterSeconds) when too many are being built.',
  })
  async myData(@CurrentViewer() viewer: Viewer | null, @Context() context: RequestContext): Promise<string> {
    const who = requireViewer(viewer);
    const locale = requestLocale(context);
    const { req } = context;
    // Nobody reads what a client that has gone would get: nothing is built for it, nor logged.
    const archive = await whileClientWaits(req, req.res, async (gone) => {
      if (!(await this.builds.run(who.accountId, async () => true, gone))) return undefined;
      const data = await this.archive.of(who, locale, new Date(), (build) => this.builds.run(who.accountId, build, gone, { admitted: true }));
      return gone.aborted ? undefined : JSON.stringify(data, null, 2);
    });
    return archive ?? '';
  }
}

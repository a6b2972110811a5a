import { Context, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, requireViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import type { RequestContext } from '../graphql/request-context';
import { requestLocale } from '../i18n/request-locale';
import { PersonalDataArchive } from './personal-data-archive';

@Resolver()
export class MyDataResolver {
  constructor(private readonly archive: PersonalDataArchive) {}

  @Query(() => String, {
    description:
      'Everything recours holds about you, as a JSON document (GDPR arts. 15 and 20): your account, sessions, disputes as you read them (events, messages, evidence), uploads, notifications, e-mails, preferences and the access log. Texts in your language.',
  })
  async myData(@CurrentViewer() viewer: Viewer | null, @Context() context: RequestContext): Promise<string> {
    return JSON.stringify(await this.archive.of(requireViewer(viewer), requestLocale(context)), null, 2);
  }
}

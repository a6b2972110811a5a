import { Module } from '@nestjs/common';
import { DisputeCommandsModule } from '@recours/dispute-commands';
import { AccountsModule } from '../accounts/accounts.module';
import { AccountLocale } from './account-locale';
import { NotificationsResolver } from './graphql/notifications.resolver';
import { WebhooksResolver } from './graphql/webhooks.resolver';
import { DevMailController } from './http/dev-mail.controller';
import { UnsubscribeController } from './http/unsubscribe.controller';
import { ReaderLocale } from './reader-locale';
import { ReadableNotifications } from './readable-notifications';

/** The notifications as the API serves them (NotificationsModule, global, holds the rest). */
@Module({
  imports: [AccountsModule, DisputeCommandsModule],
  controllers: [UnsubscribeController, DevMailController],
  providers: [NotificationsResolver, WebhooksResolver, ReaderLocale, AccountLocale, ReadableNotifications],
})
export class NotificationsApiModule {}

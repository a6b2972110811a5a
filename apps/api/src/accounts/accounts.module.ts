import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DATABASE_CONNECTION, type DatabaseConnection } from '@recours/database';
import type { DataSource } from 'typeorm';
import { AuthModule } from '../auth/auth.module';
import { AttemptCounters } from '../security/attempt-counters';
import { LoginLimits } from '../security/login-limits';
import { DownloadLimits } from '../security/download-limits';
import { MessageLimits } from '../security/message-limits';
import { AccountsService } from './accounts.service';
import { ACCOUNTS_DATA_SOURCE, openAccountsDataSource } from './accounts-data-source';
import { AdminBootstrap } from './admin-bootstrap';
import { AccountSecurityResolver } from './graphql/account-security.resolver';
import { AccountsResolver } from './graphql/accounts.resolver';
import { LapsedLinks } from './lapsed-links';
import { Sessions } from './sessions';
import { TwoFactor } from './two-factor';
import { TwoFactorResolver } from './graphql/two-factor.resolver';
import { TokenVersions } from './token-versions';
import { AccountNames } from './account-names';
import { AccountProfile } from './account-profile';
import { MerchantTeams } from './merchant-teams';
import { ReplyTemplates } from './reply-templates';
import { ReplyTemplatesResolver } from './graphql/reply-templates.resolver';
import { MerchantInvitations } from './merchant-invitations';
import { MerchantTakeover } from './merchant-takeover';
import { MerchantInvitationsResolver } from './graphql/merchant-invitations.resolver';

@Module({
  imports: [AuthModule],
  providers: [
    { provide: ACCOUNTS_DATA_SOURCE, inject: [DATABASE_CONNECTION], useFactory: (connection: DatabaseConnection) => openAccountsDataSource(connection.url) },
    AccountsService,
    AttemptCounters,
    LoginLimits,
    MessageLimits,
    DownloadLimits,
    AccountsResolver,
    AccountSecurityResolver,
    AdminBootstrap,
    TokenVersions,
    AccountNames,
    AccountProfile,
    Sessions,
    TwoFactor,
    TwoFactorResolver,
    MerchantTeams,
    ReplyTemplates,
    ReplyTemplatesResolver,
    MerchantInvitations,
    MerchantTakeover,
    MerchantInvitationsResolver,
    LapsedLinks,
  ],
  exports: [AccountsService, AccountNames, AccountProfile, MerchantTeams, TokenVersions, Sessions, TwoFactor, MessageLimits, DownloadLimits, LoginLimits, ACCOUNTS_DATA_SOURCE],
})
export class AccountsModule implements OnApplicationShutdown {
  constructor(@Inject(ACCOUNTS_DATA_SOURCE) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    await this.dataSource.destroy().catch(() => undefined);
  }
}

import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DATABASE_CONNECTION, type DatabaseConnection } from '@recours/database';
import type { DataSource } from 'typeorm';
import { AuthModule } from '../auth/auth.module';
import { LoginThrottlingModule } from '../security/login-throttling';
import { AccountsService } from './accounts.service';
import { ACCOUNTS_DATA_SOURCE, openAccountsDataSource } from './accounts-data-source';
import { AdminBootstrap } from './admin-bootstrap';
import { AccountsResolver } from './graphql/accounts.resolver';

@Module({
  imports: [AuthModule, LoginThrottlingModule],
  providers: [
    { provide: ACCOUNTS_DATA_SOURCE, inject: [DATABASE_CONNECTION], useFactory: (connection: DatabaseConnection) => openAccountsDataSource(connection.url) },
    AccountsService,
    AccountsResolver,
    AdminBootstrap,
  ],
  exports: [AccountsService],
})
export class AccountsModule implements OnApplicationShutdown {
  constructor(@Inject(ACCOUNTS_DATA_SOURCE) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    await this.dataSource.destroy().catch(() => undefined);
  }
}

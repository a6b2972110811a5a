import { Module } from '@nestjs/common';
import { DatabaseModule } from '@recours/database';
import { EventStoreModule } from '@recours/event-store';
import { AccountsModule } from './accounts/accounts.module';
import { ApiGraphqlModule } from './graphql/api-graphql.module';
import { HealthModule } from './health/health.module';
import { LoggingModule } from './logging.module';

@Module({
  imports: [LoggingModule, DatabaseModule, EventStoreModule, HealthModule, AccountsModule, ApiGraphqlModule],
})
export class AppModule {}

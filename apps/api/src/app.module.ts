import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DatabaseModule } from '@recours/database';
import { DeadlinesModule } from '@recours/deadlines';
import { EventStoreModule } from '@recours/event-store';
import { ReadModelsModule } from '@recours/read-models';
import { AccountsModule } from './accounts/accounts.module';
import { ClockModule } from '@recours/clock';
import { DisputesModule } from './disputes/disputes.module';
import { ApiGraphqlModule } from './graphql/api-graphql.module';
import { HealthModule } from './health/health.module';
import { LoggingModule } from './logging.module';
import { RightsModule } from './rights';
import { WebAppModule } from './web/web-app.module';

@Module({
  imports: [LoggingModule, DatabaseModule, EventStoreModule, ReadModelsModule.forRoot(), DeadlinesModule.forRoot(), HealthModule, ClockModule, CqrsModule.forRoot(), AccountsModule, DisputesModule, RightsModule, ApiGraphqlModule, WebAppModule],
})
export class AppModule {}

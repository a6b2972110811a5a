import { Module } from '@nestjs/common';
import { DatabaseModule } from '@recours/database';
import { EventStoreModule } from '@recours/event-store';
import { HealthModule } from './health/health.module';
import { LoggingModule } from './logging.module';

@Module({
  imports: [LoggingModule, DatabaseModule, EventStoreModule, HealthModule],
})
export class AppModule {}

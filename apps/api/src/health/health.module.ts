import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { DatabaseHealthIndicator } from '@recours/database';
import { EventStoreHealthIndicator } from '@recours/event-store';
import { ProjectionsHealthIndicator, Readiness } from '@recours/read-models';
import { HealthController } from './health.controller';

@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'json' })],
  controllers: [HealthController],
  providers: [DatabaseHealthIndicator, EventStoreHealthIndicator, ProjectionsHealthIndicator, Readiness],
})
export class HealthModule {}

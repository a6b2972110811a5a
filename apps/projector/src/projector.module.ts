import { Module } from '@nestjs/common';
import { ClockModule } from '@recours/clock';
import { DatabaseModule } from '@recours/database';
import { DeadlinesModule } from '@recours/deadlines';
import { EventStoreModule } from '@recours/event-store';
import { ReadModelsModule } from '@recours/read-models';
import { LoggingModule } from './logging.module';

/** PROJECTIONS_ONLY=dispute-cases,dispute-timeline narrows what this process runs (default all). */
const only = process.env.PROJECTIONS_ONLY?.split(',').map((name) => name.trim()).filter(Boolean);

/**
 * The read-model projections, and the deadline process that reads one of them, as a process of
 * their own, next to API processes started with PROJECTIONS=external.
 */
@Module({
  imports: [
    LoggingModule,
    ClockModule,
    DatabaseModule,
    EventStoreModule,
    ReadModelsModule.forRoot({ runProjections: true, projections: only }),
    DeadlinesModule.forRoot({ run: true }),
  ],
})
export class ProjectorModule {}

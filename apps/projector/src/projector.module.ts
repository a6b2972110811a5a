import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { ClockModule } from '@recours/clock';
import { DATABASE_POOL, DatabaseHealthIndicator, DatabaseModule } from '@recours/database';
import { DeadlinesModule } from '@recours/deadlines';
import { EVENT_STORE, EventStoreHealthIndicator, EventStoreModule, SUBJECT_KEYS } from '@recours/event-store';
import { ObservabilityModule } from '@recours/observability';
import { ProjectionsHealthIndicator, READ_MODELS_DATA_SOURCE, ReadModelsModule, Readiness } from '@recours/read-models';
import { LoggingModule } from './logging.module';
import { ProjectorProbes } from './projector-probes';

/** PROJECTIONS_ONLY=dispute-cases,dispute-timeline narrows what this process runs (default all). */
const only = process.env.PROJECTIONS_ONLY?.split(',').map((name) => name.trim()).filter(Boolean);

/** The health checks the probes run, in a module of their own so that the probes can reach them. */
@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'json' })],
  providers: [DatabaseHealthIndicator, EventStoreHealthIndicator, ProjectionsHealthIndicator, Readiness, ProjectorProbes],
  exports: [ProjectorProbes],
})
class ProjectorHealthModule {}

/**
 * The read-model projections, and the deadline process that reads one of them, as a process of
 * their own, next to API processes started with PROJECTIONS=external. With METRICS_PORT set, it
 * serves /metrics, /health/live and /health/ready on that port.
 */
@Module({
  imports: [
    LoggingModule,
    ObservabilityModule.forRoot({ service: 'projector', probes: ProjectorProbes, pools: { health: DATABASE_POOL, 'event-store': EVENT_STORE, 'subject-keys': SUBJECT_KEYS, 'read-models': READ_MODELS_DATA_SOURCE } }),
    ClockModule,
    DatabaseModule,
    EventStoreModule,
    ReadModelsModule.forRoot({ runProjections: true, projections: only }),
    DeadlinesModule.forRoot({ run: true }),
    ProjectorHealthModule,
  ],
})
export class ProjectorModule {}

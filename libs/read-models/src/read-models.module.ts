import { Global, Inject, Logger, Module, type BeforeApplicationShutdown, type DynamicModule, type OnApplicationBootstrap, type Provider } from '@nestjs/common';
import { DATABASE_CONNECTION, type DatabaseConnection } from '@recours/database';
import { EVENT_STORE, type EventStore } from '@recours/event-store';
import { watchProjectionLag } from '@recours/observability';
import type { DataSource } from 'typeorm';
import { selectProjections } from './projections/all-projections';
import { AppliedListener } from './progress/applied-listener';
import { ProjectionProgress } from './progress/projection-progress';
import { AssociationCases } from './queries/association-cases.query';
import { DisputeSummaries } from './queries/dispute-summaries.query';
import { DisputeTimeline } from './queries/dispute-timeline.query';
import { MediatorCaseload } from './queries/mediator-caseload.query';
import { MerchantInbox } from './queries/merchant-inbox.query';
import { MerchantScorecards } from './queries/merchant-scorecard.query';
import { OpenDeadlines } from './queries/open-deadlines.query';
import { RetentionCandidates } from './queries/retention-candidates.query';
import { Projector } from './runner/projector';
import { openReadModelsDataSource } from './schema/read-models-data-source';

export interface ReadModelsModuleOptions {
  /**
   * Run the projections in this process, from application bootstrap to shutdown. Default:
   * yes, unless PROJECTIONS=external (apps/projector runs them). Running them in several
   * processes is safe: each projection is led by one process at a time.
   */
  runProjections?: boolean;
  /** Which projections this process runs (default all). */
  projections?: readonly string[];
  /** Most events per transaction (default 500). */
  batchSize?: number;
}

/** The read models' TypeORM data source (migrated at start-up). */
export const READ_MODELS_DATA_SOURCE = Symbol.for('recours.ReadModelsDataSource');
const READ_MODELS_OPTIONS = Symbol.for('recours.ReadModelsOptions');
/** The options as the application was created with them (PROJECTIONS read then). */
type ResolvedOptions = Required<Pick<ReadModelsModuleOptions, 'runProjections'>>;

const QUERIES = [DisputeSummaries, MerchantInbox, MediatorCaseload, AssociationCases, MerchantScorecards, DisputeTimeline, OpenDeadlines, RetentionCandidates] as const;

/**
 * Read models for the API: query services, read-your-writes and lag, and (by default) the
 * projection runners. Needs DatabaseModule and EventStoreModule (both global).
 */
@Global()
@Module({})
export class ReadModelsModule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private unwatchLag: (() => void) | undefined;

  constructor(
    @Inject(READ_MODELS_OPTIONS) private readonly options: ResolvedOptions,
    @Inject(Projector) private readonly projector: Projector,
    @Inject(READ_MODELS_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(ProjectionProgress) private readonly progress: ProjectionProgress,
  ) {}

  static forRoot(options: ReadModelsModuleOptions = {}): DynamicModule {
    const projections = selectProjections(options.projections);
    const providers: Provider[] = [
      // PROJECTIONS is read when the application is created, not when its module is imported: a
      // process that sets it in between (a benchmark, a test) is not given a projector it refused.
      { provide: READ_MODELS_OPTIONS, useFactory: (): ResolvedOptions => ({ runProjections: options.runProjections ?? process.env.PROJECTIONS !== 'external' }) },
      {
        provide: READ_MODELS_DATA_SOURCE,
        inject: [DATABASE_CONNECTION],
        useFactory: (connection: DatabaseConnection) => openReadModelsDataSource(connection.url),
      },
      {
        provide: Projector,
        inject: [EVENT_STORE, DATABASE_CONNECTION],
        useFactory: (store: EventStore, connection: DatabaseConnection) =>
          new Projector(projections, { store, connectionString: connection.url, batchSize: options.batchSize, logger: new Logger('Projector') }),
      },
      {
        provide: ProjectionProgress,
        inject: [EVENT_STORE, READ_MODELS_DATA_SOURCE, Projector, READ_MODELS_OPTIONS, DATABASE_CONNECTION],
        useFactory: (store: EventStore, dataSource: DataSource, projector: Projector, { runProjections }: ResolvedOptions, connection: DatabaseConnection) =>
          new ProjectionProgress({
            store,
            db: { query: async (sql, values) => ({ rows: await dataSource.query(sql, values) }) },
            projections,
            projector: runProjections ? projector : undefined,
            applied: new AppliedListener(connection.url),
          }),
      },
      ...QUERIES.map((query) => ({ provide: query, inject: [READ_MODELS_DATA_SOURCE], useFactory: (dataSource: DataSource) => new query(dataSource) })),
    ];
    return { module: ReadModelsModule, providers, exports: [READ_MODELS_DATA_SOURCE, Projector, ProjectionProgress, ...QUERIES] };
  }

  onApplicationBootstrap(): void {
    if (!this.options.runProjections) return;
    this.projector.start();
    // Where the projections run, the lag gauges are read (each process that may lead reports it).
    this.unwatchLag = watchProjectionLag(this.progress);
  }

  /** Before the event store and the database go (their hooks run at onApplicationShutdown). */
  async beforeApplicationShutdown(): Promise<void> {
    this.unwatchLag?.();
    // Hands the projections' leases back: each runner finishes its batch and ends its connection.
    await this.projector.stop();
    await this.progress.close();
    if (this.options.runProjections) new Logger('Projector').log('projections stopped: their leases are handed back');
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

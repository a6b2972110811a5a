import { POOL_ERROR_LISTENER, POOL_TIMEOUTS, runTypeormMigrations } from '@recours/database';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ReadModels1751900000000 } from './migrations/1751900000000-read-models';
import { ProjectionVersions1796100000000 } from './migrations/1796100000000-projection-versions';
import { ScorecardBasis1796200000000 } from './migrations/1796200000000-scorecard-basis';
import { DisputeSearch176900000005000 } from './migrations/176900000005000-dispute-search';
import { ClaimCategoryAndProblem176900000006000 } from './migrations/176900000006000-claim-category-and-problem';
import { MerchantInboxTeam176900000007100 } from './migrations/176900000007100-merchant-inbox-team';
import { DisputeAdvisers176900000006001 } from './migrations/176900000006001-dispute-advisers';
import { DisputeRetention176900000011100 } from './migrations/176900000011100-dispute-retention';
import { SummaryReaderVersion176900000028400 } from './migrations/176900000028400-summary-reader-version';
import { TimelineAssociationAlone176900000029400 } from './migrations/176900000029400-timeline-association-alone';
import { SummaryReaderVersions176900000029620 } from './migrations/176900000029620-summary-reader-versions';
import { SummaryReadsByIndex176900000029920 } from './migrations/176900000029920-summary-reads-by-index';
import { TimelineActorsByIndex176900000029930 } from './migrations/176900000029930-timeline-actors-by-index';
import { SummaryAuthorsByIndex176900000029980 } from './migrations/176900000029980-summary-authors-by-index';
import { SummariesByMerchant176900000029990 } from './migrations/176900000029990-summaries-by-merchant';
import { MediationRequestBody176900000030200 } from './migrations/176900000030200-mediation-request-body';
import { MediationRequests176900000013000 } from './migrations/176900000013000-mediation-requests';
import { StoredSearchDocument176900000023000 } from './migrations/176900000023000-stored-search-document';
import { MerchantInboxCounts176900000026000 } from './migrations/176900000026000-merchant-inbox-counts';
import { SearchPendingLists176900000027000 } from './migrations/176900000027000-search-pending-lists';
import { OpenDeadlinesKeyset176900000029970 } from './migrations/176900000029970-open-deadlines-keyset';
import { READ_MODEL_TABLES } from './read-model-tables';
import { quoteSchema, READ_MODELS_SCHEMA } from './read-models-schema';

/** The read models' TypeORM data source: entities for the queries, migrations for the tables. */
export function readModelsDataSourceOptions(url: string, poolSize = 5): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    schema: READ_MODELS_SCHEMA, // also where TypeORM keeps its migrations table
    entities: READ_MODEL_TABLES.map((table) => table.entity), // derived from each table's description
    // Frozen, in order: each says what it did when written (read-model-tables.spec.ts checks where they lead).
    migrations: [ReadModels1751900000000, ProjectionVersions1796100000000, ScorecardBasis1796200000000, DisputeSearch176900000005000, ClaimCategoryAndProblem176900000006000, DisputeAdvisers176900000006001, MerchantInboxTeam176900000007100, DisputeRetention176900000011100, MediationRequests176900000013000, StoredSearchDocument176900000023000, MerchantInboxCounts176900000026000, SearchPendingLists176900000027000, SummaryReaderVersion176900000028400, TimelineAssociationAlone176900000029400, SummaryReaderVersions176900000029620, SummaryReadsByIndex176900000029920, TimelineActorsByIndex176900000029930, OpenDeadlinesKeyset176900000029970, SummaryAuthorsByIndex176900000029980, SummariesByMerchant176900000029990, MediationRequestBody176900000030200],
    migrationsTableName: 'migrations',
    migrationsRun: false, // run by migrateReadModels, under a lock
    synchronize: false,
    poolSize,
    extra: { application_name: 'recours-read-models', ...POOL_TIMEOUTS, ...POOL_ERROR_LISTENER },
  };
}

/** Brings the tables up to date, then connects. */
export async function openReadModelsDataSource(url: string, poolSize?: number): Promise<DataSource> {
  const options = readModelsDataSourceOptions(url, poolSize);
  await migrateReadModels(options);
  return new DataSource(options).initialize();
}

/**
 * Applies pending migrations, on a connection of their own without the pool's query_timeout
 * (runTypeormMigrations). The API and projector processes may start together: an advisory lock
 * lets one migrate while the other waits, then finds nothing left to do.
 */
export async function migrateReadModels(options: DataSourceOptions): Promise<void> {
  await runTypeormMigrations(options, { sql: 'SELECT pg_advisory_lock(hashtextextended($1, 0))', key: 'recours.read-models.migrations' }, [`CREATE SCHEMA IF NOT EXISTS ${quoteSchema(READ_MODELS_SCHEMA)}`]);
}

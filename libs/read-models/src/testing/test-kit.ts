import { PostgresEventStore, type EventStore } from '@recours/event-store';
import { createTestDatabase, type TestDatabase } from '@recours/testing';
import { types, type Pool } from 'pg';
import { endPool, openPool } from '@recours/database';
import type { DataSource } from 'typeorm';
import type { Projection } from '../runner/projection';
import type { DisputeScript } from './dispute-script';
import { Projector } from '../runner/projector';
import type { ProjectionRunnerOptions } from '../runner/projection-runner';
import { quoteSchema, READ_MODELS_SCHEMA } from '../schema/read-models-schema';
import { openReadModelsDataSource } from '../schema/read-models-data-source';
import { CHECKPOINTS_TABLE } from '../runner/checkpoints';

/** A fresh database with the event store and the migrated read models, for one spec file. */
export interface TestKit {
  database: TestDatabase;
  store: PostgresEventStore;
  dataSource: DataSource;
  pool: Pool;
  projector(projections: readonly Projection[], options?: Partial<ProjectionRunnerOptions>): Projector;
  close(): Promise<void>;
}

export async function startTestKit(label: string): Promise<TestKit> {
  const database = await createTestDatabase(label);
  const store = await PostgresEventStore.start({ connectionString: database.url, poolSize: 4 });
  const dataSource = await openReadModelsDataSource(database.url, 2);
  // Calendar dates stay 'YYYY-MM-DD' strings, as the domain writes them, not local-midnight Dates.
  const pool = openPool({ connectionString: database.url, max: 3, types: { getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === types.builtins.DATE ? (value: string) => value : types.getTypeParser(oid, format))) as typeof types.getTypeParser } });
  const projectors: Projector[] = [];
  return {
    database,
    store,
    dataSource,
    pool,
    projector(projections, options = {}) {
      const projector = new Projector(projections, { store, connectionString: database.url, standbyRetryMs: 50, failureRetryMs: 50, ...options });
      projectors.push(projector);
      return projector;
    },
    async close() {
      await Promise.all(projectors.map((p) => p.stop()));
      await dataSource.destroy();
      await endPool(pool);
      await store.close();
      await database.drop();
    },
  };
}

/**
 * Starts the projector if needed and waits until every runner has applied `position`: the
 * position of the last append, not the store's head, which trails it while any transaction
 * of the cluster (another test's, say) is still open.
 */
export async function catchUp(projector: Projector, position: bigint | undefined, timeoutMs = 15_000): Promise<void> {
  projector.start();
  if (position === undefined) return;
  for (const runner of projector.runners) {
    if (!(await runner.waitFor(position, timeoutMs))) throw new Error(`projection ${runner.name} did not reach ${position} within ${timeoutMs} ms`);
  }
}

/** Waits until readers can see `position`: the head trails appends while older transactions of the cluster are open. */
export async function untilVisible(store: Pick<EventStore, 'headPosition'>, position: bigint, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (((await store.headPosition()) ?? -1n) < position) {
    if (Date.now() > deadline) throw new Error(`position ${position} not visible within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The position of the last append of these scripts. */
export const lastPositionOf = (scripts: readonly DisputeScript[]): bigint | undefined =>
  scripts.reduce<bigint | undefined>((max, s) => (s.lastPosition !== undefined && (max === undefined || s.lastPosition > max) ? s.lastPosition : max), undefined);

/** The rows a query returns, timestamps as ISO instants: what a spec compares with expected rows. */
export async function rowsOf(pool: Pool, sql: string, values: unknown[] = []): Promise<Record<string, unknown>[]> {
  const { rows } = await pool.query(sql, values);
  return rows.map((row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v])));
}

/** Every row of a table as JSON, in a stable order: for comparing two builds of a read model. */
export async function tableRows(pool: Pool, table: string, schema = READ_MODELS_SCHEMA): Promise<unknown[]> {
  const { rows } = await pool.query<{ row: unknown }>(`SELECT to_jsonb(t) AS row FROM ${quoteSchema(schema)}.${table} t ORDER BY to_jsonb(t)::text`);
  return rows.map((r) => r.row);
}

export async function snapshotTables(pool: Pool, tables: readonly string[], schema = READ_MODELS_SCHEMA): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  for (const table of tables) snapshot[table] = await tableRows(pool, table, schema);
  return snapshot;
}

/** A schema of its own with the checkpoints and the projections' tables: for a second, independent run. */
export async function installSchema(pool: Pool, schema: string, projections: readonly Projection[]): Promise<void> {
  await pool.query(`CREATE SCHEMA ${quoteSchema(schema)}`);
  for (const table of [CHECKPOINTS_TABLE, ...projections.flatMap((p) => p.tables)]) await pool.query(table.ddl(schema));
}

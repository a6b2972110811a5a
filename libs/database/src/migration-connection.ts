import { Client, type ClientBase, type PoolConfig } from 'pg';
import { DataSource, MigrationExecutor, type DataSourceOptions, type QueryRunner } from 'typeorm';

/**
 * How long a migration's statement may wait for a table lock (PostgreSQL's lock_timeout). A DDL
 * statement queued behind an application transaction makes every later query of that table
 * queue behind it: past this bound the migration fails (its transaction rolls back, the process
 * fails to start and is restarted), rather than stalling the application's requests, whose
 * query_timeout (POOL_TIMEOUTS) is twice as long. The wait for the migrations' advisory lock is
 * not bound by it: that lock is held by another process's migration, however long it runs.
 */
export const MIGRATION_LOCK_TIMEOUT = '5s';

/**
 * Migrations run on a connection of their own, without the pools' client-side query_timeout: a
 * backfill or an index build over tens of millions of rows takes minutes, and a timeout would
 * roll it back at every start, for ever. statement_timeout is cleared for the same reason, in
 * case the role or the URL sets one. TCP keepalive ends the wait if the server vanishes.
 */
export function migrationPoolConfig<T extends PoolConfig>(config: T): Omit<T, 'query_timeout' | 'statement_timeout'> & PoolConfig {
  const { query_timeout: _query, statement_timeout: _statement, ...rest } = config;
  return { ...rest, max: 1, keepAlive: true };
}

/** Once the migrations' advisory lock is held: the bounds that suit a migration (see above). */
const MIGRATION_SETTINGS = [`SET lock_timeout = '${MIGRATION_LOCK_TIMEOUT}'`, 'SET statement_timeout = 0'] as const;

/**
 * A pg schema's migrations: `migrate` runs in one transaction on a connection of its own (see
 * migrationPoolConfig), after the transaction-level advisory lock `hashtext(lock)`, so that
 * processes starting together migrate one after the other.
 */
export async function migrateInTransaction(config: PoolConfig, lock: string, migrate: (client: ClientBase) => Promise<unknown>): Promise<void> {
  const client = new Client(migrationPoolConfig(config));
  client.on('error', () => undefined); // a dropped connection fails the query in flight
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lock]);
    for (const sql of MIGRATION_SETTINGS) await client.query(sql.replace('SET', 'SET LOCAL'));
    await migrate(client);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface TypeormMigrationLock {
  /** The statement that waits for the session-level advisory lock, `$1` being `key`. */
  sql: string;
  key: string;
}

/**
 * A TypeORM schema's pending migrations (those of `options`), run on a data source of their own
 * (see migrationPoolConfig) that is closed afterwards: the application's data source, with its
 * timeouts, is opened only then. The advisory lock is held on the migrations' connection until
 * it closes; `before` runs under it, ahead of the migrations.
 */
export async function runTypeormMigrations(options: DataSourceOptions, lock: TypeormMigrationLock, before: readonly string[] = []): Promise<void> {
  if (options.type !== 'postgres') throw new Error(`migrations run on PostgreSQL only, not ${options.type}`);
  const migrating = new DataSource({ ...options, poolSize: 1, migrationsRun: false, synchronize: false, extra: migrationPoolConfig({ ...(options.extra as PoolConfig | undefined) }) });
  await migrating.initialize();
  let runner: QueryRunner | undefined;
  try {
    runner = migrating.createQueryRunner();
    await runner.connect();
    await runner.query(lock.sql, [lock.key]);
    for (const sql of [...MIGRATION_SETTINGS, ...before]) await runner.query(sql);
    const executor = new MigrationExecutor(migrating, runner);
    executor.transaction = options.migrationsTransactionMode ?? 'all';
    await executor.executePendingMigrations();
  } finally {
    await runner?.release().catch(() => undefined);
    await migrating.destroy(); // ends the connection, and the advisory lock with it
  }
}

import type { DataSource, DataSourceOptions, MigrationInterface, QueryRunner } from 'typeorm';
import { runTypeormMigrations } from './migration-connection';

/** A migration's SQL statements, each sent as one query, in order. */
export interface SqlSteps {
  up: readonly string[];
  down: readonly string[];
}

/**
 * A TypeORM migration made of SQL alone, sent statement by statement in order. TypeORM records a
 * migration under its instance's `name` (and orders by that name's last 13 digits), so `name` is
 * the one the migration was first recorded under: a live database then sees nothing new to run.
 */
export function sqlMigration(name: string, steps: SqlSteps): new () => MigrationInterface {
  const migration = class implements MigrationInterface {
    readonly name = name;

    async up(queryRunner: QueryRunner): Promise<void> {
      for (const sql of steps.up) await queryRunner.query(sql);
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      for (const sql of steps.down) await queryRunner.query(sql);
    }
  };
  Object.defineProperty(migration, 'name', { value: name }); // stack traces and logs name it too
  return migration;
}

/**
 * Runs a schema's pending migrations, then connects its TypeORM data source. Concurrent starts
 * (API, notifier) wait on the advisory lock named `lock`, then find nothing left to run. The
 * migrations, and that wait, run on a connection of their own without the pool's query_timeout
 * (runTypeormMigrations): however long they take, they complete.
 */
export async function initializeMigrated(dataSource: DataSource, lock: string): Promise<DataSource> {
  await migrateUnderLock(dataSource.options, lock);
  return dataSource.initialize();
}

/** initializeMigrated's migrations alone, for a process that needs the schema but not the data source. */
export function migrateUnderLock(options: DataSourceOptions, lock: string): Promise<void> {
  return runTypeormMigrations(options, { sql: `SELECT pg_advisory_lock(hashtext($1))`, key: lock });
}

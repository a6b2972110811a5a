import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';

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
 * Connects a schema's own TypeORM data source and runs its migrations once: concurrent starts
 * (API, notifier) wait on the advisory lock named `lock`, then find nothing left to run.
 */
export async function initializeMigrated(dataSource: DataSource, lock: string): Promise<DataSource> {
  await dataSource.initialize();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query(`SELECT pg_advisory_lock(hashtext($1))`, [lock]);
    await dataSource.runMigrations();
  } finally {
    await runner.query(`SELECT pg_advisory_unlock(hashtext($1))`, [lock]).catch(() => undefined);
    await runner.release();
  }
  return dataSource;
}

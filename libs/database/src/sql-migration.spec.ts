import { createTestDatabase, type TestDatabase } from '@recours/testing';
import { DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { POOL_TIMEOUTS } from './database-config';
import { initializeMigrated, sqlMigration } from './sql-migration';

/** A migration as they were written before sqlMigration: a class of its own. */
class Shelves1700000000000 implements MigrationInterface {
  name = 'Shelves1700000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE shelves (id integer PRIMARY KEY)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE shelves`);
  }
}

const Shelves = sqlMigration('Shelves1700000000000', { up: [`CREATE TABLE shelves (id integer PRIMARY KEY)`], down: [`DROP TABLE shelves`] });
const Books = sqlMigration('Books1700000001000', {
  up: [`CREATE TABLE books (n serial PRIMARY KEY, title text NOT NULL)`, `INSERT INTO books (title) VALUES ('first')`, `INSERT INTO books (title) VALUES ('second')`],
  down: [`DELETE FROM books WHERE title = 'second'`, `INSERT INTO shelves (id) SELECT count(*) FROM books`, `DROP TABLE books`],
});

describe('sqlMigration and initializeMigrated', () => {
  let database: TestDatabase;
  const open: DataSource[] = [];
  const dataSource = (migrations: Array<new () => MigrationInterface>) => {
    const made = new DataSource({ type: 'postgres', url: database.url, migrations, migrationsTableName: 'shelf_migrations', migrationsTransactionMode: 'all' });
    open.push(made);
    return made;
  };
  const recorded = async () => (await database.query<{ timestamp: string; name: string }>(`SELECT "timestamp"::text, name FROM shelf_migrations ORDER BY id`)).map((r) => `${r.timestamp} ${r.name}`);

  beforeAll(async () => {
    database = await createTestDatabase('sql_migration');
  });
  afterAll(async () => {
    for (const made of open) if (made.isInitialized) await made.destroy();
    await database?.drop();
  });

  it('is recorded under the name and timestamp of the class it replaces, so a database that ran the class runs nothing again', async () => {
    const before = await initializeMigrated(dataSource([Shelves1700000000000]), 'recours.migrations.shelves');
    expect(await recorded()).toEqual(['1700000000000 Shelves1700000000000']);
    await before.destroy();
    // Two processes start together: one migrates under the lock, the other then finds nothing left.
    await Promise.all([initializeMigrated(dataSource([Shelves, Books]), 'recours.migrations.shelves'), initializeMigrated(dataSource([Books, Shelves]), 'recours.migrations.shelves')]);
    expect(await recorded()).toEqual(['1700000000000 Shelves1700000000000', '1700000001000 Books1700000001000']);
    expect((await database.query<{ title: string }>(`SELECT title FROM books ORDER BY n`)).map((r) => r.title)).toEqual(['first', 'second']);
    expect(Shelves.name).toBe('Shelves1700000000000');
  });

  it('undoes with its down statements, in the order given', async () => {
    const shelves = open.at(-1)!;
    await shelves.undoLastMigration({ transaction: 'all' });
    expect(await recorded()).toEqual(['1700000000000 Shelves1700000000000']);
    // The count was taken after 'second' was deleted and before the table went.
    expect(await database.query(`SELECT id FROM shelves`)).toEqual([{ id: 1 }]);
  });

  it('completes a migration longer than the pools\' query_timeout, while a second start waits for it, then opens the pool with its timeout', async () => {
    // A backfill or an index build over a large table: longer than the pool's client-side query_timeout.
    const Slow = sqlMigration('Slow1700000002000', {
      up: [`SELECT pg_sleep(1)`, `CREATE TABLE slow_settings AS SELECT current_setting('lock_timeout') AS lock_timeout, current_setting('statement_timeout') AS statement_timeout`],
      down: [`DROP TABLE slow_settings`],
    });
    const timed = () => {
      const made = new DataSource({ type: 'postgres', url: database.url, migrations: [Slow], migrationsTableName: 'slow_migrations', migrationsTransactionMode: 'all', extra: { ...POOL_TIMEOUTS, query_timeout: 300 } });
      open.push(made);
      return made;
    };
    const [first, second] = await Promise.all([initializeMigrated(timed(), 'recours.migrations.slow'), initializeMigrated(timed(), 'recours.migrations.slow')]);
    expect(await database.query(`SELECT name FROM slow_migrations`)).toEqual([{ name: 'Slow1700000002000' }]);
    // Under the lock, DDL waits for a table lock 5 s at most, and no server-side statement timeout applies.
    expect(await database.query(`SELECT lock_timeout, statement_timeout FROM slow_settings`)).toEqual([{ lock_timeout: '5s', statement_timeout: '0' }]);
    // The application's pool keeps its query_timeout.
    await expect(first.query(`SELECT pg_sleep(1)`)).rejects.toThrow(/timeout/i);
    expect(await second.query(`SELECT 1 AS one`)).toEqual([{ one: 1 }]);
  });
});

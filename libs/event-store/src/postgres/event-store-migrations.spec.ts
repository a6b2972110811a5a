import { endPool, openPool, POOL_TIMEOUTS } from '@recours/database';
import { createTestDatabase, type TestDatabase } from '@recours/testing';
import type { Pool } from 'pg';
import { migrateSchema, type Migration } from './event-store-migrations';

describe('migrateSchema', () => {
  let database: TestDatabase;
  const pools: Pool[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('schema_migrations');
  });
  afterAll(async () => {
    await Promise.all(pools.map((pool) => endPool(pool)));
    await database?.drop();
  });

  it('completes a migration longer than the pool\'s query_timeout, while a second start waits for it', async () => {
    // A rehash or an index build over a large table: longer than the pool's client-side query_timeout.
    const slow: Migration[] = [{ id: '001_slow', sql: `SELECT pg_sleep(1); CREATE TABLE @schema.slow AS SELECT current_setting('lock_timeout') AS lock_timeout` }];
    const pool = () => {
      const made = openPool({ connectionString: database.url, ...POOL_TIMEOUTS, query_timeout: 300 });
      pools.push(made);
      return made;
    };
    const [first] = await Promise.all([pool(), pool()].map(async (p) => (await migrateSchema(p, 'slow_schema', slow), p)));
    expect(await database.query(`SELECT id FROM slow_schema.schema_migrations`)).toEqual([{ id: '001_slow' }]);
    expect(await database.query(`SELECT lock_timeout FROM slow_schema.slow`)).toEqual([{ lock_timeout: '5s' }]);
    // The application's pool keeps its query_timeout.
    await expect(first.query(`SELECT pg_sleep(0.5)`)).rejects.toThrow(/timeout/i);
  });
});

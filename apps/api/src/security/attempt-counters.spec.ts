import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@recours/testing';
import { openAccountsDataSource } from '../accounts/accounts-data-source';
import { AttemptCounters } from './attempt-counters';

/**
 * The counters' keyed hash has its own key, ATTEMPT_COUNTERS_KEY, not DATA_KEY: a master-key
 * rotation (or a rolling restart onto a new DATA_KEY) keeps counting in the same rows.
 */
describe('AttemptCounters: their hash key (real PostgreSQL)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const env = { ...process.env };
  const counters = (keys: { DATA_KEY: string; ATTEMPT_COUNTERS_KEY: string }) => {
    Object.assign(process.env, keys);
    return new AttemptCounters(dataSource);
  };

  beforeAll(async () => {
    database = await createTestDatabase('attempt_counters');
    dataSource = await openAccountsDataSource(database.url);
  });
  afterAll(async () => {
    process.env = env;
    await dataSource?.destroy();
    await database?.drop();
  });

  it('one budget across a DATA_KEY rotation; another ATTEMPT_COUNTERS_KEY counts apart; no address in clear', async () => {
    const key = 'login:account:claire@example.org';
    const before = counters({ DATA_KEY: 'the-master-key-before-its-rotation-long-enough', ATTEMPT_COUNTERS_KEY: 'counters-key-that-stays-the-same-for-ever' });
    const after = counters({ DATA_KEY: 'the-master-key-after-its-rotation-long-enough', ATTEMPT_COUNTERS_KEY: 'counters-key-that-stays-the-same-for-ever' });
    await before.add([key], 60_000);
    expect((await after.add([key], 60_000)).get(key)?.count).toBe(2);
    const other = counters({ DATA_KEY: 'the-master-key-after-its-rotation-long-enough', ATTEMPT_COUNTERS_KEY: 'another-counters-key-long-enough-for-it' });
    expect(await other.read([key])).toEqual(new Map());
    expect(JSON.stringify(await database.query(`SELECT key FROM accounts.attempt_counters`))).not.toContain('claire');
  });
});

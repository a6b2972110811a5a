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

/**
 * A message's count is not waited for on disk. On this spec's database every flush of the log
 * first waits 100 ms (`commit_delay`, with `commit_siblings` 0 so that it applies to each one): a
 * commit that waits for its flush takes that long, one that does not never does. The median of
 * five, so that one pause of a loaded machine does not decide.
 */
describe('AttemptCounters: a count not waited for on disk (real PostgreSQL)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const FLUSH_DELAY_MS = 100;

  beforeAll(async () => {
    database = await createTestDatabase('attempt_counters_unflushed');
    await database.query(`ALTER DATABASE "${database.name}" SET commit_delay = ${FLUSH_DELAY_MS * 1000}`);
    await database.query(`ALTER DATABASE "${database.name}" SET commit_siblings = 0`);
    dataSource = await openAccountsDataSource(database.url);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('is committed and seen by every connection at once, without waiting for the flush', async () => {
    const counters = new AttemptCounters(dataSource);
    const key = 'messages:dispute:d-1';
    const took: number[] = [];
    for (let i = 1; i <= 5; i++) {
      const started = performance.now();
      const counts = await counters.add([key], 60_000, { waitForDisk: false });
      took.push(performance.now() - started);
      expect(counts.get(key)?.count).toBe(i);
      // Another connection (a process that reads the limits) sees it now.
      expect(await database.query(`SELECT count FROM accounts.attempt_counters`)).toEqual([{ count: i }]);
    }
    // commit_delay applies only where the server flushes at all: with fsync off every commit is quick, and this proves nothing.
    const [{ fsync }] = await dataSource.query('SHOW fsync');
    if (fsync !== 'on') console.warn(`attempt-counters.spec: fsync is ${fsync} on this server, so a commit waiting for its flush is not slower here: the timing below cannot tell the difference`);
    expect(took.sort((a, b) => a - b)[2]).toBeLessThan(FLUSH_DELAY_MS);
    // The setting is the statement's own: the pool's connections wait for the disk again.
    expect(await dataSource.query('SHOW synchronous_commit')).toEqual([{ synchronous_commit: 'on' }]);
  });

  it('counts each key once: the one-row CTE crossed with the keys adds no row', async () => {
    const counters = new AttemptCounters(dataSource);
    const keys = ['messages:dispute:d-2', 'messages:party:d-2|consumer-1'];
    const counts = await counters.add(keys, 60_000, { waitForDisk: false });
    expect(Object.fromEntries([...counts].map(([key, count]) => [key, count.count]))).toEqual({ [keys[0]]: 1, [keys[1]]: 1 });
    expect(await counters.read(keys)).toEqual(counts);
  });
});

/** Retention: a counter's row outlives its window by at most the sweep's interval, however quiet the instance. */
describe('AttemptCounters: expired counters swept on a clock (real PostgreSQL)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let counters: AttemptCounters;
  const env = { ...process.env };

  beforeAll(async () => {
    database = await createTestDatabase('attempt_counters_sweep');
    dataSource = await openAccountsDataSource(database.url);
    Object.assign(process.env, { ATTEMPT_COUNTERS_SWEEP_INTERVAL_MS: '100', ATTEMPT_COUNTERS_KEY: 'counters-key-of-the-sweep-spec-long-enough' });
    counters = new AttemptCounters(dataSource);
  });
  afterAll(async () => {
    counters?.onApplicationShutdown();
    process.env = env;
    await dataSource?.destroy();
    await database?.drop();
  });

  it('deletes a counter whose window ended though no other count is ever written; keeps one still counting', async () => {
    await counters.add(['login:account+address:quiet@example.org|203.0.113.7'], 1);
    await counters.add(['login:account+address:still@example.org|203.0.113.8'], 60_000);
    const rows = async () => (await database.query<{ n: number }>(`SELECT count(*)::int AS n FROM accounts.attempt_counters`))[0].n;
    expect(await rows()).toBe(2);
    counters.onApplicationBootstrap();
    for (const started = Date.now(); (await rows()) > 1 && Date.now() - started < 5_000; ) await new Promise((r) => setTimeout(r, 50));
    expect(await rows()).toBe(1);
    expect(await counters.read(['login:account+address:still@example.org|203.0.113.8'])).toEqual(new Map([['login:account+address:still@example.org|203.0.113.8', expect.objectContaining({ count: 1 })]]));
  });
});


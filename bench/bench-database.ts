import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { openReadModelsDataSource } from '../libs/read-models/src';

/**
 * A throwaway database on DATABASE_URL's server (default: this machine's PostgreSQL).
 *
 * `BENCH_FLUSH_DELAY_US=n`: every flush of PostgreSQL's log made by a connection to it waits n µs
 * first (`commit_delay`, with `commit_siblings` 0 so that it applies to every flush; the
 * benchmark's user must be a superuser), as on the network disks of a hosted database, where a
 * flush takes a millisecond or more against about 0.1 ms on this machine's disk. A commit that
 * waits for its flush waits that long; one that does not (`synchronous_commit` off) does not.
 */
export async function createBenchDatabase(label: string): Promise<{ url: string; drop(): Promise<void> }> {
  const server = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `recours_bench_${label}_${randomBytes(3).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: server });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const flushDelay = flushDelayMicros(process.env);
  if (flushDelay > 0) await admin(`ALTER DATABASE "${name}" SET commit_delay = ${flushDelay}; ALTER DATABASE "${name}" SET commit_siblings = 0`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/** `BENCH_FLUSH_DELAY_US` (0 when unset): PostgreSQL's `commit_delay` takes 0 to 100,000 µs. */
export function flushDelayMicros(env: NodeJS.ProcessEnv): number {
  const value = Number(env.BENCH_FLUSH_DELAY_US ?? 0);
  if (!Number.isInteger(value) || value < 0 || value > 100_000) throw new Error(`BENCH_FLUSH_DELAY_US: a whole number of microseconds from 0 to 100000, not ${env.BENCH_FLUSH_DELAY_US}`);
  return value;
}

/** Runs `work` on `workers` concurrent loops for `ms`, and answers how many units they did per second. */
export async function ratePerSecond(workers: number, ms: number, work: (worker: number, i: number) => Promise<number>): Promise<number> {
  const deadline = Date.now() + ms;
  const started = process.hrtime.bigint();
  const counts = await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      let done = 0;
      for (let i = 0; Date.now() < deadline; i++) done += await work(worker, i);
      return done;
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return counts.reduce((a, b) => a + b, 0) / seconds;
}

/**
 * A benchmark's main on a throwaway database with the read models migrated (the tables as
 * deployed) and one connection to it, dropped after; the process exits 0 or, on an error, 1.
 */
export function runOnReadModels(label: string, work: (client: Client) => Promise<void>): void {
  const run = async () => {
    const database = await createBenchDatabase(label);
    const dataSource = await openReadModelsDataSource(database.url, 1);
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      await work(client);
    } finally {
      await client.end();
      await dataSource.destroy();
      await database.drop();
    }
  };
  run().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}

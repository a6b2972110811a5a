import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { openReadModelsDataSource } from '../libs/read-models/src';

/** A throwaway database on DATABASE_URL's server (default: this machine's PostgreSQL). */
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
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
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

import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** DATA_KEY of every test process on a database: keys wrapped by one are opened by the others. */
export const TEST_DATA_KEY = 'test-master-key-that-is-long-enough-for-production';

/** The server tests use: DATABASE_URL, or this machine's PostgreSQL. */
export const TEST_SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  name: string;
  url: string;
  /** One statement on a connection of its own (what a test reads or plants behind the app's back), its rows. */
  query<T = Record<string, unknown>>(text: string, values?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

/**
 * A fresh database for one test file, so files run in parallel and leave nothing behind.
 * Dropped with FORCE: a test that left a connection open must not leak its database.
 */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = `recours_test_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase().slice(0, 30)}_${randomBytes(4).toString('hex')}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE "${name}"`));
  const url = new URL(TEST_SERVER_URL);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    query: (text, values = []) => withClient(url.toString(), async (client) => (await client.query(text, values)).rows),
    drop: () => withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

const withAdmin = <T>(work: (client: Client) => Promise<T>) => withClient(TEST_SERVER_URL, work);

async function withClient<T>(connectionString: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

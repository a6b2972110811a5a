import { randomBytes } from 'node:crypto';
import { Client, Pool } from 'pg';
import { createTestDatabase } from '@recours/testing';
import { endPool } from './end-pool';

const SERVER = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A pool with `size` connections open and idle, under an application name of its own. */
async function openPool(connectionString: string, size: number): Promise<{ pool: Pool; name: string }> {
  const name = `end-pool-${randomBytes(4).toString('hex')}`;
  const pool = new Pool({ connectionString, max: size, application_name: name });
  await Promise.all(Array.from({ length: size }, () => pool.query('SELECT pg_sleep(0.02)')));
  return { pool, name };
}

describe('endPool', () => {
  // Connected beforehand, so that the count is taken the moment endPool answers.
  let admin: Client;
  const backendsNamed = async (applicationName: string) =>
    (await admin.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1', [applicationName])).rows[0].n;

  beforeAll(async () => {
    admin = new Client({ connectionString: SERVER });
    await admin.connect();
  });
  afterAll(() => admin.end());

  it('answers once every connection of the pool has closed on the server', async () => {
    for (let round = 0; round < 5; round++) {
      const { pool, name } = await openPool(SERVER, 8);
      expect(await backendsNamed(name)).toBe(8);
      await endPool(pool);
      expect(await backendsNamed(name)).toBe(0);
    }
  });

  it('lets a database be dropped with FORCE at once, the process untouched', async () => {
    const database = await createTestDatabase('end_pool');
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', onUncaught);
    try {
      const { pool } = await openPool(database.url, 8);
      await endPool(pool);
      await admin.query(`DROP DATABASE "${database.name}" WITH (FORCE)`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      process.off('uncaughtException', onUncaught);
      await database.drop();
    }
    expect(uncaught).toEqual([]);
  });

  it('answers at once for a pool that never opened a connection', async () => {
    const pool = new Pool({ connectionString: SERVER, max: 2 });
    await endPool(pool);
    expect(pool.ended).toBe(true);
  });
});

import { createTestDatabase, type TestDatabase } from '@recours/testing';
import { Client } from 'pg';
import { inBatchTransaction, inTransaction } from './transaction';

let database: TestDatabase;
let client: Client;
let listener: Client;
const heard: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase('batch_transaction');
  client = new Client({ connectionString: database.url });
  listener = new Client({ connectionString: database.url });
  await Promise.all([client.connect(), listener.connect()]);
  await client.query('CREATE TABLE applied (n int)');
  listener.on('notification', (message) => heard.push(message.payload ?? ''));
  await listener.query('LISTEN batch_commit');
});

afterAll(async () => {
  await Promise.all([client?.end(), listener?.end()]);
  await database?.drop();
});

/** What the transaction's commit ran with, told by a NOTIFY sent just before COMMIT (delivered at the commit). */
const durabilityAtCommit = `SELECT pg_notify('batch_commit', current_setting('synchronous_commit'))`;

async function nextHeard(): Promise<string> {
  const count = heard.length;
  while (heard.length === count) await new Promise((resolve) => setTimeout(resolve, 5));
  return heard[count];
}

describe("a projection batch's transaction", () => {
  it('commits without waiting for the flush, and leaves the connection as it was', async () => {
    const said = nextHeard();
    await inBatchTransaction(client, 'SELECT 1 AS opened', async (opened: { opened: number }[]) => {
      expect(opened).toEqual([{ opened: 1 }]);
      await client.query('INSERT INTO applied VALUES (1)');
      return { result: undefined, closing: durabilityAtCommit };
    });
    expect(await said).toBe('off');
    // SET LOCAL: the connection's own transactions are durable again at once.
    expect((await client.query<{ synchronous_commit: string }>('SHOW synchronous_commit')).rows).toEqual([{ synchronous_commit: 'on' }]);
    const plain = nextHeard();
    await inTransaction(client, () => client.query(durabilityAtCommit));
    expect(await plain).toBe('on');
    expect(await database.query('SELECT n FROM applied ORDER BY n')).toEqual([{ n: 1 }]);
  });

  it('waits for the flush when asked (a projection that commits durably)', async () => {
    const said = nextHeard();
    await inBatchTransaction(client, 'SELECT 1', async () => ({ result: undefined, closing: durabilityAtCommit }), true);
    expect(await said).toBe('on');
  });

  it('rolls back everything when its closing fails, and leaves the connection usable', async () => {
    await expect(
      inBatchTransaction(client, 'SELECT 1', async () => {
        await client.query('INSERT INTO applied VALUES (3)');
        return { result: undefined, closing: 'SELECT 1 / 0' };
      }),
    ).rejects.toThrow(/division by zero/);
    expect(await database.query('SELECT n FROM applied WHERE n = 3')).toEqual([]);
    expect((await client.query('SELECT 1 AS ok')).rows).toEqual([{ ok: 1 }]);
  });
});

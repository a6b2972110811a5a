import { randomUUID } from 'node:crypto';
import { timeOrderedId } from '@recours/database';
import { createTestDatabase, type TestDatabase } from '@recours/testing';
import { Client, type Pool } from 'pg';
import { openNotificationsDataSource } from '../schema/notifications-data-source';
import { OutboxStore } from './outbox-store';

/**
 * One recipient with a long queue: a merchant's one agent told of every message posted under
 * load, hundreds of e-mails that go one after the other. The reliability suite's cluster (a
 * sender SIGKILLed mid-send, its claim left to run out) left most of them unsent when a claim
 * read the due rows in time order and checked each one's predecessors: with the head in flight or
 * claimed by the dead sender, every row behind it was read, each with the old versions of the
 * rows already sent, at every claim. The work of a claim is counted here, not timed: the outbox's
 * rows and index entries it read (`pg_stat_get_xact_tuples_returned`), while a long transaction
 * elsewhere keeps the sent rows' old versions, as the cluster's rebuild and projections did.
 */
let database: TestDatabase;
let client: Client;
let holder: Client;
let store: OutboxStore;

beforeAll(async () => {
  database = await createTestDatabase('long_queue');
  await (await openNotificationsDataSource(database.url)).destroy();
  client = new Client({ connectionString: database.url });
  await client.connect();
  // The store asks only for `query`: one connection, so that a claim's reads can be counted in its transaction.
  store = new OutboxStore(client as unknown as Pool);
});

afterAll(async () => {
  await holder?.end();
  await client?.end();
  await database?.drop();
});

/** Rows and index entries of the outbox that `claim` read. */
async function readBy<T>(claim: () => Promise<T>): Promise<{ result: T; read: number }> {
  // Counted before and after in one transaction: the counts of the connection's earlier ones may not have been flushed yet.
  const counted = async () =>
    Number(
      (
        await client.query<{ read: string }>(
          `SELECT sum(pg_stat_get_xact_tuples_returned(oid))::text AS read FROM pg_class
            WHERE oid = 'notifications.outbox'::regclass OR oid IN (SELECT indexrelid FROM pg_index WHERE indrelid = 'notifications.outbox'::regclass)`,
        )
      ).rows[0].read,
    );
  await client.query('BEGIN');
  try {
    const before = await counted();
    const result = await claim();
    return { result, read: (await counted()) - before };
  } finally {
    await client.query('COMMIT');
  }
}

describe("one recipient's long queue", () => {
  it('a claim reads each row of the outbox a few times at most, however many were sent before, with a retry and an expired claim in the middle', async () => {
    const agent = randomUUID();
    const stored = Date.now() - 60_000;
    const rows = 300;
    const ids: string[] = [];
    for (let n = 0; n < rows; n++) ids.push(timeOrderedId());
    await client.query(
      `INSERT INTO notifications.outbox (id, channel, recipient, dedupe_key, payload, state, next_attempt_at, created_at)
       SELECT id, 'EMAIL', $2, 'test:' || id, '{}', 'PENDING', to_timestamp($3 / 1000.0), to_timestamp($3 / 1000.0) FROM unnest($1::uuid[]) WITH ORDINALITY AS r(id, n) ORDER BY n`,
      [ids, agent, stored],
    );
    await client.query('ANALYZE notifications.outbox');
    holder = new Client({ connectionString: database.url });
    await holder.connect();
    await holder.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
    await holder.query('SELECT count(*) FROM notifications.outbox');

    let now = new Date();
    const sent: string[] = [];
    const claimOne = async () => {
      const [delivery, ...more] = await store.claim(now, 'EMAIL', 8, 60_000);
      expect(more).toEqual([]);
      return delivery;
    };
    for (let n = 0; n < 100; n++) {
      const delivery = await claimOne();
      await store.settle(delivery, { result: 'sent', status: 250 }, now, 1, null);
      sent.push(delivery.id);
    }

    // The head in flight: nothing else of hers is claimed until it is settled.
    const head = await claimOne();
    const inFlight = await readBy(() => store.claim(now, 'EMAIL', 8, 60_000));
    expect(inFlight.result).toEqual([]);

    // It is to be tried again: the rows behind it wait for its retry.
    await store.settle(head, { result: 'failed', error: '421 try again later' }, now, 1, new Date(now.getTime() + 30_000));
    const waiting = await readBy(() => store.claim(now, 'EMAIL', 8, 60_000));
    expect(waiting.result).toEqual([]);

    // Its retry claimed by a sender killed mid-send: claimed again once that claim runs out.
    now = new Date(now.getTime() + 31_000);
    expect((await claimOne()).id).toBe(head.id);
    now = new Date(now.getTime() + 61_000);
    const expired = await readBy(() => store.claim(now, 'EMAIL', 8, 60_000));
    expect(expired.result.map((delivery) => [delivery.id, delivery.attempts])).toEqual([[head.id, 3]]);
    await store.settle(expired.result[0], { result: 'sent', status: 250 }, now, 1, null);
    sent.push(head.id);

    // Each pending row read once or so, and each sent one's old versions; not the one times the other.
    for (const { read } of [inFlight, waiting, expired]) expect(read).toBeLessThan(3 * rows);

    // The rest, one at a time and in the order stored.
    for (let n = sent.length; n < rows; n++) {
      const delivery = await claimOne();
      await store.settle(delivery, { result: 'sent', status: 250 }, now, 1, null);
      sent.push(delivery.id);
    }
    expect(sent).toEqual(ids);
    await holder.query('COMMIT');
  });
});

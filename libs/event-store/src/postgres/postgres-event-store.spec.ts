import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@recours/testing';
import { eventStoreContract } from '../contract/event-store.contract';
import type { RecordedEvent } from '../event-store.port';
import { PostgresEventStore } from './postgres-event-store';
import { MasterKey } from '../encryption/master-key';
import { PostgresSubjectKeys } from '../encryption/subject-keys';
import { ERASED } from '../integrity';

const master = new MasterKey('the-master-key-of-the-contract-suite-0123');

describe('PostgreSQL event store', () => {
  let database: TestDatabase;
  const opened: PostgresEventStore[] = [];
  const open = async (withKeys = true) => {
    const keys = withKeys ? await PostgresSubjectKeys.start({ connectionString: database.url, master }) : undefined;
    const store = await PostgresEventStore.start({ connectionString: database.url, poolSize: 12, keys });
    opened.push(store);
    return store;
  };

  describe('contract', () => {
    eventStoreContract(
      async () => {
        database = await createTestDatabase('event_store');
        const keys = await PostgresSubjectKeys.start({ connectionString: database.url, master });
        const store = await PostgresEventStore.start({ connectionString: database.url, poolSize: 12, keys });
        opened.push(store);
        return { store, openAnother: () => open(), checkpoints: store.checkpoints, keys, openWithoutKeys: () => open(false) };
      },
      async () => {
        await Promise.all(opened.map((s) => s.close()));
        opened.length = 0;
        await database.drop();
      },
    );
  });

  describe('personal fields at rest', () => {
    it('keeps no personal value in clear in the row: the data holds its commitment, the sealed value rides in personal', async () => {
      const db = await createTestDatabase('event_store_rest');
      const keys = await PostgresSubjectKeys.start({ connectionString: db.url, master });
      const store = await PostgresEventStore.start({ connectionString: db.url, keys });
      try {
        const streamId = `rest-${randomUUID()}`;
        const words = `Mme Dupont a refusé ${randomUUID()}`;
        await store.appendToStream(streamId, [{ type: 'MessagePosted', data: { body: words, n: 1 }, personal: ['/body'], subject: randomUUID() }]);
        const { rows } = await store.pool.query<{ data: string; personal: string; metadata: string }>(`SELECT data::text, personal::text, metadata::text FROM event_store.events WHERE stream_id = $1`, [streamId]);
        expect(rows[0].data + rows[0].personal + rows[0].metadata).not.toContain('Dupont');
        expect(JSON.parse(rows[0].data)).toEqual({ body: { $commitment: expect.stringMatching(/^[0-9a-f]{64}$/) }, n: 1 });
        expect(Object.keys(JSON.parse(rows[0].personal)['/body']).sort()).toEqual(['commitment', 'sealed', 'subject']);
        expect((await store.readStream(streamId))[0].data).toEqual({ body: words, n: 1 });
      } finally {
        await store.close();
        await db.drop();
      }
    });
  });

  describe("a stream's keys read in its own statement", () => {
    it('reads the stream and its keys in one statement, and a key destroyed by another process is absent from the very next read', async () => {
      const db = await createTestDatabase('event_store_keys_alongside');
      const [ringHere, ringThere] = await Promise.all([PostgresSubjectKeys.start({ connectionString: db.url, master }), PostgresSubjectKeys.start({ connectionString: db.url, master })]);
      const store = await PostgresEventStore.start({ connectionString: db.url, keys: ringHere });
      try {
        const [claire, marc] = [randomUUID(), randomUUID()];
        const streamId = `alongside-${randomUUID()}`;
        await store.appendToStream(streamId, [
          { type: 'ClaimFiled', data: { description: 'Écran fissuré' }, personal: ['/description'], subject: claire },
          { type: 'MessagePosted', data: { body: 'Nous remplaçons.' }, personal: ['/body'], subject: marc },
        ]);
        let keyRingTrips = 0;
        ringHere.pool.on('acquire', () => keyRingTrips++);
        expect((await store.readStream(streamId)).map((e) => e.data)).toEqual([{ description: 'Écran fissuré' }, { body: 'Nous remplaçons.' }]);
        expect(keyRingTrips).toBe(0); // the keys came with the events: no second trip through the key ring

        expect(await ringThere.destroy(claire)).toBe(true); // another process's key ring: nothing here is told
        expect((await store.readStream(streamId)).map((e) => e.data)).toEqual([{ description: ERASED }, { body: 'Nous remplaçons.' }]);
        expect((await store.readStream(streamId, { fromVersion: 1 })).map((e) => e.data)).toEqual([{ body: 'Nous remplaçons.' }]);
        expect(keyRingTrips).toBe(0);

        // A page of the global order (what subscriptions read) has its keys on its first row too.
        // (Read again while an older transaction anywhere on the server keeps the events below its horizon.)
        const page = async (after?: bigint, count = after === undefined ? 2 : 1) => {
          for (;;) {
            const { events } = await store.readAll({ after, filter: { streamPrefix: streamId } });
            if (events.length >= count) return events.map((e) => e.data);
            await new Promise((resolve) => setTimeout(resolve, 10));
          }
        };
        expect(await page()).toEqual([{ description: ERASED }, { body: 'Nous remplaçons.' }]);
        const [first] = await store.readStream(streamId);
        expect(await page(first.globalPosition)).toEqual([{ body: 'Nous remplaçons.' }]);
        expect(await ringThere.destroy(marc)).toBe(true);
        expect(await page()).toEqual([{ description: ERASED }, { body: ERASED }]);
        expect(keyRingTrips).toBe(0);
      } finally {
        await store.close();
        await ringThere.close();
        await db.drop();
      }
    });
  });

  describe("the keys' lookup, however many keys are held", () => {
    it("finds a read's keys through the key table's primary key, never by scanning every subject's key", async () => {
      const db = await createTestDatabase('event_store_keys_lookup');
      const ring = await PostgresSubjectKeys.start({ connectionString: db.url, master });
      const store = await PostgresEventStore.start({ connectionString: db.url, keys: ring });
      try {
        const streamId = `lookup-${randomUUID()}`;
        await store.appendToStream(streamId, [{ type: 'ClaimFiled', data: { description: 'Écran fissuré' }, personal: ['/description'], subject: randomUUID() }]);
        // Other people's keys, as a service of some size holds them. With a few thousand, the planner
        // once judged a scan of them all cheaper than looking up the stream's few subjects (1.3 ms a
        // read here, and growing with the number of people).
        await store.pool.query(`INSERT INTO ${ring.table} (subject, wrapped, master_key_id) SELECT 'someone-' || n, '\\x00', 'old-master' FROM generate_series(1, 5000) AS n`);
        await store.pool.query(`ANALYZE ${ring.table}`);
        const statements = (store as unknown as { sql: Record<string, string> }).sql;
        const values: Record<string, unknown[]> = {
          readStream: [streamId, 0, 1000],
          readAll: ['-1', 100],
          readAllByPrefix: ['-1', 100, 'lookup-'],
          readAllByType: ['-1', 100, ['ClaimFiled']],
          readAllByPrefixAndType: ['-1', 100, 'lookup-', ['ClaimFiled']],
        };
        for (const [shape, args] of Object.entries(values)) {
          expect(statements[shape]).toContain(ring.table);
          const plan = (await store.pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${statements[shape]}`, args)).rows.map((row) => row['QUERY PLAN']).join('\n');
          expect({ shape, usesPrimaryKey: plan.includes('subject_keys_pkey'), scansAll: /Seq Scan on subject_keys/.test(plan) }).toEqual({ shape, usesPrimaryKey: true, scansAll: false });
        }
        expect((await store.readStream(streamId))[0].data).toEqual({ description: 'Écran fissuré' });
      } finally {
        await store.close();
        await db.drop();
      }
    });
  });

  describe('global order against commit order', () => {
    let store: PostgresEventStore;
    let db: TestDatabase;
    let held: Client;

    beforeAll(async () => {
      db = await createTestDatabase('event_store_order');
      store = await PostgresEventStore.start({ connectionString: db.url });
      held = new Client({ connectionString: db.url });
      await held.connect();
    });
    afterAll(async () => {
      await held.end();
      await store.close();
      await db.drop();
    });

    it('does not show an event committed while an older append is still open, then shows both in order', async () => {
      const prefix = `horizon-${randomUUID().slice(0, 8)}-`;
      const seen: RecordedEvent[] = [];
      const subscription = store.subscribe({ filter: { streamPrefix: prefix } }, async (events) => {
        seen.push(...events);
      });
      try {
        // An append whose transaction stays open: it has its transaction id and its rows.
        await held.query('BEGIN');
        await held.query(`INSERT INTO event_store.events (global_position, id, stream_id, stream_version, type, data, metadata, hash)
          VALUES ((pg_current_xact_id()::text::bigint << 20) + 1, gen_random_uuid(), $1, 0, 'Slow', '{}', '{}', sha256('held'))`, [`${prefix}slow`]);
        // A later append commits first.
        const fast = await store.appendToStream(`${prefix}fast`, [{ type: 'Fast', data: {} }]);
        await new Promise((r) => setTimeout(r, 300));
        expect(seen).toEqual([]);
        expect((await store.readAll({ filter: { streamPrefix: prefix } })).events).toEqual([]);

        await held.query('COMMIT');
        await subscription.waitFor(fast.lastPosition, 5_000);
        expect(seen.map((e) => e.type)).toEqual(['Slow', 'Fast']);
        expect(seen[0].globalPosition).toBeLessThan(seen[1].globalPosition);
      } finally {
        await subscription.stop();
      }
    });

    it('writers of different streams do not wait on each other (no global lock)', async () => {
      await held.query('BEGIN');
      await held.query(`INSERT INTO event_store.events (global_position, id, stream_id, stream_version, type, data, metadata, hash)
        VALUES ((pg_current_xact_id()::text::bigint << 20) + 1, gen_random_uuid(), $1, 0, 'Held', '{}', '{}', sha256('held'))`, [`held-${randomUUID()}`]);
      try {
        let timer: NodeJS.Timeout | undefined;
        const other = await Promise.race([
          store.appendToStream(`free-${randomUUID()}`, [{ type: 'Free', data: {} }]).then(() => 'appended'),
          new Promise((r) => (timer = setTimeout(() => r('blocked'), 5_000))),
        ]);
        clearTimeout(timer);
        expect(other).toBe('appended');
      } finally {
        await held.query('ROLLBACK');
      }
    });

    it('writers of the same stream queue behind one another, and the later one sees the version move', async () => {
      const streamId = `queued-${randomUUID()}`;
      await store.appendToStream(streamId, [{ type: 'E0', data: {} }]);
      await held.query('BEGIN');
      await held.query(`INSERT INTO event_store.events (global_position, id, stream_id, stream_version, type, data, metadata, hash)
        VALUES ((pg_current_xact_id()::text::bigint << 20) + 1, gen_random_uuid(), $1, 1, 'HeldE1', '{}', '{}', sha256('held'))`, [streamId]);
      const waiting = store.appendToStream(streamId, [{ type: 'E1', data: {} }], { expectedVersion: 0 }).catch((e) => e);
      await new Promise((r) => setTimeout(r, 200));
      await held.query('COMMIT');
      expect(await waiting).toMatchObject({ name: 'WrongExpectedVersionError', actualVersion: 1 });
    });

    it('migrations run once, even from concurrent starts', async () => {
      const stores = await Promise.all([1, 2, 3].map(() => PostgresEventStore.start({ connectionString: db.url })));
      await Promise.all(stores.map((s) => s.close()));
      const { rows } = await held.query('SELECT id FROM "event_store".schema_migrations');
      expect(rows.map((r) => r.id)).toEqual(['001_events', '002_hash_chain']);
    });
  });
});

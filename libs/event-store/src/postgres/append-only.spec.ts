import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@recours/testing';
import { MasterKey } from '../encryption/master-key';
import { PostgresSubjectKeys } from '../encryption/subject-keys';
import { chainHash, eventDigest } from '../integrity';
import { chainLinkOf, verifyStream } from '../verify-stream';
import { EVENT_STORE_MIGRATIONS } from './event-store-migrations';
import { PostgresEventStore } from './postgres-event-store';

async function sql<T extends Record<string, unknown> = Record<string, unknown>>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

describe('PostgreSQL event store: append-only and tamper-evident', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;

  beforeAll(async () => {
    database = await createTestDatabase('append_only');
    store = await PostgresEventStore.start({ connectionString: database.url });
  });
  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  it('refuses UPDATE, DELETE and TRUNCATE on event_store.events, even to the superuser', async () => {
    await store.appendToStream('dispute-append-only', [{ type: 'A', data: { n: 1 } }]);
    for (const statement of [
      `UPDATE event_store.events SET data = '{"n":2}' WHERE stream_id = 'dispute-append-only'`,
      `DELETE FROM event_store.events WHERE stream_id = 'dispute-append-only'`,
      `TRUNCATE event_store.events`,
    ]) {
      await expect(sql(database.url, statement)).rejects.toThrow(/events are append-only: (UPDATE|DELETE|TRUNCATE) on event_store.events refused/);
    }
    expect(await sql(database.url, `SELECT data::text AS data FROM event_store.events WHERE stream_id = 'dispute-append-only'`)).toEqual([{ data: '{"n":1}' }]);
  });

  it('finds the event a superuser changed with the trigger disabled, and the one after when the hash was forged too', async () => {
    const streamId = 'dispute-tampered';
    await store.appendToStream(streamId, [0, 1, 2, 3].map((n) => ({ type: 'Step', data: { n, text: `étape ${n}` } })));
    expect(await verifyStream(store, streamId)).toMatchObject({ valid: true, events: 4, brokenAtVersion: null });
    const tamper = (set: string) =>
      sql(database.url, `BEGIN; ALTER TABLE event_store.events DISABLE TRIGGER events_append_only;
        UPDATE event_store.events SET ${set} WHERE stream_id = '${streamId}' AND stream_version = 2;
        ALTER TABLE event_store.events ENABLE TRIGGER events_append_only; COMMIT;`);
    await tamper(`data = '{"n":2,"text":"étapE 2"}'`);
    expect(await verifyStream(store, streamId)).toMatchObject({ valid: false, events: 4, brokenAtVersion: 2 });
    // Whoever also rewrites that event's hash, correctly for the new content, breaks the link to the next one.
    const events = await store.readStream(streamId);
    const forged = await chainHash(events[1].hash, await eventDigest(chainLinkOf(events[2]).event));
    await tamper(`hash = '\\x${forged}'`);
    expect((await store.readStream(streamId))[2].hash).toBe(forged);
    expect(await verifyStream(store, streamId)).toMatchObject({ valid: false, brokenAtVersion: 3 });
  });

  it('hashes the events stored before the chain existed, and chains new ones onto them', async () => {
    const old = await createTestDatabase('append_only_upgrade');
    try {
      const [first] = EVENT_STORE_MIGRATIONS;
      if (!('sql' in first)) throw new Error('the first migration is SQL');
      await sql(old.url, `CREATE SCHEMA event_store; CREATE TABLE event_store.schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());
        ${first.sql.replaceAll('@schema', '"event_store"')}; INSERT INTO event_store.schema_migrations (id) VALUES ('001_events')`);
      // As the store wrote them before: one statement, ids from the database, a lone surrogate the old store took.
      await sql(old.url, `INSERT INTO event_store.events (global_position, id, stream_id, stream_version, type, data, metadata)
        SELECT (pg_current_xact_id()::text::bigint << 20) + n, gen_random_uuid(), 'dispute-old', n - 1, 'Old', json_build_object('n', n, 'text', 'broken \\ud800 pair'), '{}'
        FROM generate_series(1, 5) n`);
      const upgraded = await PostgresEventStore.start({ connectionString: old.url });
      try {
        expect(await verifyStream(upgraded, 'dispute-old')).toMatchObject({ valid: true, events: 5 });
        await upgraded.appendToStream('dispute-old', [{ type: 'New', data: {} }], { expectedVersion: 4 });
        expect(await verifyStream(upgraded, 'dispute-old')).toMatchObject({ valid: true, events: 6, brokenAtVersion: null });
        await expect(sql(old.url, `DELETE FROM event_store.events`)).rejects.toThrow(/append-only/);
      } finally {
        await upgraded.close();
      }
    } finally {
      await old.drop();
    }
  });

  it('runs under the application role of infra/postgres/event-store-app-role.sql, which appends and reads but cannot rewrite, disable or drop', async () => {
    const role = `recours_app_${randomBytes(4).toString('hex')}`;
    const grants = readFileSync(join(__dirname, '../../../../infra/postgres/event-store-app-role.sql'), 'utf8').replaceAll('recours_app', role);
    const master = new MasterKey('the-master-key-of-the-app-role-test-0123456789');
    // The owner's first start makes the schemas, the key ring's included (as a release does).
    await (await PostgresSubjectKeys.start({ connectionString: database.url, master })).close();
    await sql(database.url, `CREATE ROLE ${role} LOGIN`);
    try {
      await sql(database.url, grants);
      const url = new URL(database.url);
      url.username = role;
      const keys = await PostgresSubjectKeys.start({ connectionString: url.toString(), master });
      const asApp = await PostgresEventStore.start({ connectionString: url.toString(), keys });
      try {
        const subject = randomBytes(8).toString('hex');
        await asApp.appendToStream('dispute-as-app', [{ type: 'A', data: { body: 'mots de la consommatrice' }, personal: ['/body'], subject }, { type: 'B', data: {} }]);
        expect(await verifyStream(asApp, 'dispute-as-app')).toMatchObject({ valid: true, events: 2 });
        expect((await asApp.readStream('dispute-as-app'))[0]!.data).toEqual({ body: 'mots de la consommatrice' });
        expect(JSON.stringify(await sql(database.url, `SELECT data FROM event_store.events WHERE stream_id = 'dispute-as-app'`))).not.toContain('mots de la consommatrice');
        await sql(url.toString(), `UPDATE keys.subject_keys SET wrapped = NULL, master_key_id = NULL, destroyed_at = now() WHERE subject = $1`, [subject]);
        await expect(sql(url.toString(), `DELETE FROM keys.subject_keys`)).rejects.toThrow(/permission denied/);
        await asApp.checkpoints.store('as-app', 5n);
        await asApp.checkpoints.store('as-app', 6n);
        for (const statement of [
          `UPDATE event_store.events SET type = 'X'`,
          `DELETE FROM event_store.events`,
          `TRUNCATE event_store.events`,
          `ALTER TABLE event_store.events DISABLE TRIGGER events_append_only`,
          `DROP TRIGGER events_append_only ON event_store.events`,
          `DROP TABLE event_store.events`,
          `DROP FUNCTION event_store.refuse_event_change() CASCADE`,
        ]) {
          await expect(sql(url.toString(), statement)).rejects.toThrow(/permission denied|must be owner/);
        }
      } finally {
        await asApp.close();
      }
    } finally {
      await sql(database.url, `DROP OWNED BY ${role}; DROP ROLE ${role}`);
    }
  });
});

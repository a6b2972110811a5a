import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ManualClock } from '@recours/clock';
import { EVENT_STORE, type EventStore } from '@recours/event-store';
import { ALL_PROJECTIONS, Projector, readModelsDataSourceOptions, rebuildProjections, READ_MODELS_SCHEMA } from '@recours/read-models';
import { createTestDatabase, must, startTestApp, type TestApp, type TestDatabase } from '@recours/testing';
import { Client } from 'pg';
import { RELEASE_FIXTURE } from './release-fixture';

/*
 * The upgrade of a live database: the last release's database (fixtures/, a pg_dump of what its
 * migrations and its API wrote) restored, then this release started on it. Its migrations run,
 * the event store and the read models still serve what was there, a new command lands, and a
 * rebuild from the events equals the rows the projections keep.
 */

const TABLES = ALL_PROJECTIONS.flatMap((p) => p.tables.map((t) => t.name));
/** The projections' version in the fixture's release: their rows there are what version 1 writes. */
const FIXTURE_VERSION = 1;

let database: TestDatabase;
let db: Client;
let api: TestApp | undefined;

beforeAll(async () => {
  database = await createTestDatabase('upgrade');
  execFileSync('psql', ['--quiet', '--no-psqlrc', '-v', 'ON_ERROR_STOP=1', '--dbname', database.url, '--file', join(__dirname, 'fixtures', `${RELEASE_FIXTURE.release}.sql`)], { stdio: ['ignore', 'ignore', 'pipe'] });
  db = new Client({ connectionString: database.url, application_name: 'recours-upgrade-check' });
  await db.connect();
  await passTheFixturesTransactions();
});

afterAll(async () => {
  await db?.end();
  if (api) await api.close(); // drops the database
  else await database?.drop();
});

/**
 * A dump does not carry the cluster's transaction counter, and the PostgreSQL store's positions
 * are made of transaction ids: on a cluster younger than the fixture's, new events would sort
 * before the old ones. A restore into a new cluster must first take the counter past them
 * (docs/architecture.md, "Read models across releases"); the test does the same.
 */
async function passTheFixturesTransactions(): Promise<void> {
  const { rows } = await db.query<{ last: string }>(`SELECT (max(global_position) >> 20)::text AS last FROM event_store.events`);
  const last = BigInt(rows[0].last);
  while (BigInt((await db.query<{ xid: string }>('SELECT txid_current()::text AS xid')).rows[0].xid) <= last);
}

async function readModelRows(): Promise<Record<string, string[]>> {
  const snapshot: Record<string, string[]> = {};
  for (const table of TABLES) {
    const qualified = `"${READ_MODELS_SCHEMA}"."${table}"`;
    if ((await db.query<{ found: string | null }>('SELECT to_regclass($1)::text AS found', [qualified])).rows[0].found === null) continue; // not in the fixture's release
    snapshot[table] = (await db.query<{ row: string }>(`SELECT to_jsonb(t)::text AS row FROM ${qualified} t ORDER BY 1`)).rows.map((r) => r.row);
  }
  return snapshot;
}

const login = async (email: string) =>
  must(await api!.gql<{ login: { token: string } }>(`mutation($input: LoginInput!) { login(input: $input) { token } }`, { input: { email, password: RELEASE_FIXTURE.password } }), `login ${email}`).login.token;

async function caughtUp(app: TestApp): Promise<void> {
  // The last event written, not the store's head: that one trails it while an older transaction
  // of the server (another test file's) is open, and a wait for it could end before the last event.
  const [{ head }] = await app.database.query<{ head: string }>(`SELECT max(global_position)::text AS head FROM event_store.events`);
  for (const runner of app.app.get(Projector).runners) expect(await runner.waitFor(BigInt(head), 30_000)).toBe(true);
}

describe(`upgrade from ${RELEASE_FIXTURE.release}`, () => {
  it('this release starts on the last release’s database, serves its disputes, takes new commands, and its read models equal a rebuild', async () => {
    const stored = await readModelRows();
    expect(stored.dispute_summaries).toHaveLength(3);

    api = await startTestApp('upgrade', {}, { clock: new ManualClock(new Date(RELEASE_FIXTURE.now)), database });
    await caughtUp(api);

    // The migrations this release adds ran, once, after those of the release.
    const { rows: migrations } = await db.query<{ name: string }>(`SELECT name FROM read_models.migrations ORDER BY id`);
    const ofThisRelease = (readModelsDataSourceOptions(database.url).migrations as Array<new () => { name?: string }>).map((Migration) => new Migration().name);
    expect(ofThisRelease[0]).toBe('ReadModels1751900000000'); // the fixture's release had this one only
    expect(migrations.map((m) => m.name)).toEqual(ofThisRelease);
    // The projections still of the fixture's version kept its rows as they were (no rebuild needed);
    // those of a later version were rebuilt at start, and the rebuild below checks them.
    const { rows: versions } = await db.query<{ projection: string; version: number }>(`SELECT projection, version FROM read_models.projection_checkpoints`);
    const now = await readModelRows();
    for (const projection of ALL_PROJECTIONS) {
      expect(versions.find((v) => v.projection === projection.name)?.version).toBe(projection.version ?? 1);
      if ((projection.version ?? 1) !== FIXTURE_VERSION) continue;
      // A table the fixture's release did not have is filled from the log, which holds no fact of it here.
      for (const table of projection.tables) expect({ table: table.name, rows: now[table.name] }).toEqual({ table: table.name, rows: stored[table.name] ?? [] });
    }

    // The API answers from the old read models and the old streams.
    const consumer = await login(RELEASE_FIXTURE.consumerEmail);
    const merchant = await login(RELEASE_FIXTURE.merchantEmail);
    type List = { myDisputes: { totalCount: number; edges: Array<{ node: { id: string; status: string; product: { name: string } } }> } };
    const list = must(await api.gql<List>(`{ myDisputes { totalCount edges { node { id status product { name } } } } }`, {}, consumer), 'myDisputes').myDisputes;
    expect(list.totalCount).toBe(3);
    expect(list.edges.map((e) => e.node.status).sort()).toEqual(['AGREED', 'AWAITING_MERCHANT', 'REJECTED'].sort());
    expect(new Set(list.edges.map((e) => e.node.product.name))).toEqual(new Set(['Galaxy A54']));
    const inbox = must(await api.gql<{ merchantInbox: { totalCount: number } }>(`{ merchantInbox { totalCount } }`, {}, merchant), 'merchantInbox').merchantInbox;
    expect(inbox.totalCount).toBeGreaterThan(0);
    const open = list.edges.find((e) => e.node.status === 'AWAITING_MERCHANT')!.node.id;
    type One = { dispute: { version: number; messages: Array<{ body: string }>; timeline: Array<{ text: string }> } };
    const before = must(await api.gql<One>(`query($id: ID!) { dispute(id: $id) { version messages { body } timeline { text } } }`, { id: open }, consumer), 'dispute').dispute;
    expect(before.messages.map((m) => m.body)).toEqual(['Bonjour, la batterie gonfle encore.']);

    // A new command lands after the old events, and the read models follow it.
    must(await api.gql(`mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }`, { input: { disputeId: open, body: 'Toujours pas de réponse après la mise à jour.' } }, consumer), 'postMessage');
    const after = must(await api.gql<One>(`query($id: ID!) { dispute(id: $id) { version messages { body } timeline { text } } }`, { id: open }, consumer), 'dispute').dispute;
    expect(after.version).toBe(before.version + 1);
    expect(after.messages).toHaveLength(2);
    expect(after.timeline.length).toBe(before.timeline.length + 1);

    // A rebuild from every event, old and new, equals what the projections keep.
    await caughtUp(api);
    const live = await readModelRows();
    await rebuildProjections({ store: api.app.get<EventStore>(EVENT_STORE), connectionString: database.url, projections: ALL_PROJECTIONS });
    expect(await readModelRows()).toEqual(live);
  });
});

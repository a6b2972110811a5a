import { Client } from 'pg';
import { ALL_PROJECTIONS } from '../projections/all-projections';
import { crashingOnce, type Crash } from '../testing/crashing-projection';
import { playJourneys } from '../testing/journeys';
import { probeProjection } from '../testing/probe-projection';
import { catchUp, installSchema, lastPositionOf, snapshotTables, startTestKit, type TestKit } from '../testing/test-kit';
import { CheckpointMovedError, ensureCheckpoint } from './checkpoints';
import { commitBatch } from './commit-batch';
import { LruCache } from './lru-cache';
import type { Projection } from './projection';

let kit: TestKit;
let target: bigint;
let eventCount: number;

beforeAll(async () => {
  kit = await startTestKit('projection_runner');
  const scripts = await playJourneys(kit.store, 12);
  target = lastPositionOf(scripts)!;
  eventCount = scripts.reduce((n, s) => n + s.events.length, 0);
});

afterAll(async () => kit?.close());

const tablesOf = (projections: readonly Projection[]) => projections.flatMap((p) => p.tables.map((t) => t.name));

/** Every read-model row: what two runs must agree on. */
const contents = (schema: string, projections: readonly Projection[]) => snapshotTables(kit.pool, tablesOf(projections), schema);

/**
 * Where each projection's checkpoint stands. Not compared between runs: past the last event it
 * handles, a checkpoint may skip ahead over events it filters out, by as much as the read saw.
 */
async function checkpoints(schema: string): Promise<bigint[]> {
  const { rows } = await kit.pool.query<{ position: string }>(`SELECT position::text FROM "${schema}".projection_checkpoints ORDER BY projection`);
  return rows.map((row) => BigInt(row.position));
}

describe('projection runner', () => {
  it('applies events in batches, each batch in one transaction with its checkpoint', async () => {
    const probe = probeProjection('a');
    await installSchema(kit.pool, 'batches', [probe]);
    await catchUp(kit.projector([probe], { schema: 'batches', batchSize: 10 }), target);

    const { rows } = await kit.pool.query<{ events: number; distinct_events: number; transactions: number; last_tx: string }>(
      'SELECT count(*)::int AS events, count(DISTINCT event_id)::int AS distinct_events, count(DISTINCT txid)::int AS transactions, max(txid)::text AS last_tx FROM batches.probe_applied',
    );
    expect(rows[0]).toMatchObject({ events: eventCount, distinct_events: eventCount, transactions: Math.ceil(eventCount / 10) });
    // The checkpoint row was last written by the transaction of the last batch.
    const checkpoint = await kit.pool.query<{ position: string; writer: string }>(`SELECT position::text, xmin::text AS writer FROM batches.projection_checkpoints WHERE projection = 'probe'`);
    expect(checkpoint.rows[0].writer).toBe(rows[0].last_tx);
    expect(BigInt(checkpoint.rows[0].position)).toBeGreaterThanOrEqual(target);
  });

  it.each<Crash>(['throw', 'lose-connection'])('restarts a runner that died mid-batch (%s): the rows are those of a run without the failure', async (crash) => {
    const clean = `clean_${crash.replace('-', '_')}`;
    const failing = `failing_${crash.replace('-', '_')}`;
    await installSchema(kit.pool, clean, ALL_PROJECTIONS);
    await installSchema(kit.pool, failing, ALL_PROJECTIONS);
    await catchUp(kit.projector(ALL_PROJECTIONS, { schema: clean }), target);

    const crashing = ALL_PROJECTIONS.map((projection) => crashingOnce(projection, 2, crash));
    const projector = kit.projector(crashing, { schema: failing, batchSize: 7 });
    await catchUp(projector, target);

    // Every projection crashed once and was restarted once, however many projections there are.
    expect(crashing.map((p) => p.crashed)).toEqual(ALL_PROJECTIONS.map(() => true));
    expect(projector.runners.map((r) => r.failures)).toEqual(ALL_PROJECTIONS.map(() => 1));
    expect(await contents(failing, ALL_PROJECTIONS)).toEqual(await contents(clean, ALL_PROJECTIONS));
    for (const position of await checkpoints(failing)) expect(position).toBeGreaterThanOrEqual(target);
  });

  it('lets one runner of two lead a projection; the other takes over when it dies, and no event is applied twice', async () => {
    const projections = (label: string) => [probeProjection(label), ...ALL_PROJECTIONS];
    await installSchema(kit.pool, 'race', projections('-'));
    await installSchema(kit.pool, 'race_clean', projections('-'));
    const a = kit.projector(projections('A'), { schema: 'race', batchSize: 3 });
    const b = kit.projector(projections('B'), { schema: 'race', batchSize: 3 });
    a.start();
    b.start();

    // While events keep coming, the leader of each projection dies (its connections cut, and it does not come back).
    const more = playJourneys(kit.store, 6, 'race');
    // Each projection has its own lease: watch the probe's, once it has applied something.
    while (!(await kit.pool.query('SELECT 1 FROM race.probe_applied LIMIT 1')).rowCount) await new Promise((resolve) => setTimeout(resolve, 10));
    const leader = a.runner('probe')!.isLeading ? a : b;
    const follower = leader === a ? b : a;
    expect(follower.runner('probe')!.isLeading).toBe(false);
    const stopping = leader.stop();
    await terminateLeases('race');
    await stopping;
    const last = lastPositionOf(await more)!;

    for (const runner of follower.runners) expect(await runner.waitFor(last, 15_000)).toBe(true);
    const { rows } = await kit.pool.query<{ events: number; distinct_events: number; runners: string[] }>(
      'SELECT count(*)::int AS events, count(DISTINCT event_id)::int AS distinct_events, array_agg(DISTINCT runner ORDER BY runner) AS runners FROM race.probe_applied',
    );
    const stored = await kit.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM event_store.events WHERE stream_id LIKE 'dispute-%'`);
    expect(rows[0]).toEqual({ events: stored.rows[0].n, distinct_events: stored.rows[0].n, runners: ['A', 'B'] });

    await catchUp(kit.projector(ALL_PROJECTIONS, { schema: 'race_clean' }), last);
    expect(await contents('race', ALL_PROJECTIONS)).toEqual(await contents('race_clean', ALL_PROJECTIONS));
  });

  it('never commits a batch over a checkpoint that moved since the runner read it', async () => {
    const probe = probeProjection('cas', 'cas');
    await installSchema(kit.pool, 'cas', [probe]);
    const client = new Client({ connectionString: kit.database.url });
    await client.connect();
    try {
      const { events } = await kit.store.readAll({ maxCount: 4 });
      const start = await ensureCheckpoint(client, 'cas', 'cas');
      const moved = await commitBatch(client, 'cas', probe, start, events.slice(0, 2), events[1].globalPosition, new LruCache(10));
      expect(moved).toEqual({ position: events[1].globalPosition, epoch: 0 });
      // A second writer still holding the old checkpoint is refused, and writes nothing.
      await expect(commitBatch(client, 'cas', probe, start, events.slice(2), events[3].globalPosition, new LruCache(10))).rejects.toBeInstanceOf(CheckpointMovedError);
      await expect(commitBatch(client, 'cas', probe, { ...moved, epoch: 1 }, events.slice(2), events[3].globalPosition, new LruCache(10))).rejects.toBeInstanceOf(CheckpointMovedError);
      const { rows } = await client.query('SELECT event_id FROM cas.probe_applied ORDER BY position');
      expect(rows.map((r) => r.event_id)).toEqual([events[0].id, events[1].id]);
      expect(await ensureCheckpoint(client, 'cas', 'cas')).toEqual(moved);
    } finally {
      await client.end();
    }
  });
});

/** Cuts the connections holding projection leases in this database, as a crash of their process would. */
async function terminateLeases(schema: string): Promise<void> {
  await kit.pool.query(
    `SELECT pg_terminate_backend(l.pid) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE l.locktype = 'advisory' AND a.datname = current_database() AND a.application_name LIKE 'recours-projection:%'
        AND l.objid = (hashtextextended('recours.projection.' || $1 || '.' || substring(a.application_name from 20), 0) & 4294967295)::oid`,
    [schema],
  );
}

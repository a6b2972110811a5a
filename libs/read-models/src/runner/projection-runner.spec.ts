import { projectionFailedAttempts } from '@recours/observability';
import { FreezableProxy } from '@recours/testing';
import { Client } from 'pg';
import { ALL_PROJECTIONS } from '../projections/all-projections';
import { ProjectionProgress } from '../progress/projection-progress';
import { crashingOnce, type Crash } from '../testing/crashing-projection';
import { playJourneys } from '../testing/journeys';
import { probeProjection } from '../testing/probe-projection';
import { catchUp, installSchema, lastPositionOf, snapshotTables, startTestKit, type TestKit } from '../testing/test-kit';
import { CheckpointMovedError, ensureCheckpoint } from './checkpoints';
import { commitBatch } from './commit-batch';
import { TAIL_APPLICATION_NAME } from './live-tail';
import { LruCache } from './lru-cache';
import { filterOf, type Projection } from './projection';
import { ProjectionRunner } from './projection-runner';

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

/** Waits for `condition` (checked every 10 ms), failing after `timeoutMs`. */
async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !(await condition()); ) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Lines a runner logs, by level. */
function recordingLogger() {
  const lines = { log: [] as string[], warn: [] as string[], error: [] as string[] };
  return { lines, logger: { log: (m: string) => lines.log.push(m), warn: (m: string) => lines.warn.push(m), error: (m: string) => lines.error.push(m) } };
}

describe('projection runner, when things go wrong', () => {
  it('retries a poison event with a growing pause, names its position once per attempt without personal data, reports it, never skips it', async () => {
    const probe = probeProjection('poison');
    // Read as the runner reads it, so that its batches of 10 are these events in tens.
    const { events } = await kit.store.readAll({ maxCount: 40, filter: filterOf(probe) });
    const poison = events[25];
    let poisoned = true;
    const projection: Projection = {
      ...probe,
      async applyBatch(batch, target) {
        // A data exception whose message quotes the value refused: it must not reach the log.
        if (poisoned && batch.some((e) => e.id === poison.id)) await target.client.query(`SELECT 'Jeanne Dupont'::int`);
        await probe.applyBatch(batch, target);
      },
    };
    await installSchema(kit.pool, 'poison', [projection]);
    const { lines, logger } = recordingLogger();
    const projector = kit.projector([projection], { schema: 'poison', batchSize: 10, failureRetryMs: 10, failureRetryMaxMs: 40, logger });
    const runner = projector.runners[0];
    projector.start();
    await until(() => (runner.failing?.attempts ?? 0) >= 5, 'five failed attempts');

    // Attempt 1 failed on a batch; from then on its events go one at a time, and the poison one is named.
    const attempts = lines.error.filter((line) => line.startsWith('projection probe: attempt '));
    expect(attempts.slice(0, 5).map((line) => /attempt (\d+) failed .* in (\d+) ms$/.exec(line)!.slice(1))).toEqual([
      ['1', '10'],
      ['2', '20'],
      ['3', '40'],
      ['4', '40'],
      ['5', '40'],
    ]);
    for (const line of attempts.slice(1)) expect(line).toContain(`failed on the event at position ${poison.globalPosition}: SQLSTATE 22P02 (data exception)`);
    expect(lines.error.concat(lines.warn, lines.log).join('\n')).not.toContain('Jeanne');
    expect(runner.failing).toEqual({ attempts: expect.any(Number), position: poison.globalPosition });
    const lag = await new ProjectionProgress({ store: kit.store, db: kit.pool, projections: [projection], projector, schema: 'poison' }).lag();
    expect(lag[0].failing?.position).toBe(poison.globalPosition);
    expect((await projectionFailedAttempts.get()).values.find((v) => v.labels.projection === 'probe')!.value).toBeGreaterThanOrEqual(5);

    // Not skipped: everything before it applied, nothing from it on.
    const applied = await kit.pool.query<{ position: string }>('SELECT position::text FROM poison.probe_applied ORDER BY position');
    expect(applied.rows.map((r) => BigInt(r.position))).toEqual(events.slice(0, 25).map((e) => e.globalPosition));
    const { rows: checkpoint } = await kit.pool.query<{ position: string }>(`SELECT position::text FROM poison.projection_checkpoints`);
    expect(BigInt(checkpoint[0].position)).toBe(events[24].globalPosition);

    // Mended: it applies past it, and the attempts are over.
    poisoned = false;
    const { rows: last } = await kit.pool.query<{ position: string; n: number }>(`SELECT max(global_position)::text AS position, count(*)::int AS n FROM event_store.events WHERE stream_id LIKE 'dispute-%'`);
    expect(await runner.waitFor(BigInt(last[0].position), 15_000)).toBe(true);
    expect(runner.failing).toBeUndefined();
    expect((await projectionFailedAttempts.get()).values.find((v) => v.labels.projection === 'probe')!.value).toBe(0);
    const { rows } = await kit.pool.query<{ events: number; distinct_events: number }>('SELECT count(*)::int AS events, count(DISTINCT event_id)::int AS distinct_events FROM poison.probe_applied');
    expect(rows[0]).toEqual({ events: last[0].n, distinct_events: last[0].n });
    await projector.stop();
  });

  it('a runner on its own closes its live tail when it stops: none of its connections is left', async () => {
    const probe = probeProjection('alone', 'alone-probe');
    await installSchema(kit.pool, 'alone', [probe]);
    const runner = new ProjectionRunner(probe, { store: kit.store, connectionString: kit.database.url, schema: 'alone' });
    // Its lease connection (named after the projection) and its tail (other projectors' tails run in this database: its own last wrote the schema).
    const open = async () =>
      (
        await kit.pool.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND (application_name = 'recours-projection:alone-probe' OR (application_name = $1 AND query LIKE '%"alone".%'))`,
          [TAIL_APPLICATION_NAME],
        )
      ).rows[0].n;
    const before = 0;
    runner.start();
    try {
      expect(await runner.waitFor(target, 15_000)).toBe(true);
      await until(() => runner.isLive, 'on the tail');
      // A batch on the tail, so that its connection is open.
      const [script] = await playJourneys(kit.store, 1, 'alone');
      expect(await runner.waitFor(script.lastPosition!, 15_000)).toBe(true);
      expect(await open()).toBe(before + 2);
    } finally {
      await runner.stop();
    }
    // The server lets a backend go just after its client did: wait for that, not for a leak.
    await until(async () => (await open()) === before, 'its connections gone', 5_000).catch(() => undefined);
    expect(await open()).toBe(before);
  });

  it('notices a lease connection that no longer answers (backend gone, socket kept open): stops projecting, and the process standing by takes over', async () => {
    const proxy = await FreezableProxy.start(kit.database.url);
    const [a, b] = [probeProjection('A'), probeProjection('B')];
    await installSchema(kit.pool, 'silent', [a]);
    const first = kit.projector([a], { schema: 'silent', connectionString: proxy.url(kit.database.url), leasePingMs: 50, leasePingTimeoutMs: 500 });
    const standing = recordingLogger();
    const second = kit.projector([b], { schema: 'silent', logger: standing.logger });
    try {
      await catchUp(first, target);
      await until(() => first.runners[0].isLive, 'first on the tail');
      second.start();
      await until(() => standing.lines.log.some((line) => line.includes('another process leads it; standing by')), 'second standing by');
      expect(second.runners[0].isLeading).toBe(false);

      // Nothing passes on the first's lease connection any more, and the server ends its backend:
      // the lease is free, and the first is not told.
      const ports = proxy.freeze('recours-projection:probe');
      expect(ports).toHaveLength(1);
      const { rows } = await kit.pool.query<{ cut: boolean }>(`SELECT pg_terminate_backend(pid, 5000) AS cut FROM pg_stat_activity WHERE datname = current_database() AND client_port = $1`, [ports[0]]);
      expect(rows.map((r) => r.cut)).toEqual([true]);

      await until(() => second.runners[0].isLeading, 'the second leads');
      await until(() => !first.runners[0].isLeading, 'the first stops leading');
      const more = lastPositionOf(await playJourneys(kit.store, 2, 'silent'))!;
      expect(await second.runners[0].waitFor(more, 15_000)).toBe(true);
      expect(first.runners[0].isLeading).toBe(false);
      const { rows: applied } = await kit.pool.query<{ events: number; distinct_events: number }>('SELECT count(*)::int AS events, count(DISTINCT event_id)::int AS distinct_events FROM silent.probe_applied');
      const stored = await kit.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM event_store.events WHERE stream_id LIKE 'dispute-%' AND global_position <= $1`, [more.toString()]);
      expect(applied[0]).toEqual({ events: stored.rows[0].n, distinct_events: stored.rows[0].n });
    } finally {
      await first.stop();
      await second.stop();
      await proxy.close();
    }
  });
});

describe('projection runner: a lease connection gone silent while catching up', () => {
  it('gives up a statement left unanswered past leaseQueryTimeoutMs, stops leading, and the process standing by takes over', async () => {
    const proxy = await FreezableProxy.start(kit.database.url);
    const probe = probeProjection('A');
    // The first batch waits at this gate, inside its transaction, until the connection is silenced.
    let entered!: () => void;
    let open!: () => void;
    const entering = new Promise<void>((resolve) => (entered = resolve));
    const gate = new Promise<void>((resolve) => (open = resolve));
    const gated: Projection = {
      ...probe,
      async applyBatch(events, target) {
        entered();
        await gate;
        return probe.applyBatch(events, target);
      },
    };
    await installSchema(kit.pool, 'silent_catch_up', [gated]);
    const first = kit.projector([gated], { schema: 'silent_catch_up', connectionString: proxy.url(kit.database.url), leaseQueryTimeoutMs: 1_000 });
    const standing = recordingLogger();
    const second = kit.projector([probeProjection('B')], { schema: 'silent_catch_up', logger: standing.logger });
    try {
      first.start();
      await entering;
      expect(first.runners[0].isLive).toBe(false); // catching up: the lease connection carries the batch, no ping runs
      second.start();
      await until(() => standing.lines.log.some((line) => line.includes('another process leads it; standing by')), 'second standing by');

      // Nothing passes on the first's lease connection any more, and the server ends its backend
      // (its transaction rolled back, the lease free); the first is not told. Then its batch's
      // statement goes out into the silence.
      const ports = proxy.freeze('recours-projection:probe');
      expect(ports).toHaveLength(1);
      const { rows } = await kit.pool.query<{ cut: boolean }>(`SELECT pg_terminate_backend(pid, 5000) AS cut FROM pg_stat_activity WHERE datname = current_database() AND client_port = $1`, [ports[0]]);
      expect(rows.map((r) => r.cut)).toEqual([true]);
      open();

      await until(() => second.runners[0].isLeading, 'the second leads');
      await until(() => !first.runners[0].isLeading, 'the first stops leading', 10_000);
      const head = (await kit.store.headPosition()) as bigint;
      expect(head >= target).toBe(true);
      expect(await second.runners[0].waitFor(head, 15_000)).toBe(true);
      const { rows: applied } = await kit.pool.query<{ events: number; distinct_events: number; runners: string[] }>(
        'SELECT count(*)::int AS events, count(DISTINCT event_id)::int AS distinct_events, array_agg(DISTINCT runner) AS runners FROM silent_catch_up.probe_applied',
      );
      const stored = await kit.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM event_store.events WHERE stream_id LIKE 'dispute-%' AND global_position <= $1`, [head.toString()]);
      // Each event once, all by the second: the first's batch was never committed.
      expect(applied[0]).toEqual({ events: stored.rows[0].n, distinct_events: stored.rows[0].n, runners: ['B'] });
    } finally {
      await proxy.close(); // first: a statement still waiting in the silence fails, and the first can stop
      await first.stop();
      await second.stop();
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

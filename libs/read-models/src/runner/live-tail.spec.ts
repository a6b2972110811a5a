import { disputeStreamId } from '@recours/disputes';
import { Client } from 'pg';
import { ALL_PROJECTIONS } from '../projections/all-projections';
import { DisputeScript } from '../testing/dispute-script';
import { JOURNEYS, playJourneys } from '../testing/journeys';
import { consumer } from '../testing/parties';
import { probeProjection } from '../testing/probe-projection';
import { catchUp, installSchema, lastPositionOf, snapshotTables, startTestKit, type TestKit } from '../testing/test-kit';
import { handles, type Projection, type ProjectionTarget } from './projection';
import { TAIL_APPLICATION_NAME } from './live-tail';
import type { Projector } from './projector';

let kit: TestKit;
let target: bigint;
let disputes = 0;

beforeAll(async () => {
  kit = await startTestKit('live_tail');
  target = lastPositionOf(await playJourneys(kit.store, 6))!;
});

afterAll(async () => kit?.close());

const tablesOf = (projections: readonly Projection[]) => projections.flatMap((p) => p.tables.map((t) => t.name));

/** Caught up, every runner applying new events with the live tail. */
async function live(projector: Projector): Promise<void> {
  await catchUp(projector, target);
  while (!projector.runners.every((r) => r.isLive)) await new Promise((resolve) => setTimeout(resolve, 10));
}

/** A dispute of its own, filed and taken to an association, then one message posted while the runners are live. */
async function messageWhileLive(projector: Projector, beforeMessage: () => unknown = () => undefined): Promise<DisputeScript> {
  const script = new DisputeScript(`tail-${disputes++}`, kit.store);
  await JOURNEYS.withAssociation(script, { consumerId: 'consumer-1', merchantId: 'merchant-1', mediatorId: 'mediator-3', associationId: 'ufc-paris', filedOn: '2025-03-03' });
  await catchUp(projector, script.lastPosition);
  await live(projector);
  await beforeMessage();
  await script.do('PostMessage', '2025-03-07T10:00:00.000Z', consumer(), { messageId: 'live', body: 'Any news?' });
  return script;
}

/** No runner failed, the probe applied each event once, and the read models are those of a clean run (`<schema>_clean`). */
async function expectUnharmed(projector: Projector, schema: string, position: bigint): Promise<void> {
  expect(projector.runners.map((r) => r.failures)).toEqual(projector.runners.map(() => 0));
  const { rows } = await kit.pool.query<{ events: number; distinct_events: number }>(`SELECT count(*)::int AS events, count(DISTINCT event_id)::int AS distinct_events FROM ${schema}.probe_applied`);
  const stored = await kit.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM event_store.events WHERE stream_id LIKE 'dispute-%' AND global_position <= $1`, [position.toString()]);
  expect(rows[0]).toEqual({ events: stored.rows[0].n, distinct_events: stored.rows[0].n });
  await catchUp(kit.projector(ALL_PROJECTIONS, { schema: `${schema}_clean` }), position);
  expect(await snapshotTables(kit.pool, tablesOf(ALL_PROJECTIONS), schema)).toEqual(await snapshotTables(kit.pool, tablesOf(ALL_PROJECTIONS), `${schema}_clean`));
}

/** The probe, failing its next `armed` batches with `fail` (after writing its rows). */
function failingProbe(fail: (target: ProjectionTarget) => Promise<unknown>): { projection: Projection; armed: number } {
  const probe = probeProjection('tail');
  const failing = {
    armed: 0,
    projection: {
      ...probe,
      async applyBatch(events, target) {
        await probe.applyBatch(events, target);
        if (failing.armed === 0) return;
        failing.armed--;
        await fail(target);
      },
    } as Projection,
  };
  return failing;
}

describe('the live tail', () => {
  it('applies a batch to every projection in one transaction, with each checkpoint it moves', async () => {
    const projections = [probeProjection('tail'), ...ALL_PROJECTIONS];
    await installSchema(kit.pool, 'joint', projections);
    const projector = kit.projector(projections, { schema: 'joint' });
    const script = await messageWhileLive(projector);
    await catchUp(projector, script.lastPosition);

    const { rows: probe } = await kit.pool.query<{ txid: string }>(`SELECT txid::text FROM joint.probe_applied WHERE position = $1`, [script.lastPosition!.toString()]);
    expect(probe).toHaveLength(1);
    const [message] = (await kit.store.readStream(disputeStreamId(script.disputeId))).slice(-1);
    const { rows } = await kit.pool.query<{ projection: string; position: string; writer: string }>(
      `SELECT projection, position::text, xmin::text AS writer FROM joint.projection_checkpoints ORDER BY projection`,
    );
    // Each projection that handles the message moved its checkpoint in the probe's transaction; the others did not write.
    const handling = projections.filter((p) => handles(p, message)).map((p) => p.name);
    expect(handling.length).toBeGreaterThan(2);
    expect(rows.filter((row) => row.writer === probe[0].txid).map((row) => row.projection).sort()).toEqual([...handling].sort());
    for (const row of rows) expect(BigInt(row.position) === script.lastPosition).toBe(handling.includes(row.projection));
    for (const runner of projector.runners) expect(runner.position).toBeGreaterThanOrEqual(script.lastPosition!);
    await projector.stop();
  });

  /** What the tail's connection sends while a message is applied by these projections, live, in `schema`. */
  async function tailStatementsOfAMessage(projections: readonly Projection[], schema: string): Promise<{ sent: string[]; script: DisputeScript }> {
    await installSchema(kit.pool, schema, projections);
    const projector = kit.projector(projections, { schema });
    const sent: string[] = [];
    const query = Client.prototype.query;
    let script: DisputeScript;
    try {
      script = await messageWhileLive(projector, () => {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        (Client.prototype as any).query = function (this: Client, config: unknown, ...rest: unknown[]) {
          const name = (this as unknown as { connectionParameters: { application_name?: string } }).connectionParameters.application_name;
          if (name === 'recours-projection-tail') sent.push(typeof config === 'string' ? config : String((config as { text?: string }).text));
          // eslint-disable-next-line @typescript-eslint/no-explicit-any
          return (query as any).call(this, config, ...rest);
        };
      });
      await catchUp(projector, script.lastPosition);
    } finally {
      Client.prototype.query = query;
      await projector.stop();
    }
    return { sent, script };
  }

  it("sends a message's batch in one round trip per projection, and two: BEGIN with the locks, the checkpoints with COMMIT", async () => {
    const { sent, script } = await tailStatementsOfAMessage(ALL_PROJECTIONS, 'trips');
    const [message] = (await kit.store.readStream(disputeStreamId(script.disputeId))).slice(-1);
    // dispute-cases writes its tables in one statement (the inbox's counts too, deliberately: no statement added); each other projection handling it, one.
    const tables = ALL_PROJECTIONS.filter((p) => handles(p, message)).map((p) => p.tables[0].name);
    expect(tables).toEqual(expect.arrayContaining(['dispute_summaries', 'dispute_timeline']));
    expect(sent).toHaveLength(tables.length + 2);
    expect(sent[0]).toMatch(/^BEGIN; SELECT .* FOR UPDATE$/s);
    expect(sent.slice(1, -1).map((sql) => sql.match(/INSERT INTO "trips"\.(\w+)/)![1]).sort()).toEqual([...tables].sort());
    // Committed without waiting for the flush (transaction.ts: the batch's NOTIFY would hold the server's notification lock through it).
    expect(sent[sent.length - 1]).toMatch(/^SET LOCAL synchronous_commit TO off; UPDATE "trips"\.projection_checkpoints .*; COMMIT$/s);
  });

  it('waits for the disk when a projection of the batch commits durably (the notifier: rows applied again would not be the same)', async () => {
    const durable: Projection = { ...probeProjection('durable'), commitsDurably: true };
    const { sent } = await tailStatementsOfAMessage([...ALL_PROJECTIONS, durable], 'trips_durable');
    expect(sent[0]).toMatch(/^BEGIN; SELECT .* FOR UPDATE$/s);
    expect(sent.some((sql) => sql.includes('INSERT INTO "trips_durable".probe_applied'))).toBe(true);
    expect(sent[sent.length - 1]).toMatch(/^UPDATE "trips_durable"\.projection_checkpoints .*; COMMIT$/s);
  });

  it.each([
    ['throws in the shared transaction and again on its own', 'throw', 2],
    ['loses the shared connection', 'lose-connection', 1],
  ] as const)('when a projection %s, no projection loses or repeats an event', async (_what, crash, times) => {
    const schema = `failing_${crash.replace('-', '_')}`;
    const clean = `clean_${crash.replace('-', '_')}`;
    const probe = failingProbe(async (target) => {
      if (crash === 'throw') throw new Error('probe crashed');
      await target.client.query('SELECT pg_terminate_backend(pg_backend_pid())');
    });
    const failing = probe.projection;
    await installSchema(kit.pool, schema, [failing, ...ALL_PROJECTIONS]);
    await installSchema(kit.pool, clean, [failing, ...ALL_PROJECTIONS]);
    const projector = kit.projector([failing, ...ALL_PROJECTIONS], { schema });
    const script = await messageWhileLive(projector, () => (probe.armed = times));
    await catchUp(projector, script.lastPosition);
    expect(probe.armed).toBe(0);

    // A throw fails the probe alone (the others' batch committed on its own); a lost connection
    // fails nobody: the tail connects again and applies the batch again.
    expect(projector.runners.map((r) => r.failures)).toEqual([crash === 'throw' ? 1 : 0, ...ALL_PROJECTIONS.map(() => 0)]);
    const { rows } = await kit.pool.query<{ events: number; distinct_events: number }>(`SELECT count(*)::int AS events, count(DISTINCT event_id)::int AS distinct_events FROM ${schema}.probe_applied`);
    const stored = await kit.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM event_store.events WHERE stream_id LIKE 'dispute-%' AND global_position <= $1`, [script.lastPosition!.toString()]);
    expect(rows[0]).toEqual({ events: stored.rows[0].n, distinct_events: stored.rows[0].n });

    await catchUp(kit.projector(ALL_PROJECTIONS, { schema: clean }), script.lastPosition);
    expect(await snapshotTables(kit.pool, tablesOf(ALL_PROJECTIONS), schema)).toEqual(await snapshotTables(kit.pool, tablesOf(ALL_PROJECTIONS), clean));
    await projector.stop();
  });

  it("keeps up when the server cuts the tail's connection, during a batch and between batches: nothing lost, nothing applied twice, no runner fails", async () => {
    await installSchema(kit.pool, 'blip', [probeProjection('-'), ...ALL_PROJECTIONS]);
    await installSchema(kit.pool, 'blip_clean', ALL_PROJECTIONS);
    const cutTail = async () => {
      const { rows } = await kit.pool.query<{ cut: boolean }>(
        // With a timeout, it returns once the backend is gone. This projector's tail: its last statement wrote the schema (other tails run in this database).
        `SELECT pg_terminate_backend(pid, 5000) AS cut FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database() AND query LIKE '%"blip".%'`,
        [TAIL_APPLICATION_NAME],
      );
      return rows.filter((row) => row.cut).length;
    };
    // Cut by an administrator while the probe writes the message's batch: the projections after it write on a dead connection.
    const cuts: number[] = [];
    const probe = failingProbe(async () => cuts.push(await cutTail()));
    const projector = kit.projector([probe.projection, ...ALL_PROJECTIONS], { schema: 'blip' });
    const script = await messageWhileLive(projector, () => (probe.armed = 1));
    await catchUp(projector, script.lastPosition);
    expect(cuts).toEqual([1]);
    expect(projector.runners.map((r) => r.failures)).toEqual(projector.runners.map(() => 0));

    // Cut again while idle between batches; the next event is projected all the same.
    await live(projector);
    expect(await cutTail()).toBe(1);
    await script.do('PostMessage', '2025-03-07T11:00:00.000Z', consumer(), { messageId: 'after-blip', body: 'Hello again.' });
    await catchUp(projector, script.lastPosition);

    await expectUnharmed(projector, 'blip', script.lastPosition!);
    await projector.stop();
  });

  it('when the answer to a COMMIT is lost, the batch applied again on a new connection finds it committed: nothing is applied twice', async () => {
    await installSchema(kit.pool, 'lost_commit', [probeProjection('-'), ...ALL_PROJECTIONS]);
    await installSchema(kit.pool, 'lost_commit_clean', ALL_PROJECTIONS);
    const projector = kit.projector([probeProjection('-'), ...ALL_PROJECTIONS], { schema: 'lost_commit' });
    const query = Client.prototype.query;
    let lost = 0;
    let script: DisputeScript;
    try {
      script = await messageWhileLive(projector, () => {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        (Client.prototype as any).query = function (this: Client, config: unknown, ...rest: unknown[]) {
          const name = (this as unknown as { connectionParameters: { application_name?: string } }).connectionParameters.application_name;
          // eslint-disable-next-line @typescript-eslint/no-explicit-any
          const sent = (query as any).call(this, config, ...rest);
          // This projector's tail only (other projectors of this file are live in the same database).
          if (name !== TAIL_APPLICATION_NAME || typeof config !== 'string' || !config.endsWith('COMMIT') || !config.includes('"lost_commit".') || lost > 0) return sent;
          lost++;
          // The server committed; its answer never arrives: the socket goes down first.
          return (sent as Promise<unknown>).then(() => {
            (this as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
            throw new Error('Connection terminated unexpectedly');
          });
        };
      });
      await catchUp(projector, script.lastPosition);
    } finally {
      Client.prototype.query = query;
    }
    expect(lost).toBe(1);
    await script.do('PostMessage', '2025-03-07T11:00:00.000Z', consumer(), { messageId: 'after-commit', body: 'Hello again.' });
    await catchUp(projector, script.lastPosition);

    await expectUnharmed(projector, 'lost_commit', script.lastPosition!);
    await projector.stop();
  });

  it('sets apart a projection whose table another transaction holds locked: the others go on', async () => {
    await installSchema(kit.pool, 'held', ALL_PROJECTIONS);
    await installSchema(kit.pool, 'held_clean', ALL_PROJECTIONS);
    const projector = kit.projector(ALL_PROJECTIONS, { schema: 'held' });
    const held = projector.runners[1];
    const holder = await kit.pool.connect();
    try {
      // As a rebuild's swap does (its ALTER TABLE), or a stuck transaction: the live tail must not
      // wait for it. SHARE mode blocks writes and takes no transaction id (one with an id would hold
      // back the store's subscriptions, which deliver an event once every older transaction ended).
      const script = await messageWhileLive(projector, async () => {
        await holder.query('BEGIN');
        await holder.query(`LOCK TABLE held."${held.projection.tables[0].name}" IN SHARE MODE`);
      });
      const [message] = (await kit.store.readStream(disputeStreamId(script.disputeId))).slice(-1);
      expect(handles(held.projection, message)).toBe(true);
      for (const runner of projector.runners.filter((r) => r !== held)) expect(await runner.waitFor(script.lastPosition!, 15_000)).toBe(true);
      expect(held.position === undefined || held.position < script.lastPosition!).toBe(true);
      await holder.query('COMMIT');
      await catchUp(projector, script.lastPosition);
      // Set apart, not failed: it waited for the lock on its own connection.
      expect(projector.runners.map((r) => r.failures)).toEqual(projector.runners.map(() => 0));
      await catchUp(kit.projector(ALL_PROJECTIONS, { schema: 'held_clean' }), script.lastPosition);
      expect(await snapshotTables(kit.pool, tablesOf(ALL_PROJECTIONS), 'held')).toEqual(await snapshotTables(kit.pool, tablesOf(ALL_PROJECTIONS), 'held_clean'));
    } finally {
      await holder.query('ROLLBACK').catch(() => undefined);
      holder.release();
      await projector.stop();
    }
  });

  it('after a shared transaction that failed at COMMIT, each projection reads its rows back, not from its cache', async () => {
    // Fails at COMMIT only: every projection of the batch has applied it, and filled its cache, by then.
    const probe = failingProbe((target) => target.client.query(`INSERT INTO ${target.schema}.doomed VALUES (1, 2)`));
    const doomed = probe.projection;
    await installSchema(kit.pool, 'rolled_back', [doomed, ...ALL_PROJECTIONS]);
    await installSchema(kit.pool, 'rolled_back_clean', ALL_PROJECTIONS);
    await kit.pool.query(`CREATE TABLE rolled_back.doomed (id int PRIMARY KEY, ref int REFERENCES rolled_back.doomed (id) DEFERRABLE INITIALLY DEFERRED)`);
    const projector = kit.projector([doomed, ...ALL_PROJECTIONS], { schema: 'rolled_back' });
    const script = await messageWhileLive(projector, () => (probe.armed = 1));
    await catchUp(projector, script.lastPosition);
    expect(probe.armed).toBe(0);
    // More events of the same dispute: a cache still holding the rolled-back rows would show in them.
    await script.do('PostMessage', '2025-03-07T11:00:00.000Z', consumer(), { messageId: 'after', body: 'Still waiting.' });
    await catchUp(projector, script.lastPosition);
    expect(projector.runners.map((r) => r.failures)).toEqual(projector.runners.map(() => 0));
    await catchUp(kit.projector(ALL_PROJECTIONS, { schema: 'rolled_back_clean' }), script.lastPosition);
    expect(await snapshotTables(kit.pool, tablesOf(ALL_PROJECTIONS), 'rolled_back')).toEqual(await snapshotTables(kit.pool, tablesOf(ALL_PROJECTIONS), 'rolled_back_clean'));
    await projector.stop();
  });

  it('lets a runner join while events keep coming: it reads on until it reaches the tail, then shares it', async () => {
    await installSchema(kit.pool, 'late', ALL_PROJECTIONS);
    await installSchema(kit.pool, 'late_clean', ALL_PROJECTIONS);
    const projector = kit.projector(ALL_PROJECTIONS, { schema: 'late', batchSize: 3 });
    const [first, second, ...others] = projector.runners;
    first.start();
    second.start();
    for (const runner of [first, second]) expect(await runner.waitFor(target, 15_000)).toBe(true);
    while (!first.isLive || !second.isLive) await new Promise((resolve) => setTimeout(resolve, 10));
    // The other two catch up and join the tail the first two follow, while events keep coming.
    const appending = playJourneys(kit.store, 6, 'late');
    for (const runner of others) runner.start();
    const last = lastPositionOf(await appending)!;
    await catchUp(projector, last);
    while (!projector.runners.every((r) => r.isLive)) await new Promise((resolve) => setTimeout(resolve, 10));
    await catchUp(kit.projector(ALL_PROJECTIONS, { schema: 'late_clean' }), last);
    expect(await snapshotTables(kit.pool, tablesOf(ALL_PROJECTIONS), 'late')).toEqual(await snapshotTables(kit.pool, tablesOf(ALL_PROJECTIONS), 'late_clean'));
    await projector.stop();
  });
});

import { LISTENING_CONNECTION_NAME } from '@recours/database';
import { ALL_PROJECTIONS } from '../projections/all-projections';
import { DisputeSummaries } from '../queries/dispute-summaries.query';
import type { Queryable } from '../runner/checkpoints';
import type { Projector } from '../runner/projector';
import { DisputeScript } from '../testing/dispute-script';
import { JOURNEYS } from '../testing/journeys';
import { consumer } from '../testing/parties';
import { catchUp, startTestKit, untilVisible, type TestKit } from '../testing/test-kit';
import { AppliedListener } from './applied-listener';
import { ProjectionProgress } from './projection-progress';

const cast = { consumerId: 'consumer-1', merchantId: 'merchant-1', mediatorId: 'mediator-3', associationId: 'ufc-paris', filedOn: '2025-03-03' };

let kit: TestKit;
let projector: Projector;
let script: DisputeScript;

beforeAll(async () => {
  kit = await startTestKit('progress');
  script = new DisputeScript('d-1', kit.store);
  await JOURNEYS.withAssociation(script, cast);
  projector = kit.projector(ALL_PROJECTIONS);
  await catchUp(projector, script.lastPosition);
});

afterAll(async () => kit?.close());

/** With a runner here, polling is slowed to a minute: only the runner's own signal can answer in time. */
const progress = (here: Projector | undefined, options: { lagLimit?: number } = {}) =>
  new ProjectionProgress({ store: kit.store, db: kit.pool, projections: ALL_PROJECTIONS, projector: here, pollMs: here ? 60_000 : 25, ...options });

let minute = 0;
/** The next minute of 2025-03-07: commands are dated after the journey, in order. */
const nextMinute = () => new Date(Date.UTC(2025, 2, 7, 10, minute++)).toISOString();

const postMessage = (n: number) => script.do('PostMessage', nextMinute(), consumer(), { messageId: `msg-${n}`, body: `note ${n}` });
/** Evidence: an event the scorecard does not handle, so its checkpoint never records its position. */
const attachEvidence = (n: number) => script.do('AttachEvidence', nextMinute(), consumer(), { kind: 'PHOTO', name: `photo-${n}.jpg`, sha256: String(n).repeat(64) });

describe('waitForPosition', () => {
  it('answers once the runner of this process has applied the position: the next read sees the write', async () => {
    await postMessage(1);
    expect(await progress(projector).waitForPosition(script.lastPosition!, 15_000)).toBe(true);
    expect((await new DisputeSummaries(kit.dataSource).findDisputeSummary('d-1'))!.version).toBe(script.events.length - 1);
  });

  it('reads no checkpoint while every projection is led here: the runners answer', async () => {
    let queries = 0;
    const db: Queryable = { query: async (sql, values) => (queries++, kit.pool.query(sql, values)) };
    const here = new ProjectionProgress({ store: kit.store, db, projections: ALL_PROJECTIONS, projector, pollMs: 1 });
    await postMessage(8);
    expect(await here.waitForPosition(script.lastPosition!, 15_000)).toBe(true);
    expect(queries).toBe(0);
  });

  it('polls the checkpoints when the runners are in another process', async () => {
    await postMessage(2);
    expect(await progress(undefined).waitForPosition(script.lastPosition!, 15_000)).toBe(true);
    expect((await new DisputeSummaries(kit.dataSource).findDisputeSummary('d-1'))!.version).toBe(script.events.length - 1);
  });

  it.each([
    ['in this process', true],
    ['in another process', false],
  ])('counts a projection as past an event it does not handle (%s)', async (_where, here) => {
    await attachEvidence(here ? 3 : 4);
    expect(await progress(here ? projector : undefined).waitForPosition(script.lastPosition!, 15_000, ['merchant-scorecard'])).toBe(true);
    const { rows } = await kit.pool.query(`SELECT position::text FROM read_models.projection_checkpoints WHERE projection = 'merchant-scorecard'`);
    expect(BigInt(rows[0].position)).toBeLessThan(script.lastPosition!);
  });

  it('waits on no runner that stands by here, and leaves no runner waiting once answered', async () => {
    const standby = kit.projector(ALL_PROJECTIONS);
    standby.start();
    await postMessage(9);
    expect(await progress(undefined).waitForPosition(script.lastPosition!, 15_000)).toBe(true);
    const here = new ProjectionProgress({ store: kit.store, db: kit.pool, projections: ALL_PROJECTIONS, projector: standby, pollMs: 25 });
    expect(await here.waitForPosition(script.lastPosition!, 15_000)).toBe(true);
    // `projector` leads: the answer came from the poll; a runner wait left behind would keep a
    // listener (and a 50 ms timer) until its own timeout.
    const waitsOn = (runner: Projector['runners'][number]) => (runner as unknown as { listeners: Set<unknown> }).listeners.size;
    for (const runner of standby.runners) expect([runner.isLeading, waitsOn(runner)]).toEqual([false, 0]);
    await standby.stop();
  });

  describe('when another process announces its commits', () => {
    /** No runner here and a poll slowed to a minute: only the announcements can answer in time. */
    const listening = async () => {
      let queries = 0;
      const db: Queryable = { query: async (sql, values) => (queries++, kit.pool.query(sql, values)) };
      const applied = new AppliedListener(kit.database.url);
      await applied.listen();
      const elsewhere = new ProjectionProgress({ store: kit.store, db, projections: ALL_PROJECTIONS, pollMs: 60_000, announcedPollMs: 60_000, applied });
      return { elsewhere, applied, queries: () => queries };
    };

    it('answers as the projector announces its commit, without reading a checkpoint, and the next read sees the write', async () => {
      const { elsewhere, queries } = await listening();
      try {
        await postMessage(10);
        expect(await elsewhere.waitForPosition(script.lastPosition!, 15_000)).toBe(true);
        expect((await new DisputeSummaries(kit.dataSource).findDisputeSummary('d-1'))!.version).toBe(script.events.length - 1);
        // A wait that begins after the announcement is answered from it at once.
        expect(await elsewhere.waitForPosition(script.lastPosition!, 50)).toBe(true);
        expect(queries()).toBe(0);
      } finally {
        await elsewhere.close();
      }
    });

    it('counts as announced a projection with nothing to apply in the batch', async () => {
      const { elsewhere, queries } = await listening();
      try {
        await attachEvidence(6);
        expect(await elsewhere.waitForPosition(script.lastPosition!, 15_000, ['merchant-scorecard'])).toBe(true);
        expect(queries()).toBe(0);
      } finally {
        await elsewhere.close();
      }
    });

    it('forgets what it heard when its listening connection is lost (a crash may have taken those commits back)', async () => {
      const { elsewhere, applied, queries } = await listening();
      try {
        await postMessage(4);
        expect(await elsewhere.waitForPosition(script.lastPosition!, 15_000)).toBe(true);
        expect(queries()).toBe(0);
        await kit.pool.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`, [LISTENING_CONNECTION_NAME]);
        while (applied.heardWithin(60_000)) await new Promise((resolve) => setTimeout(resolve, 10));
        // Not answered from memory any more: only the poll of the checkpoints (here slowed to a minute) or a new announcement can.
        expect(await elsewhere.waitForPosition(script.lastPosition!, 200)).toBe(false);
        expect(queries()).toBe(0);
      } finally {
        await elsewhere.close();
      }
    });

    it('does not answer for a position no commit has announced yet', async () => {
      const { elsewhere } = await listening();
      try {
        expect(await elsewhere.waitForPosition(script.lastPosition! + 1_000n, 300)).toBe(false);
      } finally {
        await elsewhere.close();
      }
    });
  });

  it('gives up after the timeout when the projections are not running', async () => {
    // Every projection past everything so far (the test before waited for the scorecard only):
    // the lag below then counts exactly what is written after the stop.
    await catchUp(projector, script.lastPosition);
    await projector.stop();
    await postMessage(5);
    const started = Date.now();
    expect(await progress(undefined).waitForPosition(script.lastPosition!, 300, ['dispute-cases'])).toBe(false);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('refuses an unknown projection', () => {
    expect(() => progress(undefined).waitForPosition(1n, 10, ['nope'])).toThrow('unknown projection "nope"');
  });
});

describe('lag', () => {
  it('counts, per projection, the events it handles that are not applied yet', async () => {
    await postMessage(6);
    await attachEvidence(7);
    await script.do('WithdrawClaim', nextMinute(), consumer(), {});
    // Stopped: messages 5 and 6, the evidence and the withdrawal wait. The scorecard ignores the evidence.
    await untilVisible(kit.store, script.lastPosition!);
    const lag = await progress(undefined).lag();
    expect(lag.map(({ projection, eventsBehind, atLeast, runningHere }) => ({ projection, eventsBehind, atLeast, runningHere }))).toEqual([
      { projection: 'dispute-cases', eventsBehind: 4, atLeast: false, runningHere: false },
      { projection: 'dispute-timeline', eventsBehind: 4, atLeast: false, runningHere: false },
      { projection: 'merchant-scorecard', eventsBehind: 3, atLeast: false, runningHere: false },
      // Of these events, only the withdrawal is a mediation's fact.
      { projection: 'mediation-activity', eventsBehind: 1, atLeast: false, runningHere: false },
    ]);
    expect(lag[0].head).toBe(script.lastPosition);
    expect((await progress(undefined, { lagLimit: 2 }).lag()).map((l) => [l.eventsBehind, l.atLeast])).toEqual([[2, true], [2, true], [2, true], [1, false]]);
  });

  it('falls to zero once the runners catch up, and says which run here', async () => {
    const again = kit.projector(ALL_PROJECTIONS);
    await catchUp(again, script.lastPosition);
    expect((await progress(again).lag()).map(({ eventsBehind, runningHere }) => ({ eventsBehind, runningHere }))).toEqual([
      { eventsBehind: 0, runningHere: true },
      { eventsBehind: 0, runningHere: true },
      { eventsBehind: 0, runningHere: true },
      { eventsBehind: 0, runningHere: true },
    ]);
  });
});

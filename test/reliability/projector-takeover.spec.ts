import { PostgresEventStore } from '@recours/event-store';
import { createTestDatabase, phoneClaim, type TestDatabase } from '@recours/testing';
import { Client } from 'pg';
import { playJourneys } from '../../libs/read-models/src/testing/journeys';
import { reportFigures, Tally } from './support/figures';
import { gql, outcomeOf } from './support/http';
import { RecoursProcess, sleep, startApi, startProjector } from './support/processes';
import { compareWithRebuild, countEvents, query, waitForProjections } from './support/read-models';

/**
 * Projector processes as they run in production (node dist/apps/projector/src/main.js), next to
 * an API process with PROJECTIONS=external under a steady trickle of commands. Each round: the
 * leader is paused while a backlog builds up, resumed so it applies the backlog in 500-event
 * transactions, and SIGKILLed while one of them is open; the process standing by takes over.
 * At the end the read models equal a fresh rebuild, and every acknowledged command is in them.
 */
const ROUNDS = 3;
const DISPUTES_PER_BACKLOG = 400;
const PROJECTIONS = ['dispute-cases', 'dispute-timeline', 'merchant-scorecard', 'mediation-activity'];

describe('projector crash and takeover', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let api: Awaited<ReturnType<typeof startApi>>;
  const projectors: RecoursProcess[] = [];
  let monitor: Client;

  afterAll(async () => {
    for (const p of projectors) await p.stop('SIGKILL');
    await api?.process.stop();
    await monitor?.end().catch(() => undefined);
    await store?.close();
    await database?.drop();
  });

  /** The leader's lease connections, and whether one of them is inside a transaction (a batch). */
  /**
   * A batch transaction is open in the leader: on a runner's own connection (the one holding its
   * lease, while it catches up in pages), or on the live tail's, which applies the batches of the
   * runners that have caught up (the standby's runners never join one: they lead nothing).
   */
  async function leaderInBatch(): Promise<boolean> {
    const { rows } = await monitor.query<{ busy: boolean }>(
      `SELECT bool_or(a.xact_start IS NOT NULL AND a.state <> 'idle') AS busy
         FROM pg_stat_activity a
        WHERE a.datname = current_database()
          AND ((a.application_name LIKE 'recours-projection:%' AND EXISTS (SELECT 1 FROM pg_locks l WHERE l.pid = a.pid AND l.locktype = 'advisory' AND l.granted))
               OR a.application_name = 'recours-projection-tail')`,
    );
    return rows[0].busy === true;
  }

  const leads = (p: RecoursProcess) => PROJECTIONS.every((name) => p.output.includes(`projection ${name}: leading`));

  it(`${ROUNDS} leaders SIGKILLed mid-batch; the one standing by takes over each time; read models equal a rebuild`, async () => {
    database = await createTestDatabase('takeover');
    store = await PostgresEventStore.start({ connectionString: database.url, poolSize: 4 });
    monitor = new Client({ connectionString: database.url, application_name: 'recours-reliability-monitor' });
    await monitor.connect();
    const env = { DEADLINES_INTERVAL_MS: '3600000' }; // the journeys' deadlines are long past: keep the deadline process out of it
    api = await startApi(database.url, { PROJECTIONS: 'external' });

    let leader = await startProjector('projector-1', database.url, env);
    projectors.push(leader);
    const deadline = Date.now() + 30_000;
    while (!leads(leader)) {
      if (Date.now() > deadline) throw new Error(`projector-1 did not lead:\n${leader.output}`);
      await sleep(50);
    }
    let standby = await startProjector('projector-2', database.url, env);
    projectors.push(standby);
    await standby.waitForOutput(/another process leads it; standing by/);

    // A steady trickle of commands through the API for the whole test.
    const signUp = async (role: 'CONSUMER' | 'MERCHANT', name: string) =>
      (
        await gql<{ signUp: { token: string; user: { merchantId: string | null } } }>(api.url, `mutation($i: SignUpInput!) { signUp(input: $i) { token user { merchantId } } }`, {
          i: { email: `${name}-${Date.now()}@example.test`, password: 'Correct-Horse-42', displayName: name, role, ...(role === 'MERCHANT' ? { merchantName: `${name} shop` } : {}) },
        })
      ).data!.signUp;
    const consumer = await signUp('CONSUMER', 'trickle');
    const merchant = await signUp('MERCHANT', 'trickleshop');
    const disputeIds: string[] = [];
    for (let i = 0; i < 4; i++) {
      const filed = await gql<{ fileClaim: { id: string } }>(api.url, `mutation($i: FileClaimInput!) { fileClaim(input: $i) { id } }`, { i: phoneClaim(merchant.user.merchantId!) }, { token: consumer.token });
      disputeIds.push(filed.data!.fileClaim.id);
    }
    const codes = new Tally();
    const acknowledged: string[] = [];
    let trickling = true;
    const trickle = Promise.all(
      disputeIds.map(async (disputeId, client) => {
        for (let n = 0; trickling; n++) {
          const body = `trickle ${client}-${n}`;
          const answer = await gql(api.url, `mutation($i: PostMessageInput!) { postMessage(input: $i) { version } }`, { i: { disputeId, body, commandId: `trickle-${client}-${n}` } }, { token: consumer.token, timeoutMs: 20_000 });
          codes.add(outcomeOf(answer));
          if (outcomeOf(answer) === 'OK') acknowledged.push(body);
          await sleep(100);
        }
      }),
    );

    const takeovers: number[] = [];
    let killedInBatch = 0;
    let backlogEvents = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      // The leader stops (SIGSTOP: its lease stays held) while a backlog builds up.
      leader.child.kill('SIGSTOP');
      const before = await countEvents(database.url);
      await playJourneys(store, DISPUTES_PER_BACKLOG, `r${round}`);
      backlogEvents += (await countEvents(database.url)) - before;
      leader.child.kill('SIGCONT');
      // It catches up in batches of 500 events, one transaction each: kill it inside one.
      const until = Date.now() + 20_000;
      let inBatch = false;
      while (!(inBatch = await leaderInBatch()) && Date.now() < until) await sleep(2);
      leader.child.kill('SIGKILL');
      const killedAt = Date.now();
      if (inBatch) killedInBatch++;
      await leader.exited;
      // The process standing by leads every projection within a few seconds.
      while (!leads(standby)) {
        if (Date.now() - killedAt > 15_000) throw new Error(`the standby did not take over:\n${standby.output.slice(-3000)}`);
        await sleep(20);
      }
      takeovers.push(Date.now() - killedAt);
      leader = standby;
      standby = await startProjector(`projector-${round + 2}`, database.url, env);
      projectors.push(standby);
      await standby.waitForOutput(/another process leads it; standing by/);
    }

    trickling = false;
    await trickle;
    await waitForProjections(database.url, 60_000);
    // Every acknowledged command reached the read models.
    const rows = await query<{ summary: string }>(database.url, `SELECT summary FROM read_models.dispute_timeline WHERE event_type = 'MessagePosted' AND dispute_id = ANY($1)`, [disputeIds]);
    const timeline = rows.map((r) => r.summary).join('\n');
    const missing = acknowledged.filter((body) => !timeline.includes(`“${body}”`));
    expect(missing).toEqual([]);
    const stored = await query<{ n: number }>(database.url, `SELECT count(*)::int AS n FROM event_store.events WHERE type = 'MessagePosted' AND stream_id = ANY($1)`, [disputeIds.map((id) => `dispute-${id}`)]);
    expect(stored[0].n).toBe(acknowledged.length);

    const comparison = await compareWithRebuild(database.url);
    expect(comparison.differences).toEqual([]);
    expect(killedInBatch).toBe(ROUNDS);
    reportFigures('projector crash and takeover', {
      'leaders SIGKILLed': ROUNDS,
      'killed with a batch transaction open': killedInBatch,
      'takeover ms (kill → the standby leads all 3 projections)': takeovers.join(', '),
      'backlog events written while the leader was paused': backlogEvents,
      'events in the store': await countEvents(database.url),
      'API commands sent / acknowledged / in the store / in the read models': `${codes.total()} / ${acknowledged.length} / ${stored[0].n} / ${acknowledged.length - missing.length}`,
      'API answers by code': codes.counts,
      'read-model rows equal to a rebuild': comparison.rows,
    });
  });
});

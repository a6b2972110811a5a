import { createTestDatabase, phoneClaim, type TestDatabase } from '@recours/testing';
import { Client } from 'pg';
import { reportFigures } from './support/figures';
import { gql, outcomeOf, send } from './support/http';
import { apiActorsOverHttp } from './support/http-actors';
import { RecoursProcess, sleep, startApi, startProjector } from './support/processes';
import { query } from './support/read-models';

/**
 * SIGTERM, as Kubernetes sends it before a pod goes: the API stops taking requests and answers
 * the commands in flight before it exits; a projector finishes its batch and hands its leases
 * back, and the one standing by leads at once.
 */
describe('graceful shutdown on SIGTERM', () => {
  let database: TestDatabase;
  const processes: RecoursProcess[] = [];
  let locker: Client | undefined;

  beforeAll(async () => {
    database = await createTestDatabase('shutdown');
  });

  afterAll(async () => {
    await locker?.end().catch(() => undefined);
    for (const p of processes) await p.stop('SIGKILL');
    await database?.drop();
  });

  it('the API answers its commands in flight, refuses new work, and exits 0', async () => {
    const api = await startApi(database.url, { PROJECTIONS: 'external', SHUTDOWN_DRAIN_DELAY_MS: '1500' });
    processes.push(api.process);
    const base = api.url.replace(/\/graphql$/, '');
    const actors = apiActorsOverHttp(api.url);
    const consumer = await actors.signUp('CONSUMER', 'leaving');
    const merchant = await actors.signUp('MERCHANT', 'leavingshop');
    const filed = await gql<{ fileClaim: { id: string } }>(api.url, `mutation($i: FileClaimInput!) { fileClaim(input: $i) { id } }`, { i: phoneClaim(merchant.merchantId!) }, { token: consumer.token });
    const disputeId = filed.data!.fileClaim.id;

    // Appends wait behind this lock (reads do not): the commands are in flight when SIGTERM comes.
    locker = new Client({ connectionString: database.url });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE event_store.events IN EXCLUSIVE MODE');
    const inFlight = Array.from({ length: 8 }, (_, n) =>
      gql(api.url, `mutation($i: PostMessageInput!) { postMessage(input: $i) { version } }`, { i: { disputeId, body: `in flight ${n}`, commandId: `in-flight-${n}` } }, { token: consumer.token, timeoutMs: 30_000 }),
    );
    const waiting = async () => (await query<{ n: number }>(database.url, `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`))[0].n;
    for (const deadline = Date.now() + 15_000; (await waiting()) === 0; await sleep(20)) if (Date.now() > deadline) throw new Error('the commands never reached the append');

    // Held for about 4 s in all: well within the pool's 10 s query timeout.
    const sigterm = Date.now();
    api.process.child.kill('SIGTERM');
    await api.process.waitForOutput(/SIGTERM: not ready any more/);
    const readyWhileDraining = await send(`${base}/health/ready`, undefined, { method: 'GET', headers: { connection: 'close' } });
    const liveWhileDraining = await send(`${base}/health/live`, undefined, { method: 'GET', headers: { connection: 'close' } });
    await sleep(Math.max(0, sigterm + 1_500 + 300 - Date.now())); // past the drain delay: the port is closed
    const afterClose = await gql(api.url, `mutation($i: PostMessageInput!) { postMessage(input: $i) { version } }`, { i: { disputeId, body: 'too late', commandId: 'too-late' } }, { token: consumer.token, timeoutMs: 2_000, headers: { connection: 'close' } });

    await locker.query('COMMIT');
    const answers = await Promise.all(inFlight);
    const code = await api.process.exited;

    const stored = await query<{ n: number }>(database.url, `SELECT count(*)::int AS n FROM event_store.events WHERE command_id LIKE 'in-flight-%'`);
    const tooLate = await query<{ n: number }>(database.url, `SELECT count(*)::int AS n FROM event_store.events WHERE command_id = 'too-late'`);
    reportFigures('graceful shutdown: API', {
      'commands in flight at SIGTERM / answered OK / stored': `${inFlight.length} / ${answers.filter((a) => outcomeOf(a) === 'OK').length} / ${stored[0].n}`,
      '/health/ready and /health/live while draining': `${readyWhileDraining.status} / ${liveWhileDraining.status}`,
      'a command sent after the port closed': `${outcomeOf(afterClose)}${afterClose.networkError ? '' : ` (${afterClose.status})`}`,
      'exit code': String(code),
    });
    expect(readyWhileDraining.status).toBe(503);
    expect(liveWhileDraining.status).toBe(200);
    expect(answers.map(outcomeOf)).toEqual(inFlight.map(() => 'OK'));
    expect(stored[0].n).toBe(inFlight.length);
    expect(outcomeOf(afterClose)).toMatch(/^NETWORK:/);
    expect(tooLate[0].n).toBe(0);
    expect(code).toBe(0);
    expect(api.process.output).toMatch(/the 8 request\(s\) in flight were answered/);
  });

  it('a projector hands its leases back on SIGTERM; the one standing by leads at once', async () => {
    const env = { DEADLINES_INTERVAL_MS: '3600000' };
    const first = await startProjector('projector-1', database.url, env);
    processes.push(first);
    await first.waitForOutput(/projection merchant-scorecard: leading/);
    const second = await startProjector('projector-2', database.url, env);
    processes.push(second);
    await second.waitForOutput(/another process leads it; standing by/);

    const stoppedAt = Date.now();
    first.child.kill('SIGTERM');
    const code = await first.exited;
    const stopMs = Date.now() - stoppedAt;
    for (const name of ['dispute-cases', 'dispute-timeline', 'merchant-scorecard', 'mediation-activity']) await second.waitForOutput(new RegExp(`projection ${name}: leading`), 10_000);
    const takeoverMs = Date.now() - stoppedAt;
    reportFigures('graceful shutdown: projector', { 'exit code': String(code), 'SIGTERM → exited, ms': stopMs, 'SIGTERM → the other leads all 3 projections, ms': takeoverMs });
    expect(code).toBe(0);
    expect(first.output).toMatch(/projections stopped: their leases are handed back/);
  });
});

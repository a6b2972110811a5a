import { createTestDatabase, phoneClaim, startSmtpInbox, type SmtpInbox, type TestDatabase } from '@recours/testing';
import { reportFigures, Tally } from './support/figures';
import { gql, outcomeOf } from './support/http';
import { apiActorsOverHttp } from './support/http-actors';
import { LoadBalancer } from './support/load-balancer';
import { RecoursProcess, sleep, startApi, startNotifier, startProjector } from './support/processes';
import { compareWithRebuild, query, waitForProjections } from './support/read-models';

/**
 * A cluster on one machine: 3 API processes behind a local load balancer, 2 projectors and 2
 * notifiers sending to a real SMTP server, under a steady load of commands from clients that
 * retry with the same idempotency key when an answer does not come, as a real client does.
 * Midway one API process is SIGKILLed with requests in flight, then the projector leading
 * dispute-cases, then the notifier leading the sending. Nothing acknowledged may be lost, nothing
 * stored twice, the read models must equal a rebuild from the events, and every notification
 * must reach the SMTP server (at most the one in flight at the kill twice, with the same Message-ID).
 */
const CLIENTS = 12;
const DISPUTES = 4;
const LOAD_MS = 14_000;

describe('three APIs, two projectors: one of each killed under load', () => {
  let database: TestDatabase;
  const apis: Array<Awaited<ReturnType<typeof startApi>>> = [];
  const projectors: RecoursProcess[] = [];
  const notifiers: RecoursProcess[] = [];
  let inbox: SmtpInbox | undefined;
  let balancer: LoadBalancer | undefined;

  afterAll(async () => {
    await balancer?.stop();
    for (const p of projectors) await p.stop('SIGKILL');
    for (const n of notifiers) await n.stop('SIGKILL');
    await inbox?.close();
    for (const a of apis) await a.process.stop('SIGKILL');
    await database?.drop();
  });

  // Longer than the suite's default: seven processes start on a shared machine, then every e-mail is awaited.
  it('loses nothing acknowledged and stores nothing twice', async () => {
    database = await createTestDatabase('cluster');
    const env = { DEADLINES_INTERVAL_MS: '3600000' };
    for (let i = 0; i < 3; i++) apis.push(await startApi(database.url, { PROJECTIONS: 'external', ...env }));
    for (let i = 1; i <= 2; i++) projectors.push(await startProjector(`projector-${i}`, database.url, env));
    inbox = await startSmtpInbox();
    for (let i = 1; i <= 2; i++) notifiers.push(await startNotifier(`notifier-${i}`, database.url, { SMTP_URL: inbox.url, MAIL_FROM: 'recours <no-reply@cluster.test>' }));
    balancer = new LoadBalancer(apis.map((a) => Number(new URL(a.url).port)));
    const url = `${await balancer.start()}/graphql`;

    const actors = apiActorsOverHttp(url);
    const consumer = await actors.signUp('CONSUMER', 'cluster');
    const merchant = await actors.signUp('MERCHANT', 'clustershop');
    const disputeIds: string[] = [];
    for (let i = 0; i < DISPUTES; i++) {
      const filed = await gql<{ fileClaim: { id: string } }>(url, `mutation($i: FileClaimInput!) { fileClaim(input: $i) { id } }`, { i: phoneClaim(merchant.merchantId!) }, { token: consumer.token });
      disputeIds.push(filed.data!.fileClaim.id);
    }

    const codes = new Tally();
    const acknowledged: Array<{ commandId: string; body: string }> = [];
    const sent = new Set<string>();
    let retries = 0;
    let gaveUp = 0;
    const loadEnds = Date.now() + LOAD_MS;
    const load = Promise.all(
      Array.from({ length: CLIENTS }, async (_, client) => {
        const disputeId = disputeIds[client % DISPUTES];
        for (let n = 0; Date.now() < loadEnds; n++) {
          const commandId = `cluster-${client}-${n}`;
          const body = `message ${client}-${n}`;
          sent.add(commandId);
          // Retried with the same key until an answer comes: the answer, not the attempt, is what counts.
          for (let attempt = 1; ; attempt++) {
            const answer = await gql(url, `mutation($i: PostMessageInput!) { postMessage(input: $i) { version } }`, { i: { disputeId, body, commandId } }, { token: consumer.token, timeoutMs: 15_000 });
            const outcome = outcomeOf(answer);
            codes.add(outcome);
            if (outcome === 'OK') {
              acknowledged.push({ commandId, body });
              break;
            }
            if (attempt >= 30) {
              gaveUp++;
              break;
            }
            retries++;
            await sleep(100);
          }
        }
      }),
    );

    await sleep(LOAD_MS / 3);
    const killedApi = apis[0];
    killedApi.process.child.kill('SIGKILL');
    await killedApi.process.exited;
    await sleep(LOAD_MS / 6);
    const leader = projectors.find((p) => p.output.includes('projection dispute-cases: leading'))!;
    const standby = projectors.find((p) => p !== leader)!;
    const takeoverFrom = standby.output.length;
    leader.child.kill('SIGKILL');
    const projectorKilledAt = Date.now();
    await leader.exited;
    while (!standby.output.slice(takeoverFrom).includes('projection dispute-cases: leading') && !leadsAll(standby)) {
      if (Date.now() - projectorKilledAt > 20_000) throw new Error(`the standby projector did not take over:\n${standby.output.slice(-3000)}`);
      await sleep(20);
    }
    const takeoverMs = Date.now() - projectorKilledAt;
    await sleep(LOAD_MS / 6);
    const sending = notifiers.find((n) => n.output.includes('notification sender: leading'))!;
    sending.child.kill('SIGKILL');
    await sending.exited;
    await load;

    // Lost: acknowledged but not stored, or not in the read models. Twice: a key stored more than once.
    await waitForProjections(database.url, 60_000);
    const stored = await query<{ command_id: string; n: number }>(
      database.url,
      `SELECT command_id, count(*)::int AS n FROM event_store.events WHERE type = 'MessagePosted' AND stream_id = ANY($1) GROUP BY command_id`,
      [disputeIds.map((id) => `dispute-${id}`)],
    );
    const storedCount = new Map(stored.map((r) => [r.command_id, r.n]));
    const lost = acknowledged.filter((a) => storedCount.get(a.commandId) !== 1);
    const twice = stored.filter((r) => r.n > 1);
    const timeline = (await query<{ summary: string }>(database.url, `SELECT summary FROM read_models.dispute_timeline WHERE event_type = 'MessagePosted' AND dispute_id = ANY($1)`, [disputeIds])).map((r) => r.summary);
    const notProjected = acknowledged.filter((a) => timeline.filter((s) => s.includes(`“${a.body}”`)).length !== 1);
    const comparison = await compareWithRebuild(database.url);

    // Every message told the merchant's agent by e-mail: each outbox row sent, each reaching the SMTP server.
    process.stdout.write(`[reliability] cluster: load done, read models checked; waiting for the outbox\n`);
    const emailDeadline = Date.now() + 120_000;
    let unsent = Infinity;
    while (unsent > 0 && Date.now() < emailDeadline) {
      unsent = (await query<{ n: number }>(database.url, `SELECT count(*)::int AS n FROM notifications.outbox WHERE state <> 'SENT'`))[0].n;
      if (unsent > 0) await sleep(200);
    }
    const outbox = await query<{ id: string; event_id: string }>(database.url, `SELECT o.id::text, o.event_id::text FROM notifications.outbox o JOIN event_store.events e ON e.id = o.event_id WHERE e.type = 'MessagePosted'`);
    const receivedIds = inbox.received.map((mail) => /^Message-ID: <([0-9a-f-]{36})@/im.exec(mail.raw)?.[1]);
    const receivedOnce = new Set(receivedIds);
    const notEmailed = outbox.filter((row) => !receivedOnce.has(row.id));
    const emailedTwice = receivedIds.length - receivedOnce.size;

    reportFigures('three APIs, two projectors, one of each killed under load', {
      'clients × duration': `${CLIENTS} clients on ${DISPUTES} disputes for ${LOAD_MS / 1000} s`,
      'commands sent / acknowledged / stored': `${sent.size} / ${acknowledged.length} / ${stored.length}`,
      'attempts retried with the same key (no answer, a reset connection, UNAVAILABLE)': retries,
      'commands given up after 30 attempts': gaveUp,
      'answers by code': codes.counts,
      'connections per API (the killed one first)': balancer.routed.join(' / '),
      'load-balancer failovers (refused connections sent on)': balancer.failovers,
      'projector takeover ms (SIGKILL → the standby leads dispute-cases)': takeoverMs,
      'acknowledged but lost / stored twice / not projected exactly once': `${lost.length} / ${twice.length} / ${notProjected.length}`,
      'read-model rows equal to a rebuild': comparison.rows,
      'notifier: messages told by e-mail / rows not sent / not received / received twice (same Message-ID)': `${outbox.length} / ${unsent} / ${notEmailed.length} / ${emailedTwice}`,
    });
    expect(acknowledged.length).toBeGreaterThan(CLIENTS * 5);
    expect(lost).toEqual([]);
    expect(twice).toEqual([]);
    expect(notProjected).toEqual([]);
    expect(gaveUp).toBe(0);
    expect(comparison.differences).toEqual([]);
    expect(outbox.length).toBe(acknowledged.length); // one e-mail per message, to the merchant's one agent
    expect(unsent).toBe(0);
    expect(notEmailed).toEqual([]);
    expect(emailedTwice).toBeLessThanOrEqual(1);
    expect(balancer.routed[0]).toBeGreaterThan(0); // the killed API did take traffic before it died
  }, 300_000);
});

const leadsAll = (p: RecoursProcess) => ['dispute-cases', 'dispute-timeline', 'merchant-scorecard', 'mediation-activity'].every((name) => p.output.includes(`projection ${name}: leading`));

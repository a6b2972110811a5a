import { openedEventsOfType } from './support/opened-events';
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { findFreePort } from '@recours/database';
import { createTestDatabase, phoneClaim, startSmtpInbox, type SmtpInbox, type TestDatabase } from '@recours/testing';
import { reportFigures } from './support/figures';
import { gql } from './support/http';
import { apiActorsOverHttp, type HttpAccount } from './support/http-actors';
import { RecoursProcess, sleep, startApi, startNotifier } from './support/processes';
import { query } from './support/read-models';

/**
 * The notifier against real peers: an SMTP server (smtp-server on 127.0.0.1) that refuses
 * connections for 30 s then comes back, a webhook receiver that answers 500 then 200, the
 * notifier SIGKILLed mid-batch and restarted, two notifiers at once. Nothing may be lost, nothing
 * sent twice when the platform knew the first attempt succeeded (where an acknowledgement itself
 * is lost, the Message-ID / Recours-Delivery id is the same, for the receiver to drop), and each
 * recipient gets its messages in the order of the events.
 */
const FROM = 'recours <no-reply@reliability.test>';

interface Hook {
  delivery: string;
  signature: string;
  body: string;
  status: number;
}

describe('notifications against real peers', () => {
  let database: TestDatabase;
  let api: Awaited<ReturnType<typeof startApi>>;
  let consumer: HttpAccount;
  let merchant: HttpAccount;
  let disputeId: string;
  let merchantEmail: string;
  const notifiers: RecoursProcess[] = [];
  const inboxes: SmtpInbox[] = [];
  let receiver: Server | undefined;

  const notifier = async (name: string, smtpUrl: string) => {
    const started = await startNotifier(name, database.url, { SMTP_URL: smtpUrl, MAIL_FROM: FROM, WEBHOOKS_ALLOW_PRIVATE_NETWORKS: 'true' });
    notifiers.push(started);
    return started;
  };
  const stopNotifiers = async () => {
    for (const n of notifiers.splice(0)) await n.stop('SIGTERM');
  };
  /** Posts `n` shared messages as the consumer: each is one e-mail to the merchant's agent. Answers the bodies, in order. */
  const post = async (n: number, label: string): Promise<string[]> => {
    const bodies: string[] = [];
    for (let i = 0; i < n; i++) {
      const body = `${label} ${i}`;
      const answer = await gql(api.url, `mutation($i: PostMessageInput!) { postMessage(input: $i) { version } }`, { i: { disputeId, body } }, { token: consumer.token });
      if (!answer.data) throw new Error(`postMessage failed: ${JSON.stringify(answer.errors)}`);
      bodies.push(body);
    }
    return bodies;
  };
  /** The outbox ids of the e-mails telling of these messages, in the order of the events. */
  const emailRowsFor = async (bodies: string[]) => {
    // The bodies are sealed in the events table: matched on the events as recours reads them.
    const events = (await openedEventsOfType(database.url, ['MessagePosted'])).filter((e) => bodies.includes((e.data as { body: string }).body));
    const rows = await query<{ id: string; event_id: string }>(
      database.url,
      `SELECT o.id::text, o.event_id::text FROM notifications.outbox o WHERE o.channel = 'EMAIL' AND o.event_id = ANY($1::uuid[]) ORDER BY o.seq`,
      [events.map((e) => e.id)],
    );
    return rows.map((r) => ({ id: r.id, body: (events.find((e) => e.id === r.event_id)?.data as { body: string }).body }));
  };
  const messageIdOf = (raw: string) => /^Message-ID: <([0-9a-f-]{36})@/im.exec(raw)?.[1];
  const waitUntil = async (what: string, done: () => boolean | Promise<boolean>, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await done())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await sleep(100);
    }
  };

  beforeAll(async () => {
    database = await createTestDatabase('notifications_reliability');
    api = await startApi(database.url, { PROJECTIONS: 'in-process', WEBHOOKS_ALLOW_PRIVATE_NETWORKS: 'true' });
    const actors = apiActorsOverHttp(api.url);
    consumer = await actors.signUp('CONSUMER', 'claire');
    merchant = await actors.signUp('MERCHANT', 'phoneshop');
    const filed = await gql<{ fileClaim: { id: string } }>(api.url, `mutation($i: FileClaimInput!) { fileClaim(input: $i) { id } }`, { i: phoneClaim(merchant.merchantId!) }, { token: consumer.token });
    disputeId = filed.data!.fileClaim.id;
    merchantEmail = (await query<{ email: string }>(database.url, `SELECT email FROM accounts.accounts WHERE merchant_id = $1`, [merchant.merchantId]))[0].email;
  });

  afterAll(async () => {
    for (const n of notifiers) await n.stop('SIGKILL');
    for (const inbox of inboxes) await inbox.close();
    receiver?.close();
    await api?.process.stop('SIGKILL');
    await database?.drop();
  });

  it('an SMTP server refusing connections for 30 s, then back: every e-mail arrives once, in order, the first retry within a minute', async () => {
    const port = await findFreePort();
    const credentials = { user: 'recours', pass: 'mail-secret-1' };
    await notifier('notifier-smtp', `smtp://${credentials.user}:${credentials.pass}@127.0.0.1:${port}`);
    const bodies = await post(5, 'while the SMTP server is down');
    const downAt = Date.now();
    await sleep(30_000);
    const inbox = await startSmtpInbox(credentials, { port });
    inboxes.push(inbox);
    const backAt = Date.now();
    const rows = await emailRowsFor(bodies);
    await waitUntil('the five e-mails', () => rows.every((row) => inbox.received.some((mail) => messageIdOf(mail.raw) === row.id)), 120_000);
    const allInAt = Date.now();
    const attempts = await query<{ outbox_id: string; attempted_at: Date; error: string | null }>(
      database.url,
      `SELECT outbox_id::text, attempted_at, error FROM notifications.delivery_attempts WHERE outbox_id = ANY($1) ORDER BY id`,
      [rows.map((r) => r.id)],
    );
    const first = attempts.filter((a) => a.outbox_id === rows[0].id);
    const firstRetryMs = first[1].attempted_at.getTime() - first[0].attempted_at.getTime();
    const received = inbox.received.map((mail) => messageIdOf(mail.raw)).filter((id) => rows.some((r) => r.id === id));
    await stopNotifiers();

    reportFigures('SMTP server refusing connections for 30 s, then back', {
      'e-mails stored / received / received twice': `${rows.length} / ${new Set(received).size} / ${received.length - new Set(received).size}`,
      'attempts of the first e-mail': first.length,
      'first retry after (ms)': firstRetryMs,
      'last error while down': first[0].error ?? '',
      'all received after the server came back (ms)': allInAt - backAt,
      'outage (ms)': backAt - downAt,
    });
    expect(received).toEqual(rows.map((r) => r.id)); // each once, in the order of the events
    expect(firstRetryMs).toBeLessThan(60_000);
  }, 180_000);

  it('a webhook receiver answering 500, then 200: each event delivered, signed, the same delivery id on every retry, in order', async () => {
    const hits: Hook[] = [];
    let failFirst = 1;
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const status = failFirst-- > 0 ? 500 : 200;
        hits.push({ delivery: String(req.headers['recours-delivery']), signature: String(req.headers['recours-signature']), body: Buffer.concat(chunks).toString('utf8'), status });
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => receiver!.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/recours`;
    const registered = await gql<{ registerWebhook: { secret: string; webhook: { id: string } } }>(
      api.url,
      `mutation($i: RegisterWebhookInput!) { registerWebhook(input: $i) { secret webhook { id } } }`,
      { i: { url, events: ['MESSAGE_POSTED'] } },
      { token: merchant.token },
    );
    const secret = registered.data!.registerWebhook.secret;
    const inbox = await startSmtpInbox();
    inboxes.push(inbox);
    await notifier('notifier-webhook', inbox.url);
    const bodies = await post(3, 'to the helpdesk');
    await waitUntil('three deliveries answered 200', () => new Set(hits.filter((h) => h.status === 200).map((h) => h.delivery)).size >= 3, 120_000);
    await stopNotifiers();

    const delivered = hits.filter((h) => h.status === 200);
    const retried = hits.filter((h) => h.status === 500);
    const sameIdSameBody = retried.every((r) => delivered.some((d) => d.delivery === r.delivery && d.body === r.body));
    const signaturesValid = hits.every((h) => {
      const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(h.signature) ?? [];
      return !!t && createHmac('sha256', secret).update(`${t}.${h.body}`).digest('hex') === v1;
    });
    const order = delivered.map((h) => (JSON.parse(h.body) as { data: { body: string } }).data.body);
    reportFigures('webhook receiver answering 500, then 200', {
      'events / POSTs / answered 500 / answered 200': `${bodies.length} / ${hits.length} / ${retried.length} / ${delivered.length}`,
      'same Recours-Delivery and body on the retry': sameIdSameBody,
      'signatures valid': signaturesValid,
    });
    expect(order).toEqual(bodies);
    expect(new Set(delivered.map((d) => d.delivery)).size).toBe(delivered.length); // once each
    expect(sameIdSameBody).toBe(true);
    expect(signaturesValid).toBe(true);
    expect(JSON.parse(delivered[0].body)).toMatchObject({ id: expect.any(String), type: 'MESSAGE_POSTED', occurredAt: expect.any(String), disputeId, data: { body: bodies[0] } });
    // Done with webhooks: the next scenarios count e-mails only.
    await gql(api.url, `mutation($id: ID!) { deleteWebhook(id: $id) }`, { id: registered.data!.registerWebhook.webhook.id }, { token: merchant.token });
  }, 180_000);

  it('the notifier SIGKILLed mid-batch and restarted: every e-mail arrives, at most the one in flight twice, in order', async () => {
    const inbox = await startSmtpInbox(undefined, { acceptAfterMs: 150 });
    inboxes.push(inbox);
    const first = await notifier('notifier-killed', inbox.url);
    const bodies = await post(30, 'across a crash');
    const rows = await emailRowsFor(bodies);
    const ours = () => inbox.received.map((mail) => messageIdOf(mail.raw)).filter((id) => rows.some((r) => r.id === id));
    await waitUntil('a third of the batch', () => ours().length >= 10, 60_000);
    first.child.kill('SIGKILL');
    const atKill = ours().length;
    await first.exited;
    notifiers.splice(notifiers.indexOf(first), 1);
    await notifier('notifier-restarted', inbox.url);
    await waitUntil('every e-mail', () => rows.every((r) => ours().includes(r.id)), 120_000);
    await stopNotifiers();
    const received = ours();
    const firstSeen = received.filter((id, i) => received.indexOf(id) === i);
    reportFigures('notifier SIGKILLed mid-batch and restarted', {
      'e-mails stored / received at the kill / received in all / twice': `${rows.length} / ${atKill} / ${new Set(received).size} / ${received.length - firstSeen.length}`,
    });
    expect(firstSeen).toEqual(rows.map((r) => r.id));
    expect(received.length - firstSeen.length).toBeLessThanOrEqual(1);
  }, 180_000);

  it('two notifiers at once: one sends, every e-mail once, in order', async () => {
    const inbox = await startSmtpInbox();
    inboxes.push(inbox);
    const [a, b] = [await notifier('notifier-a', inbox.url), await notifier('notifier-b', inbox.url)];
    const bodies = await post(20, 'two notifiers');
    const rows = await emailRowsFor(bodies);
    const ours = () => inbox.received.filter((mail) => mail.to === merchantEmail.toLowerCase()).map((mail) => messageIdOf(mail.raw)).filter((id) => rows.some((r) => r.id === id));
    await waitUntil('every e-mail', () => rows.every((r) => ours().includes(r.id)), 120_000);
    await sleep(2_000); // time for a duplicate to show, if any
    const leaders = [a, b].filter((n) => n.output.includes('notification sender: leading')).length;
    await stopNotifiers();
    reportFigures('two notifiers at once', { 'e-mails stored / received / twice': `${rows.length} / ${new Set(ours()).size} / ${ours().length - new Set(ours()).size}`, 'notifiers that led the sending': leaders });
    expect(ours()).toEqual(rows.map((r) => r.id));
    expect(leaders).toBe(1);
  }, 180_000);
});

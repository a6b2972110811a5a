import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { domainToASCII } from 'node:url';
import { timeOrderedId } from '@recours/database';
import { MasterKey, PostgresEventStore } from '@recours/event-store';
import { Mailer, mailConfigFrom } from '@recours/mail';
import type { RunnerLogger } from '@recours/read-models';
import { createTestDatabase, startSmtpInbox, type TestDatabase } from '@recours/testing';
import { Pool } from 'pg';
import { SMTPServer } from 'smtp-server';
import type { AccountEmailPayload } from '../account-emails/account-email';
import { linksFrom } from '../messages/links';
import { openAccountsDataSource } from '../../../../apps/api/src/accounts/accounts-data-source';
import { AccountContacts } from '../queries/account-contacts';
import { UndeliveredNotifications } from '../queries/undelivered-notifications';
import { openNotificationsDataSource } from '../schema/notifications-data-source';
import { OUTBOX_CHANNEL } from '../schema/notifications-schema';
import { UnsubscribeTokens } from '../unsubscribe/unsubscribe-token';
import { WebhookSecrets } from '../webhooks/webhook-secrets';
import type { Delivery } from './delivery';
import { CurrentAccess } from './current-access';
import { EmailChannel } from './email-channel';
import { OutboxSender } from './outbox-sender';
import { WebhookChannel } from './webhook-channel';

/**
 * The sender against the world outside: webhook receivers that are slow, never finish, redirect,
 * ask to be left alone, or hang up; SMTP servers that refuse or drop the line; an e-mail that
 * cannot be written. Real PostgreSQL, real sockets on 127.0.0.1.
 */
let database: TestDatabase;
let pool: Pool;
let store: PostgresEventStore;
const secrets = new WebhookSecrets({ current: new MasterKey('the hostile peers spec master key, long enough') });
const servers: Server[] = [];

beforeAll(async () => {
  database = await createTestDatabase('hostile_peers');
  await (await openNotificationsDataSource(database.url)).destroy();
  await (await openAccountsDataSource(database.url)).destroy();
  pool = new Pool({ connectionString: database.url, max: 6 });
  store = await PostgresEventStore.start({ connectionString: database.url, poolSize: 2 });
});

afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    server.close();
  }
  await pool?.end();
  await store?.close();
  await database?.drop();
});

/** A receiver on 127.0.0.1 answering as `answer` does; its URL, and the requests it saw. */
async function receiver(answer: (req: IncomingMessage, res: ServerResponse) => void) {
  const seen: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    seen.push(req);
    req.resume();
    answer(req, res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, seen, server };
}

/** A webhook registered for `url`; its id. */
async function webhook(url: string, id: string = randomUUID()): Promise<string> {
  await pool.query(`INSERT INTO notifications.webhooks (id, merchant_id, url, secret, created_by) VALUES ($1, $2, $3, $4, $2)`, [id, randomUUID(), url, secrets.seal('whsec_test', id)]);
  return id;
}

/** An outbox row, due now; its id. */
async function queued(channel: Delivery['channel'], recipient: string, payload: object): Promise<string> {
  const id = timeOrderedId();
  await pool.query(
    `INSERT INTO notifications.outbox (id, channel, recipient, dedupe_key, payload, state, next_attempt_at, created_at) VALUES ($1, $2, $3, $4, $5, 'PENDING', now(), now())`,
    [id, channel, recipient, `test:${id}`, JSON.stringify(payload)],
  );
  return id;
}

const delivery = (recipient: string, body = '{"type":"TEST"}'): Delivery => ({ id: randomUUID(), channel: 'WEBHOOK', recipient, payload: { body }, attempts: 1, disputeId: null, createdAt: new Date() });
const hooks = (timeoutMs = 2_000, allowPrivate = true) => new WebhookChannel(pool, secrets, { production: false, allowPrivate, timeoutMs, now: () => new Date() });

const until = async (what: string, done: () => boolean | Promise<boolean>, timeoutMs = 10_000) => {
  for (const deadline = Date.now() + timeoutMs; !(await done()); ) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

const rowOf = async (id: string) =>
  (await pool.query<{ state: string; attempts: number; next_attempt_at: Date; last_error: string | null }>(`SELECT state, attempts, next_attempt_at, last_error FROM notifications.outbox WHERE id = $1`, [id])).rows[0];

function recordingLogger(): RunnerLogger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, log: (m) => lines.push(m), warn: (m) => lines.push(m), error: (m) => lines.push(m) };
}

describe('webhook receivers that misbehave', () => {
  it('one that never answers: the attempt fails at the timeout, not later', async () => {
    const { url } = await receiver(() => undefined);
    const started = Date.now();
    const outcome = await hooks(500).deliver(delivery(await webhook(url)));
    expect(outcome).toMatchObject({ result: 'failed', error: 'no answer within 0.5 s' });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('one that answers 200 and then never ends its body, or sends a huge one: delivered, on the status, the body not read', async () => {
    const endless = await receiver((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('accepted, and then nothing more');
    });
    const started = Date.now();
    expect(await hooks(5_000).deliver(delivery(await webhook(endless.url)))).toMatchObject({ result: 'sent', status: 200 });
    expect(Date.now() - started).toBeLessThan(4_000);

    let written = 0;
    const huge = await receiver((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      const chunk = Buffer.alloc(1 << 20, 120);
      const more = () => {
        while (written < 1 << 30 && res.write(chunk)) written += chunk.length;
        if (written < 1 << 30) res.once('drain', more);
        else res.end();
      };
      more();
    });
    expect(await hooks(5_000).deliver(delivery(await webhook(huge.url)))).toMatchObject({ result: 'sent', status: 200 });
    // Not a gigabyte pulled through: the answer was left after its status.
    expect(written).toBeLessThan(256 << 20);
  });

  it('one that redirects (to another host, to the metadata address): not followed, a failure to retry', async () => {
    const elsewhere = await receiver((_req, res) => res.writeHead(200).end());
    for (const location of [elsewhere.url, 'http://169.254.169.254/latest/meta-data/', 'http://[::1]/']) {
      const { url } = await receiver((_req, res) => res.writeHead(307, { location }).end());
      expect(await hooks().deliver(delivery(await webhook(url)))).toMatchObject({ result: 'failed', status: 307, error: 'answered HTTP 307' });
    }
    expect(elsewhere.seen).toHaveLength(0);
  });

  it('one that hangs up mid-answer: a failure to retry', async () => {
    const { url } = await receiver((req) => req.socket.destroy());
    const outcome = await hooks().deliver(delivery(await webhook(url)));
    expect(outcome.result).toBe('failed');
    expect(outcome).not.toHaveProperty('permanent', true);
  });

  it('a URL stored before the rules, pointing at a private address, is refused when delivering without a request', async () => {
    const target = await receiver((_req, res) => res.writeHead(200).end());
    const outcome = await hooks(2_000, false).deliver(delivery(await webhook(target.url)));
    expect(outcome).toMatchObject({ result: 'failed', error: 'the URL must not point to a loopback, private or link-local address' });
    expect(target.seen).toHaveLength(0);
  });
});

describe('the sender, with receivers that misbehave', () => {
  const senders: OutboxSender[] = [];
  const noEmail = { deliver: () => Promise.reject(new Error('no e-mail in this scenario')) };
  const sender = (options: Partial<ConstructorParameters<typeof OutboxSender>[0]> = {}) => {
    const started = new OutboxSender({ connectionString: database.url, pool, channels: { WEBHOOK: hooks(4_000), EMAIL: noEmail }, now: () => new Date(), pollMs: 50, ...options });
    senders.push(started);
    started.start();
    return started;
  };

  beforeEach(() => pool.query('DELETE FROM notifications.outbox'));
  afterEach(async () => {
    for (const started of senders.splice(0)) await started.stop();
  });

  it("a receiver that never answers holds its own deliveries only: another merchant's, queued meanwhile, goes at once", async () => {
    const slow = await receiver(() => undefined);
    const fast = await receiver((_req, res) => res.writeHead(204).end());
    const stuck = await queued('WEBHOOK', await webhook(slow.url), { body: '{"n":1}' });
    sender();
    await until('the slow receiver is asked', () => slow.seen.length === 1);
    const other = await queued('WEBHOOK', await webhook(fast.url), { body: '{"n":2}' });
    await pool.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, '']);
    // Well before the slow one's 4 s timeout.
    await until("the other merchant's delivery", async () => (await rowOf(other)).state === 'SENT', 2_500);
    expect(fast.seen).toHaveLength(1);
    expect((await rowOf(stuck)).state).toBe('PENDING');
    await until('the slow delivery given up for now', async () => (await rowOf(stuck)).last_error !== null, 6_000);
    expect(await rowOf(stuck)).toMatchObject({ state: 'PENDING', attempts: 1, last_error: 'no answer within 4 s' });
  });

  it('with more deliveries due than places, the one due the longest goes first, whatever its recipient sorts as', async () => {
    const seen: string[] = [];
    const { url } = await receiver((req, res) => {
      seen.push(String(req.headers['recours-delivery']));
      res.writeHead(204).end();
    });
    // Recipients whose ids sort opposite to the order they became due in, and stored in that opposite order too.
    const due: string[] = [];
    for (const [first, minutesAgo] of [['0', 1], ['8', 2], ['f', 3]] as const) {
      const row = await queued('WEBHOOK', await webhook(url, first + randomUUID().slice(1)), { body: '{}' });
      await pool.query(`UPDATE notifications.outbox SET next_attempt_at = now() - $2 * interval '1 minute' WHERE id = $1`, [row, minutesAgo]);
      due.unshift(row);
    }
    sender({ concurrency: 1 });
    await until('the three deliveries', () => seen.length === 3);
    expect(seen).toEqual(due);
  });

  it('a delivery due again later keeps the ones behind it to the same endpoint, stored before or after, from going before it', async () => {
    const busy = await receiver((_req, res) => res.writeHead(429, { 'retry-after': '900' }).end());
    const hook = await webhook(busy.url);
    const [head, behind] = [await queued('WEBHOOK', hook, { body: '{"n":1}' }), await queued('WEBHOOK', hook, { body: '{"n":2}' })];
    const started = sender();
    await until('the attempt recorded', async () => (await rowOf(head)).last_error !== null);
    await started.stop();
    const later = await queued('WEBHOOK', hook, { body: '{"n":3}' });
    // Both due by their own time, neither claimable while the one ahead waits for its retry.
    expect(await started.store.claim(new Date(), 'WEBHOOK', 8, 60_000)).toEqual([]);
    expect(busy.seen).toHaveLength(1);
    for (const row of [await rowOf(behind), await rowOf(later)]) expect(row).toMatchObject({ state: 'PENDING', attempts: 0 });
  });

  it('once the delivery ahead goes after a retry, the ones behind it go at once', async () => {
    let answered = 0;
    const flaky = await receiver((_req, res) => res.writeHead(answered++ === 0 ? 503 : 204).end());
    const hook = await webhook(flaky.url);
    const rows = [await queued('WEBHOOK', hook, { body: '{"n":1}' }), await queued('WEBHOOK', hook, { body: '{"n":2}' }), await queued('WEBHOOK', hook, { body: '{"n":3}' })];
    sender({ backoff: { WEBHOOK: { firstMs: 300, maxMs: 300, windowMs: 60_000 } } });
    // Not a claim's length (60 s) after the retry.
    await until('the three delivered', async () => (await Promise.all(rows.map(rowOf))).every((row) => row.state === 'SENT'), 5_000);
    expect(flaky.seen).toHaveLength(4);
  });

  it('429 or 503 with Retry-After: the next attempt no sooner than asked; 410 Gone: not tried again', async () => {
    const busy = await receiver((_req, res) => res.writeHead(429, { 'retry-after': '900' }).end());
    const down = await receiver((_req, res) => res.writeHead(503, { 'retry-after': new Date(Date.now() + 2 * 3_600_000).toUTCString() }).end());
    const gone = await receiver((_req, res) => res.writeHead(410).end());
    const [busyRow, downRow, goneRow] = [await queued('WEBHOOK', await webhook(busy.url), { body: '{}' }), await queued('WEBHOOK', await webhook(down.url), { body: '{}' }), await queued('WEBHOOK', await webhook(gone.url), { body: '{}' })];
    const before = Date.now();
    sender();
    await until('the three attempts', async () => (await Promise.all([busyRow, downRow, goneRow].map(rowOf))).every((row) => row.attempts === 1 && row.last_error !== null));
    expect((await rowOf(busyRow)).next_attempt_at.getTime()).toBeGreaterThanOrEqual(before + 900_000);
    expect((await rowOf(downRow)).next_attempt_at.getTime()).toBeGreaterThanOrEqual(before + 2 * 3_600_000 - 1_000);
    expect(await rowOf(goneRow)).toMatchObject({ state: 'FAILED', last_error: 'answered HTTP 410' });
  });
});

describe('e-mails, with SMTP servers that misbehave and e-mails that cannot be written', () => {
  const senders: OutboxSender[] = [];
  const links = linksFrom({ PUBLIC_URL: 'https://recours.example' });
  const mailers: Mailer[] = [];
  const emails = (smtpUrl: string) => {
    const mailer = new Mailer(mailConfigFrom({ SMTP_URL: smtpUrl, MAIL_FROM: 'recours <no-reply@recours.example>' }));
    mailers.push(mailer);
    return new EmailChannel(mailer, new AccountContacts(pool), links, new UnsubscribeTokens('a secret long enough to sign unsubscribe links'), new CurrentAccess(store), () => new Date());
  };
  const sender = (smtpUrl: string, logger?: RunnerLogger) => {
    const started = new OutboxSender({ connectionString: database.url, pool, channels: { WEBHOOK: hooks(), EMAIL: emails(smtpUrl) }, now: () => new Date(), pollMs: 50, logger });
    senders.push(started);
    started.start();
    return started;
  };
  /** An account; its id. */
  const account = async (email: string, displayName: string) => {
    const id = randomUUID();
    await pool.query(`INSERT INTO accounts.accounts (id, email, password_hash, display_name, role, locale) VALUES ($1, $2, 'x', $3, 'CONSUMER', 'fr')`, [id, email, displayName]);
    return id;
  };
  const notification = (kind: string, product = 'Téléphone Zephyr') => ({ notificationId: randomUUID(), kind, params: { product, merchant: 'Acme' }, occurredAt: new Date().toISOString() });

  beforeEach(() => pool.query('DELETE FROM notifications.outbox'));
  /** Senders stopped and their SMTP connections closed: a server closes at once only once its clients are gone. */
  const quiet = async () => {
    for (const started of senders.splice(0)) await started.stop();
    for (const mailer of mailers.splice(0)) mailer.close();
  };
  afterEach(quiet);

  // During a rolling deploy an older notifier meets kinds a newer one stored: it leaves them to the newer one for a while.
  it("an e-mail of a kind this version does not know, stored over an hour ago, fails for good at once, and its reader's next e-mails go", async () => {
    const inbox = await startSmtpInbox();
    try {
      const reader = await account('ines@example.test', 'Inès');
      const unknown = await queued('EMAIL', reader, notification('A_KIND_FROM_A_NEWER_VERSION'));
      await pool.query(`UPDATE notifications.outbox SET created_at = now() - interval '61 minutes' WHERE id = $1`, [unknown]);
      const next = await queued('EMAIL', reader, notification('MESSAGE_POSTED'));
      const logger = recordingLogger();
      sender(inbox.url, logger);
      await inbox.waitFor('ines@example.test', (email) => email.subject.startsWith('Nouveau message'), 5_000);
      // The SMTP server has the e-mail a moment before the sender writes down that it went.
      await until('the next e-mail recorded as sent', async () => (await rowOf(next)).state !== 'PENDING');
      expect(await rowOf(unknown)).toMatchObject({ state: 'FAILED', attempts: 1 });
      expect(await rowOf(next)).toMatchObject({ state: 'SENT' });
      expect(logger.lines.join('\n')).toMatch(/failed for good: the e-mail cannot be written: a kind of notification this version does not know/);
    } finally {
      await quiet();
      await inbox.close();
    }
  });

  it('an e-mail of a kind this version does not know, stored less than an hour ago, is tried again later (a newer notifier may send it), its reader\'s next e-mails behind it', async () => {
    const inbox = await startSmtpInbox();
    try {
      const reader = await account('jade@example.test', 'Jade');
      const unknown = await queued('EMAIL', reader, notification('A_KIND_FROM_A_NEWER_VERSION'));
      await pool.query(`UPDATE notifications.outbox SET created_at = now() - interval '59 minutes' WHERE id = $1`, [unknown]);
      const next = await queued('EMAIL', reader, notification('MESSAGE_POSTED'));
      const before = Date.now();
      sender(inbox.url);
      await until('the attempt recorded', async () => (await rowOf(unknown)).last_error !== null);
      const row = await rowOf(unknown);
      expect(row).toMatchObject({ state: 'PENDING', attempts: 1, last_error: 'the e-mail cannot be written: a kind of notification this version does not know, left for a newer notifier' });
      expect(row.next_attempt_at.getTime()).toBeGreaterThan(before + 20_000);
      expect(await rowOf(next)).toMatchObject({ state: 'PENDING', attempts: 0 });
      expect(inbox.received).toEqual([]);
    } finally {
      await quiet();
      await inbox.close();
    }
  });

  it('an account erased between the event and the send: its e-mail is dropped, none goes to the tombstone, the next reader is mailed', async () => {
    const inbox = await startSmtpInbox();
    try {
      const erased = await account('nora@example.test', 'Nora');
      // As the erasure leaves the account: a tombstone, whose e-mail queued meanwhile by the notifier is still there.
      await pool.query(`UPDATE accounts.accounts SET email = 'erased:' || id::text, display_name = 'Personne effacée', locale = NULL, erased_at = now() WHERE id = $1`, [erased]);
      const dropped = await queued('EMAIL', erased, notification('MESSAGE_POSTED'));
      const other = await account('olga@example.test', 'Olga');
      await queued('EMAIL', other, notification('MESSAGE_POSTED'));
      sender(inbox.url);
      await inbox.waitFor('olga@example.test');
      await until('the erased account\'s e-mail settled', async () => (await rowOf(dropped)).state !== 'PENDING');
      expect(await rowOf(dropped)).toMatchObject({ state: 'SKIPPED', last_error: 'the account no longer exists' });
      expect(inbox.received.filter((email) => email.to.startsWith('erased:'))).toEqual([]);
    } finally {
      await quiet();
      await inbox.close();
    }
  });

  it('an SMTP server refusing the address fails that e-mail for good, and neither the log nor the outbox keeps the address', async () => {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, callback) => callback(Object.assign(new Error(`5.1.1 <${address.address}>: Recipient address rejected: user unknown`), { responseCode: 550 })),
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const reader = await account('jules.refused@example.test', 'Jules');
      const row = await queued('EMAIL', reader, notification('MESSAGE_POSTED'));
      const logger = recordingLogger();
      sender(`smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`, logger);
      await until('the refusal', async () => (await rowOf(row)).state !== 'PENDING');
      const settled = await rowOf(row);
      expect(settled).toMatchObject({ state: 'FAILED', attempts: 1 });
      expect(settled.last_error).toMatch(/550/);
      expect(logger.lines.join('\n')).toMatch(/failed for good/);
      expect(logger.lines.join('\n') + settled.last_error).not.toContain('jules.refused');
    } finally {
      await quiet();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  // A server quotes the address as it knows it, not always as it was sent: without its
  // sub-address, with its domain in ASCII (punycode), or the mailbox it forwards to.
  it.each([
    ['without its sub-address', 'jules.refused+recours@example.test', () => '550 5.1.1 <jules.refused@example.test>: Recipient address rejected: User unknown in virtual mailbox table', 'jules.refused', '@example.test'],
    ['with its domain in punycode', 'lea.martin@exämple.fr', () => `550 5.1.1 <lea.martin@${domainToASCII('exämple.fr')}>: Recipient address rejected: User unknown`, 'lea.martin', `@${domainToASCII('exämple.fr')}`],
    ['and the mailbox it forwards to', 'nina@example.test', (to: string) => `552 5.2.2 <${to}>: Mailbox full (forwarded to nina.durand@mail.example.net)`, 'nina', '@mail.example.net'],
  ])('an SMTP server quoting the address %s: the error stored, answered to the admin and logged keeps the code, the domain and the reason, and no address', async (_, address, rejection, localPart, domain) => {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (rcpt, _session, callback) => {
        const [, code, text] = /^(\d{3}) (.*)$/.exec(rejection(rcpt.address)) as string[];
        callback(Object.assign(new Error(text), { responseCode: Number(code) }));
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const reader = await account(address, 'Jules');
      const row = await queued('EMAIL', reader, notification('MESSAGE_POSTED'));
      const logger = recordingLogger();
      sender(`smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`, logger);
      await until('the refusal', async () => (await rowOf(row)).state !== 'PENDING');
      expect(await rowOf(row)).toMatchObject({ state: 'FAILED', attempts: 1 });
      const [answered] = (await new UndeliveredNotifications(pool).failed(10)).filter((failed) => failed.id === row);
      const attempts = (await pool.query<{ error: string }>(`SELECT error FROM notifications.delivery_attempts WHERE outbox_id = $1`, [row])).rows.map((attempt) => attempt.error);
      const [code, status] = rejection(address).split(' ');
      for (const text of [answered.lastError as string, ...attempts, logger.lines.join('\n')]) {
        expect(text).toContain(`${code} ${status}`);
        expect(text).toContain(domain);
        expect(text).toMatch(/Recipient address rejected|Mailbox full/);
        expect(text).not.toContain(localPart);
        expect(text).not.toMatch(/[\w.+-]@/);
      }
    } finally {
      await quiet();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it.each([
    ['refusing our credentials (535)', 'AUTH'],
    ['refusing our sender (553)', 'MAIL FROM'],
  ])('an SMTP server %s refuses the platform, not this e-mail: tried again later, not failed for good', async (_, refused) => {
    const server = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      authOptional: refused !== 'AUTH',
      logger: false,
      onAuth: (_auth, _session, callback) => callback(Object.assign(new Error('5.7.8 Authentication credentials invalid'), { responseCode: 535 })),
      onMailFrom: (_address, _session, callback) => callback(Object.assign(new Error('5.7.1 Sender address rejected: not owned by user'), { responseCode: 553 })),
    });
    server.on('error', () => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const reader = await account(`nora.${refused === 'AUTH' ? 'auth' : 'from'}@example.test`, 'Nora');
      const row = await queued('EMAIL', reader, notification('MESSAGE_POSTED'));
      const credentials = refused === 'AUTH' ? 'recours:rotated-password@' : '';
      sender(`smtp://${credentials}127.0.0.1:${(server.server.address() as AddressInfo).port}`);
      await until('the failed attempt', async () => (await rowOf(row)).last_error !== null);
      expect(await rowOf(row)).toMatchObject({ state: 'PENDING', attempts: 1, last_error: expect.stringMatching(refused === 'AUTH' ? /535/ : /553/) });
    } finally {
      await quiet();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('an SMTP server that hangs up mid-message: tried again later, nothing lost', async () => {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream) => {
        stream.resume();
        stream.on('end', () => undefined);
        // The line dropped once the message is on its way.
        for (const connection of (server as unknown as { connections: Set<{ _socket: { destroy(): void } }> }).connections) connection._socket.destroy();
      },
    });
    server.on('error', () => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const reader = await account('karim@example.test', 'Karim');
      const row = await queued('EMAIL', reader, notification('MESSAGE_POSTED'));
      // Before the attempt: the retry is counted from it, not from whenever a loaded machine reads the row.
      const before = Date.now();
      sender(`smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`);
      await until('the failed attempt', async () => (await rowOf(row)).last_error !== null);
      expect(await rowOf(row)).toMatchObject({ state: 'PENDING', attempts: 1 });
      expect((await rowOf(row)).next_attempt_at.getTime()).toBeGreaterThan(before + 20_000);
    } finally {
      await quiet();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('an SMTP server that takes the connection and never speaks: the attempt ends within the greeting timeout, to be tried again', async () => {
    const silent = createNetServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const reader = await account('malo@example.test', 'Malo');
      const row = await queued('EMAIL', reader, notification('MESSAGE_POSTED'));
      const started = Date.now();
      sender(`smtp://127.0.0.1:${(silent.address() as AddressInfo).port}`);
      await until('the failed attempt', async () => (await rowOf(row)).last_error !== null, 20_000);
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(await rowOf(row)).toMatchObject({ state: 'PENDING', attempts: 1, last_error: expect.stringMatching(/greeting/i) });
    } finally {
      await quiet();
      silent.close();
    }
  });

  it("eight merchants' endpoints that never answer hold the webhook places only: a person's e-mail queued afterwards goes at once", async () => {
    const inbox = await startSmtpInbox();
    const dead = await receiver(() => undefined);
    try {
      const stuck: string[] = [];
      for (let n = 0; n < 8; n++) stuck.push(await queued('WEBHOOK', await webhook(dead.url), { body: `{"n":${n}}` }));
      // The default places, and endpoints given ten seconds to answer.
      const started = new OutboxSender({ connectionString: database.url, pool, channels: { WEBHOOK: hooks(10_000), EMAIL: emails(inbox.url) }, now: () => new Date(), pollMs: 50 });
      senders.push(started);
      started.start();
      await until('every webhook place held', () => dead.seen.length === 8);
      const reader = await account('paul@example.test', 'Paul');
      const queuedAt = Date.now();
      await queued('EMAIL', reader, notification('MESSAGE_POSTED'));
      await pool.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, '']);
      await inbox.waitFor('paul@example.test', undefined, 3_000);
      expect(Date.now() - queuedAt).toBeLessThan(3_000);
      // The endpoints still hold their places: the e-mail did not wait for one of them to give up.
      expect((await Promise.all(stuck.map(rowOf))).map((row) => row.last_error)).toEqual(stuck.map(() => null));
    } finally {
      dead.server.closeAllConnections();
      await quiet();
      await inbox.close();
    }
  });

  it('a name or a product with line breaks and odd Unicode stays inside the subject: no header of its own', async () => {
    const inbox = await startSmtpInbox();
    try {
      const reader = await account('lea@example.test', 'Léa\r\nBcc: victim@example.test');
      await queued('EMAIL', reader, notification('MESSAGE_POSTED', 'Phone\r\nBcc: victim@example.test\u2028\u202e'));
      sender(inbox.url);
      const email = await inbox.waitFor('lea@example.test');
      const headers = email.raw.split(/\r?\n\r?\n/)[0];
      expect(headers).not.toMatch(/^Bcc:/im);
      expect(email.headers.has('bcc')).toBe(false);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(inbox.received.filter((e) => e.to === 'victim@example.test')).toHaveLength(0);
      expect(email.subject).toContain('Phone');
    } finally {
      await quiet();
      await inbox.close();
    }
  });
});

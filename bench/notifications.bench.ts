/**
 * bench=notifications: from event recorded to e-mail accepted by an SMTP server (smtp-server on
 * 127.0.0.1), through the whole notifier (projection into the outbox, sender, e-mail rendering),
 * against plain nodemailer sending the same number of e-mails to the same server in the same
 * run. Run with `npm run bench:notifications` (DATABASE_URL optional; BENCH_EVENTS, BENCH_RECIPIENTS).
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { type AddressInfo } from 'node:net';
import { NestFactory } from '@nestjs/core';
import { createTransport } from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { DisputeCommands } from '../libs/dispute-commands/src';
import { AppModule } from '../apps/api/src/app.module';
import { GraphQLCaller } from '../apps/api/src/seed/graphql-caller';
import { configureApp } from '../apps/api/src/configure-app';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createBenchDatabase } from './bench-database';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 2_000);
const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 16);
/** What the notifier's sender runs at once (its default), for the baseline too. */
const CONCURRENCY = 8;

/** An SMTP server that notes when it accepted each message, by Message-ID. */
async function startSmtp(): Promise<{ url: string; accepted: Map<string, number>; close(): Promise<void> }> {
  const accepted = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      let head = '';
      stream.on('data', (chunk: Buffer) => {
        if (head.length < 8_192) head += chunk.toString('utf8');
      });
      stream.on('end', () => {
        const id = /^Message-ID: <([^>]+)>/im.exec(head)?.[1] ?? randomUUID();
        accepted.set(id, performance.timeOrigin + performance.now());
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`, accepted, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

async function main(): Promise<void> {
  const database = await createBenchDatabase('notifications');
  const smtp = await startSmtp();
  Object.assign(process.env, { DATABASE_URL: database.url, NODE_ENV: 'production', LOG_LEVEL: 'silent', JWT_SECRET: randomUUID() + randomUUID(), DATA_KEY: randomUUID() + randomUUID(), SMTP_URL: smtp.url, MAIL_FROM: 'recours <no-reply@bench.test>', PUBLIC_URL: 'https://recours.bench.test', DEADLINES_INTERVAL_MS: '3600000', LOGIN_LIMIT_PER_ADDRESS: '100000' });
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false, logger: false });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  const api = new GraphQLCaller(`${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`);
  try {
    const merchants: string[] = [];
    for (let i = 0; i < RECIPIENTS; i++) {
      const { signUp } = await api.call<{ signUp: { user: { merchantId: string } } }>(`mutation($input: SignUpInput!) { signUp(input: $input) { user { merchantId } } }`, {
        input: { email: `agent-${i}-${randomUUID()}@bench.test`, password: 'Bench-password-2026', displayName: `Agent ${i}`, role: 'MERCHANT', merchantName: `Bench shop ${i}` },
      });
      merchants.push(signUp.user.merchantId);
    }

    // The notifier's run: claims filed 8 at a time, each one e-mail to its merchant's agent.
    const commands = app.get(DisputeCommands);
    const recorded = new Map<string, number>();
    const started = performance.timeOrigin + performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < EVENTS) {
          const n = next++;
          const disputeId = randomUUID();
          await commands.handle({ kind: 'CONSUMER', id: randomUUID() }, new Date(), {
            type: 'FileClaim',
            disputeId,
            merchantId: merchants[n % merchants.length],
            product: { name: `Smartphone ${n}`, category: 'Smartphone', brand: 'Samsung', model: 'SM-A546B', condition: 'NEW' },
            purchase: { purchasedOn: '2026-01-10', deliveredOn: '2026-01-12', price: { amount: '449.00', currency: 'EUR' }, channel: 'ONLINE', country: 'FR' },
            problem: { description: 'The battery swells and the phone shuts down at 40%.', firstNoticedOn: '2026-06-01', chronology: [{ on: '2026-06-01', what: 'First shutdown' }] },
            requestedRemedy: 'REPLACEMENT',
            evidence: [],
          });
          recorded.set(disputeId, performance.timeOrigin + performance.now()); // appended: recorded
        }
      }),
    );
    // Wait for the claims' own e-mails: the agents' sign-ups send theirs too, so counting what the
    // SMTP server accepted would stop early (and miss the last claims' e-mails).
    const pool = app.get<{ query: (sql: string) => Promise<{ rows: Array<{ id: string; dispute_id: string }> }> }>(Symbol.for('recours.NotificationsPool'));
    const claimEmails = async () => {
      const acceptedById = new Map([...smtp.accepted].map(([messageId, at]) => [messageId.split('@')[0], at]));
      const { rows } = await pool.query(`SELECT id::text, dispute_id FROM notifications.outbox WHERE channel = 'EMAIL'`);
      // One delay per claim: its first e-mail accepted.
      const byDispute = new Map<string, { at: number; from: number }>();
      for (const row of rows) {
        const at = acceptedById.get(row.id);
        const from = recorded.get(row.dispute_id);
        if (at === undefined || from === undefined) continue;
        const known = byDispute.get(row.dispute_id);
        if (!known || at < known.at) byDispute.set(row.dispute_id, { at, from });
      }
      return [...byDispute.values()];
    };
    const deadline = Date.now() + Number(process.env.BENCH_WAIT_SECONDS ?? 600) * 1000;
    let delivered = await claimEmails();
    while (delivered.length < EVENTS && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      delivered = await claimEmails();
    }
    const delays = delivered.map(({ at, from }) => at - from);
    const last = delivered.reduce((latest, { at }) => Math.max(latest, at), started);
    const notifierRate = delays.length / ((last - started) / 1000);

    // The baseline: plain nodemailer, pooled alike, the same number of e-mails, as many at once.
    const transport = createTransport({ url: smtp.url, pool: true, maxConnections: 4 });
    const baselineStart = performance.now();
    let sent = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (sent < EVENTS) {
          const n = sent++;
          await transport.sendMail({ from: 'bench <bench@bench.test>', to: `agent-${n % RECIPIENTS}@bench.test`, subject: `Nouvelle réclamation : Samsung Smartphone ${n}`, text: 'A customer filed a claim.', html: '<p>A customer filed a claim.</p>', messageId: `<${randomUUID()}@bench.test>` });
        }
      }),
    );
    const baselineRate = EVENTS / ((performance.now() - baselineStart) / 1000);
    transport.close();

    process.stdout.write(
      `bench=notifications events=${EVENTS} emails_per_s=${notifierRate.toFixed(1)} p99_delay_ms=${Math.round(percentile(delays, 99))} ratio=${(notifierRate / baselineRate).toFixed(3)}\n`,
    );
    process.stderr.write(`emails delivered ${delays.length}/${EVENTS}, recipients ${RECIPIENTS}; p50 delay ${Math.round(percentile(delays, 50))} ms; plain nodemailer ${baselineRate.toFixed(1)} e-mails/s\n`);
    if (delays.length < EVENTS) process.exitCode = 1;
  } finally {
    await app.close();
    await smtp.close();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

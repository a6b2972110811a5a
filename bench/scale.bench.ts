/**
 * bench=scale: do users feel the log grow? The same journeys are played up to 10k, 100k and 1M
 * events (BENCH_SCALE_EVENTS), disputes scaled alike, one merchant holding 10% of them. After
 * each size: a full rebuild by the real rebuild command in its own process (events per second,
 * its peak RSS), the disk size of the events table and of the read models, then p50/p99 of the
 * everyday reads through the real API: the consumer's list, the largest merchant's inbox (first
 * page, and a page half-way down by cursor), the mediator's caseload, one dispute, and
 * `searchDisputes` once the schema has it. Run with `npm run bench:scale` (DATABASE_URL optional).
 *
 * The log is written the way the API writes it, minus HTTP: each command decided by the real
 * decider (the read models' scripted journeys), appended per dispute by 8 writers.
 */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Secret, TOTP } from 'otpauth';
import { Pool } from 'pg';
import { endPool, timeOrderedId } from '../libs/database/src';
import { recordableEvents } from '../libs/dispute-commands/src';
import { disputeStreamId, evolve, initialState } from '../libs/disputes/src';
import { EVENT_STORE, type EventStore, type NewEvent } from '../libs/event-store/src';
import { DisputeScript } from '../libs/read-models/src/testing/dispute-script';
import { JOURNEY_NAMES, JOURNEYS } from '../libs/read-models/src/testing/journeys';
import { AppModule } from '../apps/api/src/app.module';
import { configureApp } from '../apps/api/src/configure-app';
import { GraphQLCaller } from '../apps/api/src/seed/graphql-caller';
import { createBenchDatabase } from './bench-database';
import { load, type LoadMeasure } from './http-load';

const SIZES = (process.env.BENCH_SCALE_EVENTS ?? '10000,100000,1000000').split(',').map(Number);
// A p99 is the slowest hundredth: 15 s at 4 clients gives it a few thousand requests to stand on
// (5 s runs swung between 1.4x and 0.2x of each other); the warm-up keeps the first requests of a
// fresh process (lazy compilation, cold caches) out of the first size's figures.
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP_SECONDS ?? 2);
// The run is cut into segments and each figure is their median: one stall of the machine (another
// process, a checkpoint) put a 10k p99 at 154 ms against 29-42 ms for its neighbours, a ratio that
// says nothing about the log's size. The median of three keeps a stall in one segment out of it.
const SEGMENTS = Number(process.env.BENCH_SCALE_SEGMENTS ?? 3);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 4);
/** Rows a projection keeps in the second, small-cache rebuild of each size (0: no second rebuild). */
const SMALL_CACHE = Number(process.env.BENCH_SCALE_SMALL_CACHE ?? 1000);
/** Keep the database at the end, to look into its plans (its name is printed). */
const KEEP_DATABASE = process.env.BENCH_SCALE_KEEP_DATABASE === '1';
const WRITERS = Number(process.env.BENCH_SCALE_WRITERS ?? 8);
const CHUNK = 2_000; // disputes generated, then appended, at a time: memory stays flat
/** A person's own list and a mediator's caseload do not grow with the country: theirs are fixed. */
const MY_DISPUTES = 40;
const MY_MEDIATIONS = 100;
const DISPUTES_PER_CONSUMER = 5;
const ADMIN = { email: 'scale-admin@bench.test', password: 'Bench-admin-password-2026' };

const MY_DISPUTES_QUERY = `query { myDisputes(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { node { id status whoseTurn product { name } nextDeadline { kind dueAt } lastActivityAt } } } }`;
const INBOX_QUERY = `query($after: String) { merchantInbox(first: 20, after: $after) { totalCount overdueCount pageInfo { hasNextPage endCursor } edges { node { id productName status whoseTurn due { kind dueAt } overdue } } } }`;
const INBOX_CURSORS = `query($after: String) { merchantInbox(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } } }`;
const CASELOAD_QUERY = `query { mediatorCaseload(first: 20) { totalCount edges { node { id stage admissibilityDueAt outcomeDueAt outcomeDaysLeft } } } }`;
const DISPUTE_QUERY = `query($id: ID!) { dispute(id: $id) { id version status whoseTurn product { name } offers { id status } timeline { version at type text } deadlines { kind dueAt owedBy } availableActions } }`;
const SEARCH_QUERY = `query { searchDisputes(query: "battery", first: 20) { edges { node { __typename } } } }`;

interface Account {
  token: string;
  id: string;
  merchantId: string | null;
}

async function main(): Promise<void> {
  const started = Date.now();
  const database = await createBenchDatabase('scale');
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    JWT_SECRET: randomUUID() + randomUUID(),
    DATA_KEY: randomUUID() + randomUUID(),
    // The rebuild command brings the read models up to date; the API only reads them.
    PROJECTIONS: 'external',
    // E-mail is the notifier process's work (apps/notifier), as deployed: not measured here.
    NOTIFIER: 'external',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    LOGIN_LIMIT_PER_ADDRESS: '100000',
    // Load, not abuse: a few disputes receive thousands of messages.
    MESSAGE_LIMIT_PER_DISPUTE: '1000000',
    MESSAGE_LIMIT_PER_PARTY: '1000000',
  });
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false, logger: false });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  const url = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
  const pool = new Pool({ connectionString: database.url, max: 2 });
  try {
    const api = new GraphQLCaller(url);
    const people = await accounts(api);
    const store = app.get<EventStore>(EVENT_STORE);
    const hasSearch = Boolean(app.get(GraphQLSchemaHost).schema.getQueryType()?.getFields().searchDisputes);
    const log = new ScaleLog(store, people);
    const baseline = new Map<string, number>();

    for (const size of SIZES) {
      const generation = Date.now();
      await log.growTo(size);
      process.stderr.write(`${log.events} events (${log.disputes} disputes) written in ${((Date.now() - generation) / 1000).toFixed(1)} s\n`);
      const rebuild = await rebuildInItsOwnProcess(database.url);
      await pool.query('VACUUM (ANALYZE)');
      const disk = await diskMegabytes(pool);
      console.log(`bench=scale events=${log.events} rebuild_events_per_s=${(rebuild.events / rebuild.seconds).toFixed(0)} rss_mb=${rebuild.peakRssMb.toFixed(0)} disk_mb=${disk.total.toFixed(0)} events_disk_mb=${disk.events.toFixed(0)} read_models_disk_mb=${disk.readModels.toFixed(0)}`);
      if (SMALL_CACHE > 0) {
        // The default cache (20,000 rows a projection) is full only past ~100k disputes, i.e. above
        // this run's largest size: the same rebuild with a small cache, full at every size, shows
        // whether memory still grows with the log once the cache is full.
        const small = await rebuildInItsOwnProcess(database.url, SMALL_CACHE);
        console.log(`bench=scale events=${log.events} case=rebuild-small-cache cache_size=${SMALL_CACHE} rebuild_events_per_s=${(small.events / small.seconds).toFixed(0)} rss_mb=${small.peakRssMb.toFixed(0)}`);
      }

      // The rebuilds just wrote the read models anew (1.4 GB at 1M events) and PostgreSQL spreads
      // writing them out over the next minutes: measured meanwhile, the first read case's p99
      // segments at 1M were 32/34/16 ms, the last one after that checkpoint had ended. A log
      // grown over months has no such backlog: it is written out before the reads are measured.
      await pool.query('CHECKPOINT');
      const deepCursor = await cursorHalfWayDown(api, people.merchant.token);
      let i = 0;
      const cases: Array<{ name: string; token: string; body: () => string }> = [
        { name: 'myDisputes', token: people.consumer.token, body: () => JSON.stringify({ query: MY_DISPUTES_QUERY }) },
        { name: 'merchantInbox-first-page', token: people.merchant.token, body: () => JSON.stringify({ query: INBOX_QUERY }) },
        { name: 'merchantInbox-deep-page', token: people.merchant.token, body: () => JSON.stringify({ query: INBOX_QUERY, variables: { after: deepCursor } }) },
        { name: 'mediatorCaseload', token: people.mediator.token, body: () => JSON.stringify({ query: CASELOAD_QUERY }) },
        { name: 'dispute', token: people.consumer.token, body: () => JSON.stringify({ query: DISPUTE_QUERY, variables: { id: log.myDisputeIds[i++ % log.myDisputeIds.length] } }) },
        ...(hasSearch ? [{ name: 'searchDisputes', token: people.merchant.token, body: () => JSON.stringify({ query: SEARCH_QUERY }) }] : []),
      ];
      for (const benchCase of cases) {
        if (WARM_UP_SECONDS > 0) await load(url, CLIENTS, WARM_UP_SECONDS, benchCase.body, benchCase.token);
        const segments: LoadMeasure[] = [];
        for (let s = 0; s < SEGMENTS; s++) segments.push(await load(url, CLIENTS, SECONDS / SEGMENTS, benchCase.body, benchCase.token));
        const errors = segments.reduce((sum, segment) => sum + segment.errors, 0);
        if (errors > 0) process.stderr.write(`warning: ${errors} failed requests in ${benchCase.name} at ${log.events} events\n`);
        const result = { p50: median(segments.map((segment) => segment.p50)), p99: median(segments.map((segment) => segment.p99)) };
        if (!baseline.has(benchCase.name)) baseline.set(benchCase.name, result.p99);
        const ratio = result.p99 / Math.max(baseline.get(benchCase.name)!, 1);
        console.log(`bench=scale events=${log.events} case=${benchCase.name} p50_ms=${result.p50} p99_ms=${result.p99} ratio_to_10k=${ratio.toFixed(2)} p99_segments_ms=${segments.map((segment) => segment.p99).join('/')}`);
      }
    }
    if (!hasSearch) process.stderr.write('searchDisputes is not in the schema yet: not measured\n');
    process.stderr.write(`bench=scale finished in ${((Date.now() - started) / 60_000).toFixed(1)} min\n`);
  } finally {
    await endPool(pool);
    await app.close();
    if (KEEP_DATABASE) process.stderr.write(`database kept: ${database.url}\n`);
    else await database.drop();
  }
}

/** The consumer, the largest merchant and a mediator the reads are measured as (real accounts). */
async function accounts(api: GraphQLCaller): Promise<{ consumer: Account; merchant: Account; mediator: Account }> {
  const auth = `token user { id merchantId }`;
  const signUp = async (role: string, extra: Record<string, unknown> = {}): Promise<Account> => {
    const { signUp } = await api.call<{ signUp: { token: string; user: { id: string; merchantId: string | null } } }>(`mutation($input: SignUpInput!) { signUp(input: $input) { ${auth} } }`, {
      input: { email: `${role.toLowerCase()}-${randomUUID()}@bench.test`, password: 'Bench-password-2026-scale', displayName: role, role, ...extra },
    });
    return { token: signUp.token, ...signUp.user };
  };
  type Login = { login: { token: string; twoFactorEnrolmentRequired: boolean; user: { id: string; merchantId: string | null } } };
  const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { ${auth} twoFactorEnrolmentRequired } }`;
  // In production admins and mediators must use two-step verification: the first sign-in sets it
  // up (confirmed with this step's code), the second signs in with the next step's code (each
  // step's code is taken once; the server accepts one step either side).
  const login = async (email: string, password: string): Promise<Account> => {
    const { login } = await api.call<Login>(LOGIN, { input: { email, password } });
    if (!login.twoFactorEnrolmentRequired) return { token: login.token, ...login.user };
    const { enrolTwoFactor } = await api.call<{ enrolTwoFactor: { secret: string } }>(`mutation { enrolTwoFactor { secret } }`, {}, login.token);
    const totp = new TOTP({ secret: Secret.fromBase32(enrolTwoFactor.secret) });
    const now = Date.now();
    await api.call(`mutation($input: ConfirmTwoFactorInput!) { confirmTwoFactor(input: $input) { recoveryCodes } }`, { input: { code: totp.generate({ timestamp: now }) } }, login.token);
    const signedIn = (await api.call<Login>(LOGIN, { input: { email, password, code: totp.generate({ timestamp: now + 30_000 }) } })).login;
    return { token: signedIn.token, ...signedIn.user };
  };
  const consumer = await signUp('CONSUMER');
  const merchant = await signUp('MERCHANT', { merchantName: `Scale Electronics ${randomUUID().slice(0, 6)}` });
  const admin = await login(ADMIN.email, ADMIN.password);
  const mediatorEmail = `mediator-${randomUUID()}@bench.test`;
  await api.call(`mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }`, { input: { email: mediatorEmail, password: 'Bench-password-2026-scale', displayName: 'Médiatrice', role: 'MEDIATOR' } }, admin.token);
  const mediator = await login(mediatorEmail, 'Bench-password-2026-scale');
  return { consumer, merchant, mediator };
}

/** The growing log: disputes cycle through the journeys; the measured people keep a fixed share. */
class ScaleLog {
  events = 0;
  disputes = 0;
  private mediations = 0;
  readonly myDisputeIds: string[] = [];

  constructor(
    private readonly store: EventStore,
    private readonly people: { consumer: Account; merchant: Account; mediator: Account },
  ) {}

  /**
   * Each chunk is decided while the one before it is appended, so that the decider's work fills the
   * time this process waits on PostgreSQL (sealing a real log makes a key per party per dispute).
   */
  async growTo(size: number): Promise<void> {
    let planned = this.events;
    let appending: Promise<void> = Promise.resolve();
    while (planned < size) {
      const chunk: DisputeScript[] = [];
      while (chunk.length < CHUNK && planned < size) {
        const script = await this.next();
        chunk.push(script);
        planned += script.events.length;
      }
      await appending;
      appending = this.append(chunk);
      appending.catch(() => undefined); // its failure is thrown where it is awaited, not reported unhandled first
    }
    await appending;
    this.events = planned;
  }

  private async next(): Promise<DisputeScript> {
    const n = this.disputes++;
    const journey = JOURNEY_NAMES[n % JOURNEY_NAMES.length];
    const mine = this.myDisputeIds.length < MY_DISPUTES && n % 3 === 0;
    // As the API makes them since 2026-12-04 (dispute-ids.ts).
    const disputeId = timeOrderedId();
    if (mine) this.myDisputeIds.push(disputeId);
    const mediates = journey === 'inMediation' && this.mediations++ < MY_MEDIATIONS;
    const script = new DisputeScript(disputeId);
    await JOURNEYS[journey](script, {
      consumerId: mine ? this.people.consumer.id : consumerOf(n),
      merchantId: n % 10 === 0 ? (this.people.merchant.merchantId as string) : merchantOf(n),
      mediatorId: mediates ? this.people.mediator.id : mediatorOf(n),
      associationId: associationOf(n),
      // Spread over twenty months, so that deadlines, inboxes and lists mix old and recent cases.
      filedOn: new Date(Date.UTC(2025, 2, 1) + (n % 600) * 86_400_000).toISOString().slice(0, 10),
    });
    return script;
  }

  private async append(scripts: DisputeScript[]): Promise<void> {
    let next = 0;
    await Promise.all(
      Array.from({ length: WRITERS }, async () => {
        while (next < scripts.length) {
          const script = scripts[next++];
          const events = sealedAsTheApiSealsThem(script);
          await this.store.appendToStream(disputeStreamId(script.disputeId), events, { expectedVersion: 'no_stream' });
        }
      }),
    );
  }
}

/**
 * A dispute's events as the API appends them: personal fields marked and each one sealed under
 * its author's key for the dispute, so that the log holds as many keys as a real one (one per
 * party per dispute) and every read and rebuild opens them as it would in production.
 */
function sealedAsTheApiSealsThem(script: DisputeScript): NewEvent[] {
  let state = initialState();
  return script.appends.flatMap(({ events, actor }) => {
    const recorded = recordableEvents(events, actor, {}, state, script.disputeId);
    state = events.reduce(evolve, state);
    return recorded;
  });
}

// Stable, distinct ids for the many other people: a consumer per few disputes, a merchant per
// 200, a mediator per 500, an association per 2,000, as a country's service would have.
const idOf = (kind: number, n: number) => `00000000-0000-4000-8${kind}00-${n.toString(16).padStart(12, '0')}`;
const consumerOf = (n: number) => idOf(1, Math.floor(n / DISPUTES_PER_CONSUMER));
const merchantOf = (n: number) => idOf(2, Math.floor(n / 200));
const mediatorOf = (n: number) => idOf(3, Math.floor(n / 500));
const associationOf = (n: number) => idOf(4, Math.floor(n / 2_000));

/** A cursor half-way down the largest merchant's inbox, found by paging through it as a client would. */
async function cursorHalfWayDown(api: GraphQLCaller, token: string): Promise<string | null> {
  type Page = { merchantInbox: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
  let page = await api.call<Page>(INBOX_CURSORS, {}, token);
  const pages = Math.floor(page.merchantInbox.totalCount / 100 / 2);
  for (let p = 1; p < pages && page.merchantInbox.pageInfo.hasNextPage; p++) page = await api.call<Page>(INBOX_CURSORS, { after: page.merchantInbox.pageInfo.endCursor }, token);
  return page.merchantInbox.pageInfo.endCursor;
}

/** `npm run projections:rebuild` as operators run it, in its own process: its rate and its peak memory. */
async function rebuildInItsOwnProcess(databaseUrl: string, cacheSize?: number): Promise<{ events: number; seconds: number; peakRssMb: number }> {
  const env = { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'info', ...(cacheSize ? { PROJECTIONS_REBUILD_CACHE_SIZE: String(cacheSize) } : {}) };
  const child = spawn(process.execPath, [join(__dirname, '../apps/projector/src/rebuild.js')], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  let peakKb = 0;
  const sample = () => {
    try {
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
    } catch {
      // the process has ended
    }
  };
  const sampler = setInterval(sample, 50);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`the rebuild exited with ${code}:\n${output}`);
  const done = output
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { msg?: string; events?: number; seconds?: number })
    .find((line) => line.msg === 'rebuild done');
  if (!done?.events || !done.seconds) throw new Error(`the rebuild did not report its figures:\n${output}`);
  return { events: done.events, seconds: done.seconds, peakRssMb: peakKb / 1024 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function diskMegabytes(pool: Pool): Promise<{ events: number; readModels: number; total: number }> {
  const { rows } = await pool.query<{ events: string; read_models: string; total: string }>(`
    SELECT pg_total_relation_size('event_store.events') AS events,
           (SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'read_models' AND c.relkind IN ('r', 'p')) AS read_models,
           pg_database_size(current_database()) AS total`);
  const mb = (bytes: string) => Number(bytes) / 1024 / 1024;
  return { events: mb(rows[0].events), readModels: mb(rows[0].read_models), total: mb(rows[0].total) };
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

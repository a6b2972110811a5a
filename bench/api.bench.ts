/**
 * bench=api: recours' GraphQL API under autocannon, against a bare @apollo/server answering
 * constant results of the same shape, measured in the same run on the same machine.
 * Run with `npm run bench:api` (DATABASE_URL optional; BENCH_SECONDS, BENCH_DISPUTES; variants
 * side by side with BENCH_VARIANTS and BENCH_REPEAT, see docs/performance.md).
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DisputeCommands } from '../libs/dispute-commands/src';
import { EVENT_STORE, type EventStore } from '../libs/event-store/src';
import { ProjectionProgress } from '../libs/read-models/src';
import { AppModule } from '../apps/api/src/app.module';
import { configureApp } from '../apps/api/src/configure-app';
import { GraphQLCaller } from '../apps/api/src/seed/graphql-caller';
import { ApolloServer } from '@apollo/server';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { compiledGateway, graphqlExecutorFrom } from '../apps/api/src/graphql/compiled-operations';
import { startBareServer, typeDefs, type BareServer, type HttpAdapterName } from './bare-apollo-server';
import { startRecoursOnFastify } from './fastify-app';
import { startNestFloor } from './nest-floor';
import { createBenchDatabase, flushDelayMicros } from './bench-database';
import { load, type LoadMeasure } from './http-load';
import { countStatements } from './statement-count';
import { startProfile } from './cpu-profile';
import { startProjectorProcess, type ProjectorProcess } from './projector-process';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const DISPUTES = Number(process.env.BENCH_DISPUTES ?? 10_000);
const MINE = 100; // the benchmark consumer's own disputes; the rest belong to others
/**
 * The disputes the round trip writes to, another consumer's (`BENCH_ROUND_TRIP_DISPUTES`): a
 * message each in turn, so that a dispute's timeline, which every answer carries whole, stays about
 * as long as in the answer the bare server gives. On the 100 of the reads, each collected some 30
 * messages in a pass: recours answered timelines up to ten times as long as the bare server's.
 */
const ROUND_TRIP_DISPUTES = Number(process.env.BENCH_ROUND_TRIP_DISPUTES ?? Math.min(1_000, Math.max(10, Math.floor(DISPUTES / 2))));
/** Disputes filed before the loads: BENCH_DISPUTES, or more when it is too few for the two consumers' own. */
const SEEDED = Math.max(DISPUTES, MINE + ROUND_TRIP_DISPUTES);
/** Each variant (a freshly started app) is warmed up this long per case before it is measured. */
const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP_SECONDS ?? 2);
/** `BENCH_FLUSH_DELAY_US`: each flush of PostgreSQL's log made slower, as on a hosted database's disk (bench-database.ts). */
const flushDelay = flushDelayMicros(process.env);

const MY_DISPUTES = `query { myDisputes(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status whoseTurn requestedRemedy product { name brand } price { amount currency } nextDeadline { kind dueAt } lastActivityAt version } } } }`;
const DISPUTE = `query($id: ID!) { dispute(id: $id) { id version status whoseTurn product { name brand } requestedRemedy offers { id remedy status by } timeline { version at type text } deadlines { kind dueOn dueAt owedBy } availableActions } }`;
const PIPELINE = `query { __typename }`;
const POST_MESSAGE = `mutation($input: PostMessageInput!) { postMessage(input: $input) { id version status whoseTurn product { name brand } requestedRemedy offers { id remedy status by } timeline { version at type text } deadlines { kind dueOn dueAt owedBy } availableActions } }`;

/** A load the benchmark drives: its GraphQL body, and the client counts it is measured at. */
interface BenchCase {
  name: string;
  body: () => string;
  clients: number[];
  /** Whose requests they are. */
  token: string;
  /** Measured only when BENCH_CASE names it (a diagnostic). */
  onlyWhenAsked?: boolean;
}

/** The median (of an even count, the mean of the two middle values). */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * What is compared side by side (BENCH_VARIANTS=graphql-js,graphql-jit,fastify): the same
 * AppModule and database, started anew for each variant, each against the bare server on its own
 * HTTP adapter (`fastify`: Nest on Fastify, see fastify-app.ts, against a bare Apollo on Fastify).
 */
interface Variant {
  name: string;
  executor: 'graphql-js' | 'graphql-jit';
  adapter: HttpAdapterName;
}
const VARIANTS: Record<string, Variant> = {
  'graphql-js': { name: 'graphql-js', executor: 'graphql-js', adapter: 'express' },
  'graphql-jit': { name: 'graphql-jit', executor: 'graphql-jit', adapter: 'express' },
  fastify: { name: 'fastify', executor: 'graphql-jit', adapter: 'fastify' },
};

interface Recours {
  variant: Variant;
  app: INestApplication;
  url: string;
}

async function startRecours(variant: Variant): Promise<Recours> {
  process.env.GRAPHQL_EXECUTOR = variant.executor; // read when the GraphQL module is made
  const app = variant.adapter === 'fastify' ? await startRecoursOnFastify() : await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false, logger: false });
  if (variant.adapter === 'express') configureApp(app as NestExpressApplication);
  await app.listen(0, '127.0.0.1');
  return { variant, app, url: `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql` };
}

/**
 * BENCH_EXECUTOR=1: the executors alone, without HTTP, Nest or the database: Apollo's
 * executeOperation over the bare server's schema answering recours' own JSON, graphql-js against
 * the compiled gateway, in alternated rounds; CPU µs per operation (median of the rounds).
 */
async function compareExecutors(shapes: Record<'myDisputes' | 'dispute', unknown>, ids: string[]): Promise<void> {
  const schema = buildSchema(typeDefs.replace('#graphql', ''));
  const query = (schema.getType('Query') as GraphQLObjectType).getFields();
  query.myDisputes.resolve = () => shapes.myDisputes;
  query.dispute.resolve = () => shapes.dispute;
  const servers = { 'graphql-js': new ApolloServer({ schema }), 'graphql-jit': new ApolloServer({ gateway: compiledGateway(schema) }) };
  for (const server of Object.values(servers)) await server.start();
  const operations = { myDisputes: { query: MY_DISPUTES }, dispute: { query: DISPUTE, variables: { id: ids[0] } } };
  const round = async (server: ApolloServer, operation: { query: string; variables?: Record<string, unknown> }, n: number) => {
    const cpu = process.cpuUsage();
    for (let k = 0; k < n; k++) await server.executeOperation(operation);
    const spent = process.cpuUsage(cpu);
    return (spent.user + spent.system) / n;
  };
  for (const [name, operation] of Object.entries(operations)) {
    const rounds: Record<string, number[]> = { 'graphql-js': [], 'graphql-jit': [] };
    for (const server of Object.values(servers)) await round(server, operation, 1000); // warm-up
    for (let r = 0; r < 7; r++) for (const [executor, server] of Object.entries(servers)) rounds[executor].push(await round(server, operation, 1000));
    console.log(`bench=api-executor case=${name} graphql_js_us=${median(rounds['graphql-js']).toFixed(0)} graphql_jit_us=${median(rounds['graphql-jit']).toFixed(0)}`);
  }
  for (const server of Object.values(servers)) await server.stop();
}

async function main(): Promise<void> {
  const database = await createBenchDatabase('api');
  Object.assign(process.env, { DATABASE_URL: database.url, NODE_ENV: 'production', LOG_LEVEL: 'silent', JWT_SECRET: randomUUID() + randomUUID(), DATA_KEY: randomUUID() + randomUUID(), DEADLINES_INTERVAL_MS: '3600000', NOTIFIER: 'external', LOGIN_LIMIT_PER_ADDRESS: '100000', MESSAGE_LIMIT_PER_DISPUTE: '1000000', MESSAGE_LIMIT_PER_PARTY: '1000000' });
  // Without BENCH_VARIANTS: the app as configured (its default executor, or GRAPHQL_EXECUTOR).
  const variants = (process.env.BENCH_VARIANTS ?? graphqlExecutorFrom(process.env)).split(',').map((name) => {
    const variant = VARIANTS[name.trim()];
    if (!variant) throw new Error(`BENCH_VARIANTS: unknown variant ${JSON.stringify(name)} (known: ${Object.keys(VARIANTS).join(', ')})`);
    return variant;
  });
  const repeat = Number(process.env.BENCH_REPEAT ?? 1);
  // BENCH_PROJECTOR=process: the topology deployed at scale, the projections in a process of their
  // own (apps/projector, PROJECTIONS=external here); its CPU per request is reported beside the API's.
  const ownProjector = process.env.BENCH_PROJECTOR === 'process';
  if (ownProjector) process.env.PROJECTIONS = 'external';
  let projector: ProjectorProcess | undefined;
  let recours: Recours | undefined = await startRecours(variants[0]);
  const api = new GraphQLCaller(recours.url);
  // One bare server per adapter the variants run on.
  const bares = new Map<HttpAdapterName, BareServer>();
  try {
    if (ownProjector) projector = await startProjectorProcess(database.url);
    const signUp = async (role: string, extra: Record<string, unknown> = {}) =>
      (
        await api.call<{ signUp: { token: string; user: { id: string; merchantId: string | null } } }>(`mutation($input: SignUpInput!) { signUp(input: $input) { token user { id merchantId } } }`, {
          input: { email: `${role.toLowerCase()}-${randomUUID()}@bench.test`, password: 'Bench-password-2026', displayName: role, role, ...extra },
        })
      ).signUp;
    const consumer = await signUp('CONSUMER');
    const writer = await signUp('CONSUMER');
    const merchant = await signUp('MERCHANT', { merchantName: 'Bench Electronics' });

    // 10,000 disputes, written through the same command path as the API, 8 at a time.
    const store = recours.app.get<EventStore>(EVENT_STORE);
    const commands = recours.app.get(DisputeCommands);
    const started = Date.now();
    const others = Array.from({ length: 99 }, () => randomUUID());
    const ids: string[] = [];
    const written: string[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < SEEDED) {
          const n = next++;
          const consumerId = n < MINE ? consumer.user.id : n < MINE + ROUND_TRIP_DISPUTES ? writer.user.id : others[n % others.length];
          const disputeId = randomUUID();
          if (n < MINE) ids.push(disputeId);
          else if (n < MINE + ROUND_TRIP_DISPUTES) written.push(disputeId);
          await commands.handle({ kind: 'CONSUMER', id: consumerId }, new Date(), {
            type: 'FileClaim',
            disputeId,
            merchantId: merchant.user.merchantId as string,
            product: { name: `Smartphone ${n}`, category: 'Smartphone', brand: 'Samsung', model: 'SM-A546B', condition: 'NEW' },
            purchase: { purchasedOn: '2026-01-10', deliveredOn: '2026-01-12', price: { amount: '449.00', currency: 'EUR' }, channel: 'ONLINE', country: 'FR' },
            problem: { description: 'The battery swells and the phone shuts down at 40%.', firstNoticedOn: '2026-06-01', chronology: [{ on: '2026-06-01', what: 'First shutdown' }] },
            requestedRemedy: 'REPLACEMENT',
            evidence: [],
          });
        }
      }),
    );
    const head = await store.headPosition();
    await recours.app.get(ProjectionProgress).waitForPosition(head as bigint, 600_000);
    process.stderr.write(`seeded ${SEEDED} disputes and projected them in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);

    // The bare server answers exactly what recours answered, as constants.
    const shapes = {
      myDisputes: (await api.call<{ myDisputes: unknown }>(MY_DISPUTES, {}, consumer.token)).myDisputes,
      dispute: (await api.call<{ dispute: unknown }>(DISPUTE, { id: ids[0] }, consumer.token)).dispute,
      postMessage: (await api.call<{ postMessage: unknown }>(POST_MESSAGE, { input: { disputeId: written[0], body: 'Warm-up message' } }, writer.token)).postMessage,
    };
    if (process.env.BENCH_EXECUTOR) return await compareExecutors(shapes, ids);
    for (const adapter of new Set(variants.map((v) => v.adapter))) bares.set(adapter, await startBareServer(shapes, adapter));
    const measured: Measured[] = [];

    let i = 0;
    const cases: BenchCase[] = [
      { name: 'myDisputes', body: () => JSON.stringify({ query: MY_DISPUTES }), clients: [1, 16, 64], token: consumer.token },
      { name: 'dispute', body: () => JSON.stringify({ query: DISPUTE, variables: { id: ids[i++ % ids.length] } }), clients: [1, 16, 64], token: consumer.token },
      // A write that answers once the read models have applied it (read-your-writes).
      { name: 'mutation-round-trip', body: () => JSON.stringify({ query: POST_MESSAGE, variables: { input: { disputeId: written[i++ % written.length], body: `Any news? ${i}` } } }), clients: [1, 16], token: writer.token },
      // Diagnostic, only with BENCH_CASE=pipeline: an authenticated request that no resolver answers
      // (`__typename`), so what it costs is the HTTP, protections, context and GraphQL pipeline alone.
      { name: 'pipeline', body: () => JSON.stringify({ query: PIPELINE }), clients: [16], token: consumer.token, onlyWhenAsked: true },
    ];
    const only = process.env.BENCH_CASE?.split(','); // e.g. BENCH_CASE=dispute to profile one case
    const chosen = cases.filter((c) => (only ? only.includes(c.name) : !c.onlyWhenAsked));
    if (process.env.BENCH_NEST_FLOOR) {
      if (!bares.has('express')) bares.set('express', await startBareServer(shapes)); // stopped with the others
      return await measureNestFloor(recours, bares.get('express')!, shapes, chosen, repeat);
    }
    // Variants alternate (A, B, A, B…: BENCH_REPEAT passes), each pass measuring every chosen case
    // on an app started for it, each measure right after the bare server's, so that a machine
    // whose load drifts weighs on every variant alike.
    for (let pass = 0; pass < repeat; pass++) {
      for (const variant of variants) {
        if (!recours) recours = await startRecours(variant);
        await answersAlike(recours, { query: DISPUTE, variables: { id: ids[0] } }, consumer.token, shapes.dispute as object);
        for (const benchCase of chosen) {
          // BENCH_STATEMENTS=1: the SQL statements one request sends (20 requests, one at a time), by text.
          // BENCH_STATEMENTS=<n> (n > 1): the same under n clients for BENCH_SECONDS, per answered request,
          // where the projections' batches gather several requests.
          if (process.env.BENCH_STATEMENTS) {
            const loadClients = Number(process.env.BENCH_STATEMENTS) > 1 ? Number(process.env.BENCH_STATEMENTS) : 0;
            let requests = 20;
            const caller = new GraphQLCaller(recours.url);
            const counted = await countStatements(recours.app.getHttpServer(), async () => {
              if (loadClients) {
                requests = Math.max(1, (await load(recours!.url, loadClients, SECONDS, benchCase.body, benchCase.token)).answered);
                return;
              }
              for (let n = 0; n < requests; n++) {
                const { query, variables } = JSON.parse(benchCase.body()) as { query: string; variables?: Record<string, unknown> };
                await caller.call(query, variables, benchCase.token);
              }
            });
            for (const [text, count] of counted.request) console.log(`bench=api-statements case=${benchCase.name} per_request=${(count / requests).toFixed(2)} sql=${JSON.stringify(text)} variant=${variant.name}`);
            // What the app sent meanwhile outside the requests: for a mutation, the projections' batches it waited for.
            for (const [text, count] of counted.background) console.log(`bench=api-background-statements case=${benchCase.name} per_request=${(count / requests).toFixed(2)} sql=${JSON.stringify(text)} variant=${variant.name}`);
            continue;
          }
          // A fresh app's first requests pay for V8's optimisation, caches and compiled documents.
          if (WARM_UP_SECONDS > 0) await load(recours.url, 16, WARM_UP_SECONDS, benchCase.body, benchCase.token);
          for (const clients of benchCase.clients.filter((n) => !process.env.BENCH_CLIENTS || String(n) === process.env.BENCH_CLIENTS)) {
            // BENCH_NO_BARE=1 skips the baseline, to profile recours alone; BENCH_PROFILE=<dir> writes a
            // CPU profile of the load phase only (seeding and the baseline left out).
            const bareRun = process.env.BENCH_NO_BARE ? { rps: NaN, p99: NaN, p50: NaN, errors: 0, answered: 0, cpuMicrosPerRequest: NaN, dbCpuMicrosPerRequest: NaN, projectorCpuMicrosPerRequest: NaN } : await load(bares.get(variant.adapter)!.url, clients, SECONDS, benchCase.body);
            const profile = process.env.BENCH_PROFILE ? await startProfile() : undefined;
            const ours = await load(recours.url, clients, SECONDS, benchCase.body, benchCase.token, projector?.pid);
            if (profile) process.stderr.write(`cpu profile of recours under load: ${await profile.stop(`${process.env.BENCH_PROFILE}/api-${benchCase.name}-${clients}-${variant.name}-${pass + 1}.cpuprofile`)}\n`);
            if (ours.errors > 0) process.stderr.write(`warning: ${ours.errors} failed requests in ${benchCase.name} at ${clients} clients (${variant.name})\n`);
            if (bareRun.errors > 0) process.stderr.write(`warning: ${bareRun.errors} failed requests to the bare server in ${benchCase.name} at ${clients} clients (${variant.adapter})\n`);
            measured.push({ benchCase: benchCase.name, clients, variant, ours, bare: bareRun });
            console.log(
              `bench=api case=${benchCase.name} clients=${clients} rps=${ours.rps.toFixed(0)} p50_ms=${ours.p50} p99_ms=${ours.p99} bare_rps=${bareRun.rps.toFixed(0)} bare_p99_ms=${bareRun.p99} ratio=${(ours.rps / bareRun.rps).toFixed(2)} variant=${variant.name} pass=${pass + 1} cpu_us=${ours.cpuMicrosPerRequest.toFixed(0)} bare_cpu_us=${bareRun.cpuMicrosPerRequest.toFixed(0)} cpu_ratio=${(bareRun.cpuMicrosPerRequest / ours.cpuMicrosPerRequest).toFixed(2)} db_cpu_us=${ours.dbCpuMicrosPerRequest.toFixed(0)}${projector ? ` projector_cpu_us=${ours.projectorCpuMicrosPerRequest.toFixed(0)} projections=process` : ''} adapter=${variant.adapter}${flushDelay ? ` flush_delay_us=${flushDelay}` : ''} load1=${loadavg()[0].toFixed(2)}`,
            );
          }
        }
        if (variants.length > 1 || pass < repeat - 1) {
          await recours.app.close();
          recours = undefined;
        }
      }
    }
    summarize(measured);
  } finally {
    for (const bare of bares.values()) await bare.stop();
    await recours?.app.close();
    await projector?.stop();
    await database.drop();
  }
}

/**
 * Before a variant is measured: it answers the benchmark's query with the same fields (the
 * dispute's content may have moved since with the mutation case), with the protections' headers
 * (helmet's, the echoed correlation id), and refuses a forged token with 401, whatever its
 * adapter; else the run stops rather than compare unlike things.
 */
async function answersAlike(recours: Recours, operation: { query: string; variables: Record<string, unknown> }, token: string, expected: object): Promise<void> {
  const ask = (authorization: string, correlationId?: string) =>
    fetch(recours.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization, ...(correlationId ? { 'x-correlation-id': correlationId } : {}) }, body: JSON.stringify(operation) });
  const answer = await ask(`Bearer ${token}`, 'bench-correlation-1');
  const body = (await answer.json()) as { data?: { dispute?: { id?: unknown } }; errors?: unknown };
  const problems = [
    answer.status !== 200 && `status ${answer.status}`,
    (body.errors !== undefined || body.data?.dispute?.id !== operation.variables.id || Object.keys(body.data?.dispute ?? {}).join() !== Object.keys(expected).join()) && `another answer: ${JSON.stringify(body).slice(0, 200)}`,
    answer.headers.get('x-correlation-id') !== 'bench-correlation-1' && 'no correlation id echoed',
    answer.headers.get('x-content-type-options') !== 'nosniff' && 'no helmet headers',
    !answer.headers.get('content-security-policy') && 'no content security policy',
    (await ask('Bearer forged')).status !== 401 && 'a forged token not refused with 401',
  ].filter(Boolean);
  if (problems.length > 0) throw new Error(`variant ${recours.variant.name} does not answer like the others: ${problems.join('; ')}`);
}

/**
 * BENCH_NEST_FLOOR=1: per case and pass, the bare server, then a Nest application answering the
 * same constants through resolvers (nest-floor.ts), then recours, one after the other:
 * `bench=api-floor` lines with each one's rps and p99 and their ratios to the bare server of the
 * pass; then `bench=api-floor-median`. What the framework alone leaves of the bare throughput.
 */
async function measureNestFloor(recours: Recours | undefined, bare: BareServer, shapes: Record<'myDisputes' | 'dispute' | 'postMessage', unknown>, chosen: readonly BenchCase[], repeat: number): Promise<void> {
  if (!recours) throw new Error('BENCH_NEST_FLOOR: recours is not running');
  const floor = await startNestFloor(shapes);
  const rows: Array<{ benchCase: string; clients: number; bare: LoadMeasure; floor: LoadMeasure; ours: LoadMeasure }> = [];
  try {
    for (const benchCase of chosen) {
      if (WARM_UP_SECONDS > 0) for (const url of [bare.url, floor.url, recours.url]) await load(url, 16, WARM_UP_SECONDS, benchCase.body, benchCase.token);
      for (const clients of benchCase.clients.filter((n) => !process.env.BENCH_CLIENTS || String(n) === process.env.BENCH_CLIENTS)) {
        for (let pass = 1; pass <= repeat; pass++) {
          const bareRun = await load(bare.url, clients, SECONDS, benchCase.body);
          const floorRun = await load(floor.url, clients, SECONDS, benchCase.body);
          const ours = await load(recours.url, clients, SECONDS, benchCase.body, benchCase.token);
          rows.push({ benchCase: benchCase.name, clients, bare: bareRun, floor: floorRun, ours });
          console.log(
            `bench=api-floor case=${benchCase.name} clients=${clients} pass=${pass} bare_rps=${bareRun.rps.toFixed(0)} bare_p99_ms=${bareRun.p99} floor_rps=${floorRun.rps.toFixed(0)} floor_p99_ms=${floorRun.p99} floor_ratio=${(floorRun.rps / bareRun.rps).toFixed(2)} rps=${ours.rps.toFixed(0)} p99_ms=${ours.p99} ratio=${(ours.rps / bareRun.rps).toFixed(2)} ratio_to_floor=${(ours.rps / floorRun.rps).toFixed(2)} bare_cpu_us=${bareRun.cpuMicrosPerRequest.toFixed(0)} floor_cpu_us=${floorRun.cpuMicrosPerRequest.toFixed(0)} cpu_us=${ours.cpuMicrosPerRequest.toFixed(0)} load1=${loadavg()[0].toFixed(2)}`,
          );
        }
      }
    }
    for (const key of new Set(rows.map((r) => `${r.benchCase} ${r.clients}`))) {
      const runs = rows.filter((r) => `${r.benchCase} ${r.clients}` === key);
      const [benchCase, clients] = key.split(' ');
      console.log(
        `bench=api-floor-median case=${benchCase} clients=${clients} passes=${runs.length} floor_ratio=${median(runs.map((r) => r.floor.rps / r.bare.rps)).toFixed(2)} ratio=${median(runs.map((r) => r.ours.rps / r.bare.rps)).toFixed(2)} ratio_to_floor=${median(runs.map((r) => r.ours.rps / r.floor.rps)).toFixed(2)} floor_p99_to_bare=${median(runs.map((r) => r.floor.p99 / r.bare.p99)).toFixed(2)}`,
      );
    }
  } finally {
    await floor.app.close();
  }
}

interface Measured {
  benchCase: string;
  clients: number;
  variant: Variant;
  ours: LoadMeasure;
  bare: LoadMeasure;
}

/**
 * After several passes: the medians per case and variant (`bench=api-median`), and the bare
 * servers' own throughput side by side when variants run on both adapters (`bench=api-bare`):
 * what the adapter itself gives, apart from recours.
 */
function summarize(measured: Measured[]): void {
  const groups = new Map<string, Measured[]>();
  for (const m of measured) {
    const key = `${m.benchCase} ${m.clients} ${m.variant.name}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  for (const runs of groups.values()) {
    const { benchCase, clients, variant } = runs[0];
    const of = (pick: (m: Measured) => number) => median(runs.map(pick));
    console.log(
      `bench=api-median case=${benchCase} clients=${clients} variant=${variant.name} adapter=${variant.adapter} passes=${runs.length} ratio=${of((m) => m.ours.rps / m.bare.rps).toFixed(2)} rps=${of((m) => m.ours.rps).toFixed(0)} p99_ms=${of((m) => m.ours.p99)} bare_rps=${of((m) => m.bare.rps).toFixed(0)} bare_p99_ms=${of((m) => m.bare.p99)} p99_to_bare=${of((m) => m.ours.p99 / m.bare.p99).toFixed(2)} cpu_ratio=${of((m) => m.bare.cpuMicrosPerRequest / m.ours.cpuMicrosPerRequest).toFixed(2)}`,
    );
  }
  for (const key of new Set(measured.map((m) => `${m.benchCase} ${m.clients}`))) {
    const bareOn = (adapter: HttpAdapterName) => measured.filter((m) => `${m.benchCase} ${m.clients}` === key && m.variant.adapter === adapter).map((m) => m.bare);
    const express = bareOn('express');
    const fastify = bareOn('fastify');
    if (express.length === 0 || fastify.length === 0) continue;
    const [benchCase, clients] = key.split(' ');
    const rps = (runs: LoadMeasure[]) => median(runs.map((r) => r.rps));
    const p99 = (runs: LoadMeasure[]) => median(runs.map((r) => r.p99));
    console.log(`bench=api-bare case=${benchCase} clients=${clients} express_rps=${rps(express).toFixed(0)} express_p99_ms=${p99(express)} fastify_rps=${rps(fastify).toFixed(0)} fastify_p99_ms=${p99(fastify)} fastify_to_express=${(rps(fastify) / rps(express)).toFixed(2)}`);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

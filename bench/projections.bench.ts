/**
 * bench=projections: how fast a rebuild replays 100,000 dispute events (10,000 disputes of 10
 * events each) into every read model, against the rate of writing the very same rows with
 * plain batched INSERTs into empty copies of the tables, on the same database, in the same
 * run. Run with `npm run bench:projections` (DATABASE_URL optional).
 *
 * Events come from the real decider (scripted journeys, padded with messages to 10 events)
 * and are appended through the event store: each dispute in two appends (BENCH_SPLIT), all
 * first halves then all second halves, 8 writers at a time, so a dispute's events are spread
 * over the log and its rows are written at least twice by a rebuild.
 */
import { disputeStreamId } from '../libs/disputes/src';
import { PostgresEventStore } from '../libs/event-store/src';
import { ALL_PROJECTIONS, openReadModelsDataSource, rebuildProjections } from '../libs/read-models/src';
import { DisputeScript, toNewEvent } from '../libs/read-models/src/testing/dispute-script';
import { JOURNEY_NAMES, JOURNEYS } from '../libs/read-models/src/testing/journeys';
import { Pool } from 'pg';
import { endPool } from '../libs/database/src';
import { createBenchDatabase } from './bench-database';

const DISPUTES = Number(process.env.BENCH_DISPUTES ?? 10_000);
const EVENTS_PER_DISPUTE = 10;
const WRITERS = 8;
const RAW_BATCH = 1_000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** Appends per dispute (1 to 10): the more, the more a dispute's events are spread over the log. */
const SPLIT = Number(process.env.BENCH_SPLIT ?? 2);

async function main(): Promise<void> {
  const database = await createBenchDatabase('projections');
  const store = await PostgresEventStore.start({ connectionString: database.url, poolSize: WRITERS });
  const dataSource = await openReadModelsDataSource(database.url, 2);
  const pool = new Pool({ connectionString: database.url, max: ALL_PROJECTIONS.length + 1 });
  try {
    const parts = await generate();
    for (let part = 0; part < SPLIT; part++) await appendAll(store, parts.map((p) => p[part]));
    // A rebuild replays a log written long before: vacuumed (hint bits set) and analyzed, as
    // autovacuum leaves it. Right after a bulk load it is neither; without statistics the
    // store's readAll even sorts the rest of the log for every page (see docs/performance.md).
    await pool.query('VACUUM (ANALYZE) event_store.events');

    // Alternate rebuild and raw runs, so that drift on a noisy machine hits both alike; the
    // first round only warms up (JIT, caches) and is not counted.
    let events = 0;
    let rebuildSeconds = 0;
    let rawSeconds = 0;
    for (let round = 0; round <= ROUNDS; round++) {
      const rebuild = await rebuildProjections({ store, connectionString: database.url, projections: ALL_PROJECTIONS });
      const raw = await rawInsertSeconds(pool);
      if (process.env.BENCH_VERBOSE) console.error(`round ${round}${round === 0 ? ' (warm-up)' : ''}: rebuild ${rebuild.seconds.toFixed(2)} s, raw ${raw.toFixed(2)} s`);
      if (round === 0) continue;
      events = rebuild.events;
      rebuildSeconds += rebuild.seconds;
      rawSeconds += raw;
    }
    const eventsPerS = (events * ROUNDS) / rebuildSeconds;
    const rawPerS = (events * ROUNDS) / rawSeconds;
    console.log(`bench=projections events=${events} events_per_s=${eventsPerS.toFixed(0)} raw_per_s=${rawPerS.toFixed(0)} ratio=${(eventsPerS / rawPerS).toFixed(2)}`);
  } finally {
    await endPool(pool);
    await dataSource.destroy();
    await store.close();
    await database.drop();
  }
}

interface Append {
  streamId: string;
  expectedVersion: number | 'no_stream';
  events: ReturnType<typeof toNewEvent>[];
}

/** Each dispute's first EVENTS_PER_DISPUTE events, decided by the real decider, split in SPLIT appends. */
async function generate(): Promise<Append[][]> {
  const natural = new Map<string, number>();
  for (const name of JOURNEY_NAMES) {
    const dry = new DisputeScript('dry');
    await JOURNEYS[name](dry, cast(0, 0));
    natural.set(name, dry.events.length);
  }
  const parts: Append[][] = [];
  for (let i = 0; i < DISPUTES; i++) {
    const name = JOURNEY_NAMES[i % JOURNEY_NAMES.length];
    const script = new DisputeScript(`bench-${i}`);
    await JOURNEYS[name](script, cast(i, Math.max(0, EVENTS_PER_DISPUTE - natural.get(name)!)));
    const events = script.appends.flatMap(({ events, actor }) => events.map((event) => toNewEvent(event, actor))).slice(0, EVENTS_PER_DISPUTE);
    const streamId = disputeStreamId(script.disputeId);
    const bounds = Array.from({ length: SPLIT + 1 }, (_, k) => Math.round((k * EVENTS_PER_DISPUTE) / SPLIT));
    parts.push(
      bounds.slice(0, -1).map((from, k) => ({ streamId, expectedVersion: from === 0 ? ('no_stream' as const) : from - 1, events: events.slice(from, bounds[k + 1]) })),
    );
  }
  return parts;
}

const cast = (i: number, extraMessages: number) => ({
  consumerId: `consumer-${i % 4_000}`,
  merchantId: `merchant-${i % 200}`,
  mediatorId: `mediator-${i % 25}`,
  associationId: `association-${i % 10}`,
  filedOn: `2025-${String(3 + (i % 8)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
  extraMessages,
});

async function appendAll(store: PostgresEventStore, appends: Append[]): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      while (next < appends.length) {
        const { streamId, events, expectedVersion } = appends[next++];
        await store.appendToStream(streamId, events, { expectedVersion });
      }
    }),
  );
}

/**
 * The baseline: every row the rebuild produced, written again with multi-row INSERTs of
 * RAW_BATCH rows into empty copies of the tables (same columns, same indexes), one connection
 * per projection as in the rebuild. Nothing to read, fold or update: the floor of the cost.
 */
async function rawInsertSeconds(pool: Pool): Promise<number> {
  await pool.query('DROP SCHEMA IF EXISTS raw CASCADE; CREATE SCHEMA raw');
  const work: { projection: number; table: string; columns: string[]; rows: string[][] }[] = [];
  for (const [projection, { tables }] of ALL_PROJECTIONS.entries()) {
    for (const table of tables) {
      await pool.query(table.ddl('raw'));
      const { rows: columns } = await pool.query<{ name: string }>(
        `SELECT attname AS name FROM pg_attribute WHERE attrelid = 'read_models.${table.name}'::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`, // a generated column is computed by the copy as by the original
      );
      const names = columns.map((c) => c.name);
      const { rows } = await pool.query({ text: `SELECT ${names.map((n) => `${n}::text`).join(', ')} FROM read_models.${table.name}`, rowMode: 'array' });
      work.push({ projection, table: table.name, columns: names, rows: rows as string[][] });
    }
  }
  const started = process.hrtime.bigint();
  await Promise.all(
    ALL_PROJECTIONS.map(async (_, projection) => {
      const client = await pool.connect();
      try {
        for (const { table, columns, rows } of work.filter((w) => w.projection === projection)) {
          for (let from = 0; from < rows.length; from += RAW_BATCH) {
            const batch = rows.slice(from, from + RAW_BATCH);
            const values = batch.flat();
            const tuples = batch.map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(', ')})`);
            await client.query(`INSERT INTO raw.${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`, values);
          }
        }
      } finally {
        client.release();
      }
    }),
  );
  return Number(process.hrtime.bigint() - started) / 1e9;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

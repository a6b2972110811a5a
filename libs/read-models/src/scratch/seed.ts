/**
 * bench=projections: how fast a rebuild replays 100,000 dispute events (10,000 disputes of 10
 * events each) into every read model, against the rate of writing the very same rows with
 * plain batched INSERTs into empty copies of the tables, on the same database, in the same
 * run. Run with `npm run bench:projections` (DATABASE_URL optional).
 *
 * Events come from the real decider (scripted journeys, padded with messages to 10 events)
 * and are appended through the event store: each dispute in two appends, all first halves
 * then all second halves, 8 writers at a time, so a dispute's events are spread over the log.
 */
import { disputeStreamId } from '../../../disputes/src';
import { PostgresEventStore } from '../../../event-store/src';
import { ALL_PROJECTIONS, openReadModelsDataSource, rebuildProjections } from '../../../read-models/src';
import { DisputeScript, toNewEvent } from '../../../read-models/src/testing/dispute-script';
import { JOURNEY_NAMES, JOURNEYS } from '../../../read-models/src/testing/journeys';
import { Pool } from 'pg';
import { createBenchDatabase } from '../../../../bench/bench-database';

const DISPUTES = Number(process.env.BENCH_DISPUTES ?? 10_000);
const EVENTS_PER_DISPUTE = 10;
const WRITERS = 8;
const RAW_BATCH = 1_000;

async function main(): Promise<void> {
  const url = 'postgres://postgres@127.0.0.1:5432/recours_scratch_proj';
  const store = await PostgresEventStore.start({ connectionString: url, poolSize: WRITERS });
  const halves = await generate();
  const t = Date.now();
  for (const half of [0, 1]) await appendAll(store, halves.map((h) => h[half]));
  console.log('appended in', Date.now() - t);
  await store.close();
}

interface Append {
  streamId: string;
  expectedVersion: number | 'no_stream';
  events: ReturnType<typeof toNewEvent>[];
}

/** Each dispute's first EVENTS_PER_DISPUTE events, decided by the real decider, split in two appends. */
async function generate(): Promise<[Append, Append][]> {
  const natural = new Map<string, number>();
  for (const name of JOURNEY_NAMES) {
    const dry = new DisputeScript('dry');
    await JOURNEYS[name](dry, cast(0, 0));
    natural.set(name, dry.events.length);
  }
  const halves: [Append, Append][] = [];
  for (let i = 0; i < DISPUTES; i++) {
    const name = JOURNEY_NAMES[i % JOURNEY_NAMES.length];
    const script = new DisputeScript(`bench-${i}`);
    await JOURNEYS[name](script, cast(i, Math.max(0, EVENTS_PER_DISPUTE - natural.get(name)!)));
    const events = script.appends.flatMap(({ events, actor }) => events.map((event) => toNewEvent(event, actor))).slice(0, EVENTS_PER_DISPUTE);
    const split = EVENTS_PER_DISPUTE / 2;
    const streamId = disputeStreamId(script.disputeId);
    halves.push([
      { streamId, expectedVersion: 'no_stream', events: events.slice(0, split) },
      { streamId, expectedVersion: split - 1, events: events.slice(split) },
    ]);
  }
  return halves;
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

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

/**
 * bench=event-store: appends per second through the PostgreSQL event store, against the raw
 * INSERT rate of rows of the same shape into a bare table with the same indexes, on the same
 * database, in the same run. Run with `npm run bench:event-store` (DATABASE_URL optional).
 */
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { endPool } from '../libs/database/src';
import { PostgresEventStore } from '../libs/event-store/src';
import { createBenchDatabase, ratePerSecond } from './bench-database';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const ROUNDS = 2; // alternate raw and store runs so drift on a noisy machine hits both alike
const STREAMS_PER_WRITER = 200;

const payload = (i: number) => ({ offerId: randomUUID(), remedy: 'REPAIR', amount: '129.90', currency: 'EUR', note: `offer ${i}`, daysToCarryOut: 30 });

async function main(): Promise<void> {
  const database = await createBenchDatabase('event_store');
  const store = await PostgresEventStore.start({ connectionString: database.url, poolSize: 8 });
  const raw = new Pool({ connectionString: database.url, max: 8 });
  await raw.query(`
    CREATE TABLE raw_events (
      global_position bigint PRIMARY KEY, id uuid NOT NULL UNIQUE, stream_id text NOT NULL, stream_version bigint NOT NULL,
      type text NOT NULL, data json NOT NULL, metadata json NOT NULL, command_id text, recorded_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (stream_id, stream_version));
    CREATE INDEX ON raw_events (stream_id, command_id) WHERE command_id IS NOT NULL;
    CREATE SEQUENCE raw_positions;`);

  try {
    for (const writers of [1, 8]) {
      for (const batch of [1, 10]) {
        const versions = new Map<string, number>();
        const rawVersions = new Map<string, number>();
        const storeRun = () =>
          ratePerSecond(writers, SECONDS * 1000, async (w, i) => {
            const streamId = `bench-${writers}-${batch}-${w}-${i % STREAMS_PER_WRITER}`;
            const expected = versions.get(streamId);
            const events = Array.from({ length: batch }, (_, k) => ({ type: 'OfferMade', data: payload(k), metadata: { actor: 'bench', correlationId: streamId } }));
            const result = await store.appendToStream(streamId, events, { expectedVersion: expected ?? 'no_stream' });
            versions.set(streamId, result.nextExpectedVersion);
            return batch;
          });
        const rawRun = () =>
          ratePerSecond(writers, SECONDS * 1000, async (w, i) => {
            const streamId = `raw-${writers}-${batch}-${w}-${i % STREAMS_PER_WRITER}`;
            const from = (rawVersions.get(streamId) ?? -1) + 1;
            const values: unknown[] = [];
            const rows = Array.from({ length: batch }, (_, k) => {
              values.push(randomUUID(), streamId, from + k, 'OfferMade', JSON.stringify(payload(k)), JSON.stringify({ actor: 'bench', correlationId: streamId }));
              const o = k * 6;
              return `(nextval('raw_positions'), $${o + 1}, $${o + 2}, $${o + 3}, $${o + 4}, $${o + 5}, $${o + 6})`;
            });
            await raw.query({ name: `raw-${batch}`, text: `INSERT INTO raw_events (global_position, id, stream_id, stream_version, type, data, metadata) VALUES ${rows.join(', ')}`, values });
            rawVersions.set(streamId, from + batch - 1);
            return batch;
          });
        let storeTotal = 0;
        let rawTotal = 0;
        for (let round = 0; round < ROUNDS; round++) {
          rawTotal += await rawRun();
          storeTotal += await storeRun();
        }
        const eventsPerS = storeTotal / ROUNDS;
        const rawPerS = rawTotal / ROUNDS;
        const name = `append-${batch === 1 ? 'single' : `batch${batch}`}`;
        console.log(`bench=event-store case=${name} writers=${writers} batch=${batch} events_per_s=${eventsPerS.toFixed(0)} raw_per_s=${rawPerS.toFixed(0)} ratio=${(eventsPerS / rawPerS).toFixed(2)}`);
      }
    }
  } finally {
    await store.close();
    await endPool(raw);
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

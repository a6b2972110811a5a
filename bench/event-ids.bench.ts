/**
 * bench=event-ids: what an append writes to PostgreSQL's log once the events table is large,
 * with the event ids made as before (random, UUID version 4) against time-ordered ones (UUID
 * version 7, what the store gives an event since 2026-12-04), in the same run on the same log.
 *
 * The log is first filled with `BENCH_LOG_EVENTS` events (default 1,000,000; written by one SQL
 * statement, with random ids, as a log written before the change holds them; 5 events per
 * stream). Then, alternated `BENCH_ROUNDS` times (default 2): a CHECKPOINT, and `BENCH_APPENDS`
 * appends (default 5,000; one message each, through the real store, 4 writers, to 200 streams of
 * that log: the disputes being worked on) with each kind of id. After a checkpoint PostgreSQL
 * writes a page's whole image to its log the first time the page changes; a random id changes a
 * random page of the id index at each append.
 *
 * Prints per round `bench=event-ids log_events= ids= round= appends= wal_bytes_per_append=
 * appends_per_s=`, then `bench=event-ids log_events= summary=1 …` with the medians,
 * `wal_ratio=` (time-ordered over random), `rate_ratio=` and the id index's size.
 * `npm run bench:event-ids`. The log's position is the server's: run it on a quiet server.
 */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { PostgresEventStore } from '../libs/event-store/src';
import { createBenchDatabase } from './bench-database';

const LOG_EVENTS = Number(process.env.BENCH_LOG_EVENTS ?? 1_000_000);
const APPENDS = Number(process.env.BENCH_APPENDS ?? 5_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const WRITERS = 4;
const ACTIVE_STREAMS = 200;
const EVENTS_PER_STREAM = 5;

type Ids = 'random' | 'time-ordered';
interface Round { ids: Ids; walBytes: number; seconds: number }

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function main(): Promise<void> {
  const database = await createBenchDatabase('event_ids');
  const store = await PostgresEventStore.start({ connectionString: database.url, poolSize: WRITERS });
  const sql = new Client({ connectionString: database.url });
  await sql.connect();
  try {
    const filled = Date.now();
    // Positions below any the store will give (its are transaction id << 20); stream ids and
    // event ids random, as the API made them before; a hash of the right length.
    await sql.query(
      `INSERT INTO event_store.events (global_position, id, stream_id, stream_version, type, data, metadata, hash)
       SELECT n, gen_random_uuid(), 'dispute-' || md5(((n - 1) / ${EVENTS_PER_STREAM})::text)::uuid, (n - 1) % ${EVENTS_PER_STREAM}, 'MessagePosted',
              json_build_object('messageId', gen_random_uuid(), 'body', 'Bonjour, où en est la réparation ?'), '{"actor":"bench"}', sha256(int8send(n))
         FROM generate_series(1, $1::bigint) AS n`,
      [LOG_EVENTS],
    );
    await sql.query('VACUUM ANALYZE event_store.events');
    process.stderr.write(`filled the log with ${LOG_EVENTS} events in ${((Date.now() - filled) / 1000).toFixed(1)} s\n`);
    const streams = Math.max(1, Math.floor(LOG_EVENTS / EVENTS_PER_STREAM));
    const count = Math.min(ACTIVE_STREAMS, streams);
    const picked = Array.from({ length: count }, (_, i) => Math.floor((i * streams) / count));
    const { rows: activeRows } = await sql.query<{ id: string }>(`SELECT 'dispute-' || md5(n::text)::uuid AS id FROM unnest($1::bigint[]) AS n`, [picked]);
    const activeStreams = activeRows.map((row) => row.id);

    const walNow = async () => (await sql.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn')).rows[0].lsn;
    const round = async (ids: Ids): Promise<Round> => {
      await sql.query('CHECKPOINT');
      const start = await walNow();
      const started = process.hrtime.bigint();
      let next = 0;
      await Promise.all(
        Array.from({ length: WRITERS }, async () => {
          for (let i = next++; i < APPENDS; i = next++) {
            const streamId = activeStreams[i % activeStreams.length];
            const event = { type: 'MessagePosted', data: { messageId: randomUUID(), body: 'La pièce est commandée, merci de patienter.' }, metadata: { actor: 'bench' } };
            await store.appendToStream(streamId, [ids === 'random' ? { ...event, id: randomUUID() } : event], { expectedVersion: 'any' });
          }
        }),
      );
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const end = await walNow();
      const { rows } = await sql.query<{ bytes: string }>(`SELECT pg_wal_lsn_diff($1, $2)::text AS bytes`, [end, start]);
      return { ids, walBytes: Number(rows[0].bytes), seconds };
    };

    const rounds: Round[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      // Alternated, each kind first in turn, so that drift hits both alike.
      for (const ids of (r % 2 ? ['time-ordered', 'random'] : ['random', 'time-ordered']) as Ids[]) {
        const measured = await round(ids);
        rounds.push(measured);
        console.log(
          `bench=event-ids log_events=${LOG_EVENTS} ids=${ids} round=${r + 1} appends=${APPENDS} wal_bytes_per_append=${(measured.walBytes / APPENDS).toFixed(0)} appends_per_s=${(APPENDS / measured.seconds).toFixed(0)}`,
        );
      }
    }
    const of = (ids: Ids, pick: (r: Round) => number) => median(rounds.filter((r) => r.ids === ids).map(pick));
    const wal = (ids: Ids) => of(ids, (r) => r.walBytes / APPENDS);
    const rate = (ids: Ids) => of(ids, (r) => APPENDS / r.seconds);
    const { rows } = await sql.query<{ bytes: string }>(`SELECT pg_relation_size('event_store.events_id_key')::text AS bytes`);
    console.log(
      `bench=event-ids log_events=${LOG_EVENTS} summary=1 appends=${APPENDS} rounds=${ROUNDS} random_wal_bytes_per_append=${wal('random').toFixed(0)} time_ordered_wal_bytes_per_append=${wal('time-ordered').toFixed(0)} wal_ratio=${(wal('time-ordered') / wal('random')).toFixed(2)} rate_ratio=${(rate('time-ordered') / rate('random')).toFixed(2)} id_index_mb=${(Number(rows[0].bytes) / 1048576).toFixed(1)}`,
    );
  } finally {
    await sql.end();
    await store.close();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

/**
 * bench=event-ids: what an append writes to PostgreSQL's log once the events table is large,
 * with ids made as before (random, UUID version 4) against time-ordered ones (UUID version 7,
 * since 2026-12-04), in the same run. After a checkpoint PostgreSQL writes a page's whole image
 * to its log the first time the page changes: a random key changes a random page of its index.
 *
 * Two parts, each on a log filled with `BENCH_LOG_EVENTS` events (default 1,000,000; one SQL
 * statement; 5 events per stream), then, alternated `BENCH_ROUNDS` times (default 2), a
 * CHECKPOINT and `BENCH_APPENDS` appends (default 5,000; one message each, through the real
 * store, 4 writers):
 * - `part=event-ids`: one log whose events have random ids, as a log written before the change
 *   holds them; appends to 200 of its streams, each event given a random id (as before) or none
 *   (the store's time-ordered one).
 * - `part=stream-ids`: two logs, one whose streams (disputes) have random ids and one whose
 *   streams have time-ordered ids; appends to the newest `BENCH_ACTIVE_STREAMS` streams (default
 *   2,000: the disputes being worked on are the recent ones) of each.
 *
 * Prints per round `bench=event-ids part= log_events= ids= round= appends= wal_bytes_per_append=
 * appends_per_s=`, then per part `bench=event-ids part= log_events= summary=1 …` with the medians,
 * `wal_ratio=` (time-ordered over random), `rate_ratio=` and the index's size.
 * `npm run bench:event-ids`. The log's position is the server's: run it on a quiet server.
 */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { PostgresEventStore } from '../libs/event-store/src';
import { createBenchDatabase } from './bench-database';

const LOG_EVENTS = Number(process.env.BENCH_LOG_EVENTS ?? 1_000_000);
const APPENDS = Number(process.env.BENCH_APPENDS ?? 5_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const ACTIVE_STREAMS = Number(process.env.BENCH_ACTIVE_STREAMS ?? 2_000);
const WRITERS = 4;
const EVENTS_PER_STREAM = 5;
const STREAMS = Math.max(1, Math.floor(LOG_EVENTS / EVENTS_PER_STREAM));

type Ids = 'random' | 'time-ordered';
interface Round { ids: Ids; walBytes: number; seconds: number }
interface Log { store: PostgresEventStore; schema: string; active: string[] }

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Stream n's id: random-looking (md5), or time-ordered (version 7, stream n made n ms after the first). */
const streamIdSql = (ids: Ids, n: string) =>
  ids === 'random'
    ? `'dispute-' || md5((${n})::text)::uuid`
    : `'dispute-' || overlay(overlay(overlay(md5((${n})::text) placing lpad(to_hex(1764806400000 + (${n})), 12, '0') from 1 for 12) placing '7' from 13 for 1) placing '8' from 17 for 1)::uuid`;

async function fill(sql: Client, url: string, schema: string, streams: Ids, active: (n: number) => number[]): Promise<Log> {
  const store = await PostgresEventStore.start({ connectionString: url, schema, poolSize: WRITERS });
  const started = Date.now();
  // Positions below any the store will give (its are transaction id << 20); event ids random, as
  // a log written before the change holds them; a hash of the right length.
  await sql.query(
    `INSERT INTO ${schema}.events (global_position, id, stream_id, stream_version, type, data, metadata, hash)
     SELECT n, gen_random_uuid(), ${streamIdSql(streams, `(n - 1) / ${EVENTS_PER_STREAM}`)}, (n - 1) % ${EVENTS_PER_STREAM}, 'MessagePosted',
            json_build_object('messageId', gen_random_uuid(), 'body', 'Bonjour, où en est la réparation ?'), '{"actor":"bench"}', sha256(int8send(n))
       FROM generate_series(1, $1::bigint) AS n`,
    [LOG_EVENTS],
  );
  await sql.query(`VACUUM ANALYZE ${schema}.events`);
  process.stderr.write(`filled ${schema} with ${LOG_EVENTS} events in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  const { rows } = await sql.query<{ id: string }>(`SELECT ${streamIdSql(streams, 'n')} AS id FROM unnest($1::bigint[]) AS n`, [active(STREAMS)]);
  return { store, schema, active: rows.map((row) => row.id) };
}

async function appendRound(sql: Client, log: Log, eventIds: Ids, label: Ids): Promise<Round> {
  const walNow = async () => (await sql.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn')).rows[0].lsn;
  await sql.query('CHECKPOINT');
  const start = await walNow();
  const started = process.hrtime.bigint();
  let next = 0;
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      for (let i = next++; i < APPENDS; i = next++) {
        const event = { type: 'MessagePosted', data: { messageId: randomUUID(), body: 'La pièce est commandée, merci de patienter.' }, metadata: { actor: 'bench' } };
        await log.store.appendToStream(log.active[i % log.active.length], [eventIds === 'random' ? { ...event, id: randomUUID() } : event], { expectedVersion: 'any' });
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const { rows } = await sql.query<{ bytes: string }>(`SELECT pg_wal_lsn_diff($1, $2)::text AS bytes`, [await walNow(), start]);
  return { ids: label, walBytes: Number(rows[0].bytes), seconds };
}

/** Alternated rounds of the two kinds, each first in turn; the per-round lines and the part's summary. */
async function compare(sql: Client, part: string, run: (ids: Ids) => Promise<Round>, index: string): Promise<void> {
  const rounds: Round[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const ids of (r % 2 ? ['time-ordered', 'random'] : ['random', 'time-ordered']) as Ids[]) {
      const measured = await run(ids);
      rounds.push(measured);
      console.log(
        `bench=event-ids part=${part} log_events=${LOG_EVENTS} ids=${ids} round=${r + 1} appends=${APPENDS} wal_bytes_per_append=${(measured.walBytes / APPENDS).toFixed(0)} appends_per_s=${(APPENDS / measured.seconds).toFixed(0)}`,
      );
    }
  }
  const of = (ids: Ids, pick: (r: Round) => number) => median(rounds.filter((r) => r.ids === ids).map(pick));
  const wal = (ids: Ids) => of(ids, (r) => r.walBytes / APPENDS);
  const rate = (ids: Ids) => of(ids, (r) => APPENDS / r.seconds);
  const { rows } = await sql.query<{ bytes: string }>(`SELECT pg_relation_size($1)::text AS bytes`, [index]);
  console.log(
    `bench=event-ids part=${part} log_events=${LOG_EVENTS} summary=1 appends=${APPENDS} rounds=${ROUNDS} random_wal_bytes_per_append=${wal('random').toFixed(0)} time_ordered_wal_bytes_per_append=${wal('time-ordered').toFixed(0)} wal_ratio=${(wal('time-ordered') / wal('random')).toFixed(2)} rate_ratio=${(rate('time-ordered') / rate('random')).toFixed(2)} index=${index.split('.')[1]} index_mb=${(Number(rows[0].bytes) / 1048576).toFixed(1)}`,
  );
}

async function main(): Promise<void> {
  const database = await createBenchDatabase('event_ids');
  const sql = new Client({ connectionString: database.url });
  await sql.connect();
  const logs: Log[] = [];
  try {
    // Part 1: the events' own ids, on 200 streams spread over the log.
    const spread = (streams: number) => Array.from({ length: Math.min(200, streams) }, (_, i) => Math.floor((i * streams) / Math.min(200, streams)));
    const log = await fill(sql, database.url, 'events_by_id', 'random', spread);
    logs.push(log);
    await compare(sql, 'event-ids', (ids) => appendRound(sql, log, ids, ids), 'events_by_id.events_id_key');

    // Part 2: the streams' ids, appending to the newest streams; the events' ids time-ordered in both.
    const newest = (streams: number) => Array.from({ length: Math.min(ACTIVE_STREAMS, streams) }, (_, i) => streams - 1 - i);
    const byStream = { random: await fill(sql, database.url, 'streams_random', 'random', newest), 'time-ordered': await fill(sql, database.url, 'streams_ordered', 'time-ordered', newest) };
    logs.push(byStream.random, byStream['time-ordered']);
    await compare(sql, 'stream-ids', (ids) => appendRound(sql, byStream[ids], 'time-ordered', ids), 'streams_random.events_stream_version_unique');
  } finally {
    await sql.end();
    for (const log of logs) await log.store.close();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

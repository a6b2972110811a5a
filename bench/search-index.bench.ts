/**
 * bench=search-index: the search table's GIN pending lists under live writes. A live projection
 * writes `dispute_search` one dispute at a time (a new dispute inserts its row; a later event
 * rewrites it), and nothing vacuums between (autovacuum comes minutes later, or, on this machine,
 * never). Each GIN index takes new entries into an unsorted pending list that every search scans
 * whole, merged into the index when an insert finds it over `gin_pending_list_limit`.
 *
 * Two settings of both search indexes, alternated in the same run on the same database:
 * `default` (PostgreSQL's 4 MB, the baseline) and `bounded` (recours' 256 kB, migration
 * 176900000027000). For each: BENCH_WRITES single-row upserts through the projections' own
 * batched writer (a third of them new disputes), their rate, p99 and slowest; the pending list
 * left (pgstattuple's `pgstatginindex`, where the extension can be created); then searches for a
 * word no dispute holds and for one most hold (p50 of 50). Run with `npm run bench:search-index`.
 */
import { Client } from 'pg';
import { DISPUTE_SEARCH } from '../libs/read-models/src';
import { upsertRows } from '../libs/read-models/src/projections/write-rows';
import { runOnReadModels } from './bench-database';

const WRITES = Number(process.env.BENCH_WRITES ?? 30_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const INDEXES = ['dispute_search_words', 'dispute_search_keys'];
const MODES = { default: null, bounded: 256 } as const;
type Mode = keyof typeof MODES;

const WORDS = 'batterie écran chargeur gonfle surchauffe redémarre bloqué fissuré haut-parleur micro caméra bouton tactile wifi bluetooth lent éteint allume noir clignote'.split(' ');
const random = (n: number) => Math.floor(Math.random() * n);
const description = () => Array.from({ length: 25 }, () => WORDS[random(WORDS.length)] + (random(4) === 0 ? String(random(1000)) : '')).join(' ');

interface Measure {
  writesPerSecond: number;
  p99: number;
  max: number;
  pendingPages: number | null;
  searchAbsent: number;
  searchCommon: number;
}

async function measure(client: Client, mode: Mode, pendingReadable: boolean): Promise<Measure> {
  await client.query('TRUNCATE read_models.dispute_search');
  await client.query('VACUUM read_models.dispute_search');
  for (const index of INDEXES) {
    if (!(await client.query(`SELECT to_regclass($1) AS oid`, [`read_models.${index}`])).rows[0].oid) continue; // the keys' index needs pg_trgm
    const limit = MODES[mode];
    await client.query(limit === null ? `ALTER INDEX read_models.${index} RESET (gin_pending_list_limit)` : `ALTER INDEX read_models.${index} SET (gin_pending_list_limit = ${limit})`);
  }
  const ids: string[] = [];
  const rows = new Map<string, Record<string, unknown>>();
  const times: number[] = [];
  const started = process.hrtime.bigint();
  for (let i = 0; i < WRITES; i++) {
    let row: Record<string, unknown>;
    if (i % 3 === 0) {
      const id = `d${i}`;
      const now = new Date();
      row = { dispute_id: id, consumer_id: `c${random(1000)}`, merchant_id: 'm1', mediator_id: null, association_id: null, status: 'FILED', product_name: `Smartphone ${i}`, product_details: 'Samsung SM-A546B Smartphone', order_reference: null, serial_number: `SN${random(1e9)}`, description: description(), filed_at: now, last_activity_at: now };
      ids.push(id);
      rows.set(id, row);
    } else {
      row = rows.get(ids[random(ids.length)])!;
      row.status = ['FILED', 'ANSWERED', 'ESCALATED'][random(3)];
      row.last_activity_at = new Date();
    }
    const start = process.hrtime.bigint();
    await upsertRows(client, 'read_models', DISPUTE_SEARCH, ['dispute_id'], [row]);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  times.sort((a, b) => a - b);
  let pendingPages: number | null = null;
  if (pendingReadable) {
    pendingPages = 0;
    for (const index of INDEXES) {
      const { rows: found } = await client.query(`SELECT to_regclass($1) AS oid`, [`read_models.${index}`]);
      if (found[0].oid) pendingPages += Number((await client.query(`SELECT pending_pages FROM pgstatginindex($1::regclass)`, [`read_models.${index}`])).rows[0].pending_pages);
    }
  }
  const search = async (words: string) => {
    const spent: number[] = [];
    for (let k = 0; k < 50; k++) {
      const start = process.hrtime.bigint();
      await client.query(`SELECT count(*) FROM read_models.dispute_search WHERE document @@ text_search.query($1)`, [words]);
      spent.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    return spent.sort((a, b) => a - b)[25];
  };
  return { writesPerSecond: WRITES / seconds, p99: times[Math.floor(WRITES * 0.99)], max: times[WRITES - 1], pendingPages, searchAbsent: await search('aspirateur'), searchCommon: await search('batterie') };
}

runOnReadModels('search_index', async (client) => {
  const pendingReadable = await client.query('CREATE EXTENSION IF NOT EXISTS pgstattuple').then(
    () => true,
    (error: Error) => (process.stderr.write(`pending lists not measured: pgstattuple could not be created (${error.message})\n`), false),
  );
  const results: Record<Mode, Measure[]> = { default: [], bounded: [] };
  for (let round = 1; round <= ROUNDS; round++) {
    for (const mode of Object.keys(MODES) as Mode[]) {
      const m = await measure(client, mode, pendingReadable);
      results[mode].push(m);
      console.log(
        `bench=search-index mode=${mode} round=${round} writes=${WRITES} writes_per_s=${m.writesPerSecond.toFixed(0)} write_p99_ms=${m.p99.toFixed(2)} write_max_ms=${m.max.toFixed(1)} pending_pages=${m.pendingPages ?? 'unmeasured'} search_absent_p50_ms=${m.searchAbsent.toFixed(2)} search_common_p50_ms=${m.searchCommon.toFixed(2)}`,
      );
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
  const of = (mode: Mode, pick: (m: Measure) => number) => median(results[mode].map(pick));
  console.log(
    `bench=search-index summary rounds=${ROUNDS} writes_ratio=${(of('bounded', (m) => m.writesPerSecond) / of('default', (m) => m.writesPerSecond)).toFixed(2)} write_max_ratio=${(of('bounded', (m) => m.max) / of('default', (m) => m.max)).toFixed(2)} search_absent_ratio=${(of('bounded', (m) => m.searchAbsent) / of('default', (m) => m.searchAbsent)).toFixed(2)} search_common_ratio=${(of('bounded', (m) => m.searchCommon) / of('default', (m) => m.searchCommon)).toFixed(2)}`,
  );
});

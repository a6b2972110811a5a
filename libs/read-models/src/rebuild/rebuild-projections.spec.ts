import { Client } from 'pg';
import { ALL_PROJECTIONS } from '../projections/all-projections';
import { disputeTimelineProjection } from '../projections/dispute-timeline/dispute-timeline.projection';
import { merchantScorecardProjection } from '../projections/merchant-scorecard/merchant-scorecard.projection';
import type { Projector } from '../runner/projector';
import type { DisputeScript } from '../testing/dispute-script';
import { playJourneys } from '../testing/journeys';
import { consumer } from '../testing/parties';
import { catchUp, installSchema, lastPositionOf, snapshotTables, startTestKit, type TestKit } from '../testing/test-kit';
import { rebuildProjections } from './rebuild-projections';

const TABLES = ALL_PROJECTIONS.flatMap((p) => p.tables.map((t) => t.name));

let kit: TestKit;
let live: Projector;
let last: bigint;
let scripts: DisputeScript[];

beforeAll(async () => {
  kit = await startTestKit('rebuild');
  scripts = await playJourneys(kit.store, 18);
  last = lastPositionOf(scripts)!;
  live = kit.projector(ALL_PROJECTIONS, { batchSize: 5 });
  await catchUp(live, last);
});

afterAll(async () => kit?.close());

const rebuild = (projections = ALL_PROJECTIONS, cacheSize?: number) => rebuildProjections({ store: kit.store, connectionString: kit.database.url, projections, batchSize: 4, cacheSize });

/** Columns, constraints and indexes of each table, schema name left out. */
async function structure(schema: string): Promise<unknown> {
  const { rows } = await kit.pool.query(
    `SELECT c.relname AS table,
            (SELECT array_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END ORDER BY a.attnum)
               FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS columns,
            -- By definition: an aggregate's ORDER BY 1 orders by the constant 1, i.e. by where pg_index happens to keep the rows.
            (SELECT array_agg(replace(pg_get_indexdef(i.indexrelid), $1 || '.', '') ORDER BY replace(pg_get_indexdef(i.indexrelid), $1 || '.', '')) FROM pg_index i WHERE i.indrelid = c.oid) AS indexes,
            c.reloptions AS options
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind = 'r' AND c.relname <> ALL($2) ORDER BY c.relname`,
    [schema, ['projection_checkpoints', 'migrations']],
  );
  return rows;
}

describe('rebuild', () => {
  it('replays into fresh tables and swaps them in: the rows are those of the live projection', async () => {
    const before = await snapshotTables(kit.pool, TABLES);
    const shape = await structure('read_models');
    const oid = async () => (await kit.pool.query(`SELECT 'read_models.dispute_summaries'::regclass::oid AS oid`)).rows[0].oid;
    const liveTable = await oid();

    const report = await rebuild();

    expect(await oid()).not.toBe(liveTable); // other tables, now
    expect(await snapshotTables(kit.pool, TABLES)).toEqual(before);
    expect(await structure('read_models')).toEqual(shape);
    expect(report.projections.map((p) => p.name)).toEqual(ALL_PROJECTIONS.map((p) => p.name));
    for (const p of report.projections) expect(p.position! >= last).toBe(true);
    const { rows } = await kit.pool.query(`SELECT projection, epoch FROM read_models.projection_checkpoints ORDER BY projection`);
    expect(rows).toEqual(ALL_PROJECTIONS.map((p) => ({ projection: p.name, epoch: 1 })).sort((a, b) => a.projection.localeCompare(b.projection)));
    // No shadow or retired schema is left behind.
    const schemas = await kit.pool.query(`SELECT nspname FROM pg_namespace WHERE nspname LIKE 'read_models_%'`);
    expect(schemas.rows).toEqual([]);
    // The tables went live vacuumed and analyzed: every table that holds rows has statistics
    // (a new relation has none until autovacuum comes by, and the planner then guesses) and its
    // visibility map set (only VACUUM sets it; it also merges the GIN indexes' pending lists).
    const unprepared: string[] = [];
    for (const table of TABLES) {
      const { rows } = await kit.pool.query(
        `SELECT EXISTS (SELECT 1 FROM read_models.${table}) AS filled,
                EXISTS (SELECT 1 FROM pg_statistic WHERE starelid = 'read_models.${table}'::regclass) AS analyzed,
                (SELECT relallvisible > 0 FROM pg_class WHERE oid = 'read_models.${table}'::regclass) AS vacuumed`,
      );
      if (rows[0].filled && !rows[0].analyzed) unprepared.push(`${table} (no statistics)`);
      if (rows[0].filled && !rows[0].vacuumed) unprepared.push(`${table} (not vacuumed)`);
    }
    expect(unprepared).toEqual([]);
  });

  it('gives the same rows when its cache holds only a few disputes: rows pushed out are written, and read back when needed', async () => {
    // Late events of early disputes: replayed, they find their disputes long pushed out of a small cache.
    for (const [i, script] of [scripts[1], scripts[2], scripts[4]].entries()) {
      await script.do('PostMessage', `2025-06-0${i + 1}T10:00:00.000Z`, consumer(script.current.filed ? script.current.consumerId : ''), { messageId: 'late', body: 'Any news?' });
    }
    await catchUp(live, lastPositionOf(scripts));
    const before = await snapshotTables(kit.pool, TABLES);
    await rebuild(ALL_PROJECTIONS, 3);
    expect(await snapshotTables(kit.pool, TABLES)).toEqual(before);
  });

  it('keeps readers on complete tables while events keep coming, and the live runners carry on from the swap', async () => {
    const counts: number[] = [];
    const { rows: start } = await kit.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM read_models.dispute_timeline');
    let reading = true;
    const reader = (async () => {
      while (reading) counts.push((await kit.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM read_models.dispute_timeline')).rows[0].n);
    })();
    const appending = playJourneys(kit.store, 12, 'during');
    await rebuild();
    const during = lastPositionOf(await appending)!;
    const after = lastPositionOf(await playJourneys(kit.store, 3, 'after'))!;
    await catchUp(live, after > during ? after : during);
    reading = false;
    await reader;

    // Never fewer lines than before the rebuild: no reader saw a half-built table.
    expect(counts.length).toBeGreaterThan(0);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(start[0].n);
    // The live runners went on from the rebuilt tables: same rows as a run from scratch.
    await installSchema(kit.pool, 'from_scratch', ALL_PROJECTIONS);
    await catchUp(kit.projector(ALL_PROJECTIONS, { schema: 'from_scratch' }), after > during ? after : during);
    expect(await snapshotTables(kit.pool, TABLES)).toEqual(await snapshotTables(kit.pool, TABLES, 'from_scratch'));
  });

  it('rebuilds one projection alone, leaving the others where they are', async () => {
    const { rows: before } = await kit.pool.query(`SELECT projection, epoch FROM read_models.projection_checkpoints ORDER BY projection`);
    const timeline = await snapshotTables(kit.pool, ['dispute_timeline']);
    const report = await rebuild([disputeTimelineProjection]);
    expect(report.projections.map((p) => p.name)).toEqual(['dispute-timeline']);
    expect(await snapshotTables(kit.pool, ['dispute_timeline'])).toEqual(timeline);
    const { rows: after } = await kit.pool.query(`SELECT projection, epoch FROM read_models.projection_checkpoints ORDER BY projection`);
    expect(after).toEqual(before.map((row) => (row.projection === 'dispute-timeline' ? { ...row, epoch: row.epoch + 1 } : row)));
  });

  it('refuses to start while another rebuild holds the lock, and leaves that one alone', async () => {
    const other = new Client({ connectionString: kit.database.url });
    await other.connect();
    try {
      // What a running rebuild holds, with its shadow schema.
      await other.query(`SELECT pg_advisory_lock(hashtextextended('recours.rebuild.read_models', 0))`);
      await other.query('CREATE SCHEMA read_models_rebuild');
      await expect(rebuild([merchantScorecardProjection])).rejects.toThrow('another rebuild of read_models is running');
      expect((await kit.pool.query(`SELECT 1 FROM pg_namespace WHERE nspname = 'read_models_rebuild'`)).rowCount).toBe(1);
    } finally {
      await other.end();
    }
    await expect(rebuild([merchantScorecardProjection])).resolves.toMatchObject({ projections: [{ name: 'merchant-scorecard' }] });
  });
});

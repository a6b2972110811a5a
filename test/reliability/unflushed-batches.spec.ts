import { PostgresEventStore } from '@recours/event-store';
import { Client } from 'pg';
import { playJourneys } from '../../libs/read-models/src/testing/journeys';
import { reportFigures } from './support/figures';
import { PrivatePostgres } from './support/private-postgres';
import { RecoursProcess, startProjector } from './support/processes';
import { compareWithRebuild, countEvents, query, waitForProjections } from './support/read-models';

/**
 * Projection batches commit without waiting for the disk (`synchronous_commit` off for their
 * transaction: libs/read-models/src/runner/transaction.ts), so a crash of the database may take
 * back the last ones. This makes it happen on purpose: the log writer stopped (SIGSTOP) and
 * autovacuum off, so that nothing writes out the batches a projector process commits right after
 * the last append; then the server stopped dead (`pg_ctl stop -m immediate`) and started again. What must hold: the events (appended synchronously) are all there; the checkpoints went
 * back, the batches' rows with them; the projector, never restarted, applies those events again;
 * the read models equal a rebuild.
 */
describe('projection batches a crash takes back', () => {
  let pg: PrivatePostgres;
  let store: PostgresEventStore | undefined;
  let projector: RecoursProcess | undefined;

  afterAll(async () => {
    await projector?.stop('SIGKILL');
    await store?.close().catch(() => undefined);
    await pg?.destroy();
  });

  const checkpoints = async (url: string) =>
    new Map((await query<{ projection: string; position: string | null }>(url, `SELECT projection, position::text AS position FROM read_models.projection_checkpoints`)).map((row) => [row.projection, row.position === null ? -1n : BigInt(row.position)]));

  it('are applied again by the projector once the server is back; read models equal a rebuild', async () => {
    pg = await PrivatePostgres.create();
    const url = pg.url();
    const admin = new Client({ connectionString: pg.url('postgres') });
    await admin.connect();
    // No autovacuum: its ANALYZE commits synchronously, which would flush the log.
    await admin.query(`ALTER SYSTEM SET autovacuum = off`);
    await admin.query(`SELECT pg_reload_conf()`);
    await admin.end();

    store = await PostgresEventStore.start({ connectionString: url, poolSize: 2 });
    // The journeys' deadlines are long past: the deadline process (whose appends would flush) kept out.
    projector = await startProjector('projector', url, { DEADLINES_INTERVAL_MS: '3600000' });
    await playJourneys(store, 12, 'before');
    await waitForProjections(url, 60_000);
    const settled = await checkpoints(url);

    // The last appends are flushed (synchronous); the batches applying them are committed, and
    // with the log writer stopped (SIGSTOP) nothing writes them out of the server's memory.
    const walWriter = (await query<{ pid: number }>(pg.url('postgres'), `SELECT pid FROM pg_stat_activity WHERE backend_type = 'walwriter'`))[0].pid;
    process.kill(walWriter, 'SIGSTOP');
    await playJourneys(store, 12, 'lost');
    const events = await countEvents(url);
    await waitForProjections(url, 30_000);
    const applied = await checkpoints(url);
    const [{ unwritten }] = await query<{ unwritten: boolean }>(url, `SELECT pg_current_wal_lsn() < pg_current_wal_insert_lsn() AS unwritten`);
    expect(unwritten).toBe(true);
    // A crash: the log writer killed (the server's other processes are ended with it, what it held
    // in memory lost), the server stopped dead, and started again.
    process.kill(walWriter, 'SIGKILL');
    await pg.stop('immediate');
    await pg.start();

    expect(await countEvents(url)).toBe(events);
    const recovered = await checkpoints(url);
    const wentBack = [...applied].filter(([name, position]) => (recovered.get(name) ?? -1n) < position).map(([name]) => name);
    // Each went back to no earlier than what was flushed before the last appends, and at least one went back at all.
    for (const [name, position] of recovered) expect(position).toBeGreaterThanOrEqual(settled.get(name) ?? -1n);
    expect(wentBack.length).toBeGreaterThan(0);

    // The projector (its connections cut, not restarted) leads again and applies them again.
    await waitForProjections(url, 60_000);
    await store.close();
    store = undefined;
    const comparison = await compareWithRebuild(url);
    reportFigures('unflushed projection batches', {
      'events appended / projections whose checkpoint the crash took back': `${events} / ${wentBack.length} (${wentBack.join(', ')})`,
      'read-model rows compared with a rebuild': comparison.rows,
    });
    expect(comparison.differences).toEqual([]);
    expect(projector.output).not.toMatch(/FATAL|unhandled/i);
  });
});

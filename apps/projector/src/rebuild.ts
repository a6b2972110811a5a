import 'reflect-metadata';
import { connectDatabase } from '@recours/database';
import { createConfiguredEventStore } from '@recours/event-store';
import { openReadModelsDataSource, rebuildProjections, selectProjections } from '@recours/read-models';
import pino from 'pino';

/**
 * `npm run projections:rebuild [name…]`: replays the event store into fresh tables and swaps
 * them in, for the named projections (all by default). Safe while the API and projectors run:
 * readers keep the old tables until the swap, and the live runners carry on from there.
 */
async function main(): Promise<void> {
  const log = pino({ level: process.env.LOG_LEVEL ?? 'info' });
  const projections = selectProjections(process.argv.slice(2));
  const connection = await connectDatabase(process.env, (message) => log.info(message));
  const store = await createConfiguredEventStore(process.env, connection);
  try {
    const dataSource = await openReadModelsDataSource(connection.url, 1); // the live tables must exist to be swapped out
    await dataSource.destroy();
    const report = await rebuildProjections({
      store,
      connectionString: connection.url,
      projections,
      cacheSize: rebuildCacheSize(process.env.PROJECTIONS_REBUILD_CACHE_SIZE),
      logger: { log: (m) => log.info(m), warn: (m) => log.warn(m), error: (m) => log.error(m) },
    });
    log.info(
      {
        events: report.events,
        seconds: Number(report.seconds.toFixed(2)),
        projections: report.projections.map((p) => ({ name: p.name, events: p.events, position: p.position?.toString() ?? null })),
      },
      'rebuild done',
    );
  } finally {
    await store.close();
    await connection.stop();
  }
}

/** Rows each projection keeps between pages: what bounds the rebuild's memory, whatever the log's length. */
function rebuildCacheSize(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1) throw new Error(`PROJECTIONS_REBUILD_CACHE_SIZE must be a whole number of at least 1, not "${value}"`);
  return size;
}

main().catch((error: unknown) => {
  process.stderr.write(`${JSON.stringify({ level: 'fatal', msg: 'rebuild failed', error: error instanceof Error ? error.message : String(error) })}\n`);
  process.exit(1);
});

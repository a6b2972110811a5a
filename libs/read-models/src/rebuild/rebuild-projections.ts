import type { EventFilter, EventStore } from '@recours/event-store';
import { Client } from 'pg';
import { ensureCheckpoint, lockCheckpoint, storeCheckpoint, storeVersion } from '../runner/checkpoints';
import { eventPages } from '../runner/event-pages';
import { LruCache } from '../runner/lru-cache';
import { applyInOrder, filterOf, handles, type Projection } from '../runner/projection';
import { SILENT_LOGGER, type RunnerLogger } from '../runner/runner-logger';
import { inTransaction } from '../runner/transaction';
import { quoteSchema, READ_MODELS_SCHEMA } from '../schema/read-models-schema';
import { createShadowTables, swapInShadowTables } from './shadow-tables';

/** Rows written per transaction when a rebuild writes out what it held back. */
const FLUSH_ROWS = 2_000;

export interface RebuildOptions {
  store: EventStore;
  connectionString: string;
  projections: readonly Projection[];
  schema?: string;
  /** Events read per page (default 2000). */
  batchSize?: number;
  /** Rows each projection keeps in memory between pages, e.g. dispute states (default 20,000). */
  cacheSize?: number;
  logger?: RunnerLogger;
  /** Wait for a rebuild already running instead of failing (a runner rebuilding its projection at start). */
  waitForOtherRebuild?: boolean;
  /** Aborting it stops the replay at the next page; the shadow tables are dropped, the live ones untouched. */
  signal?: AbortSignal;
}

export interface RebuildReport {
  /** Events read from the store (those any of the projections handles). */
  events: number;
  seconds: number;
  projections: { name: string; events: number; position: bigint | undefined }[];
}

/**
 * Replays the store from the start into fresh tables in a shadow schema, then swaps each
 * projection's tables in. The live tables keep serving (and a live runner keeps them up to
 * date) until the swap; the swap's transaction locks the projection's checkpoint, applies the
 * last events that arrived meanwhile, moves the tables and the checkpoint together, and bumps
 * the epoch so a live runner elsewhere starts again from the new checkpoint.
 *
 * Events are read once for all the projections rebuilt, and each projection writes its pages
 * on its own connection, in parallel with the others and with the read of the next page.
 * Projections may hold rows back while rebuilding and write each only once, at `flush`.
 * The live tables must exist (the migrations ran): they are what is swapped out.
 */
export async function rebuildProjections(options: RebuildOptions): Promise<RebuildReport> {
  const { store, projections } = options;
  const schema = options.schema ?? READ_MODELS_SCHEMA;
  const shadow = `${schema}_rebuild`;
  const batchSize = options.batchSize ?? 2_000;
  const logger = options.logger ?? SILENT_LOGGER;
  const started = process.hrtime.bigint();

  const admin = await connect(options.connectionString, 'rebuild');
  const writers: Client[] = [];
  let locked = false;
  try {
    // One rebuild at a time per schema: they share the shadow schema.
    if (options.waitForOtherRebuild) await admin.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [`recours.rebuild.${schema}`]);
    else {
      const { rows } = await admin.query<{ taken: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS taken', [`recours.rebuild.${schema}`]);
      if (!rows[0].taken) throw new Error(`another rebuild of ${schema} is running`);
    }
    locked = true;
    await createShadowTables(admin, shadow, projections);
    for (const projection of projections) {
      await ensureCheckpoint(admin, schema, projection.name, projection.version);
      const writer = await connect(options.connectionString, `rebuild:${projection.name}`);
      // The shadow tables need no durability before the swap: a rebuild that dies starts over,
      // and the swap's own commit is synchronous, which flushes every write before it.
      await writer.query('SET synchronous_commit = off');
      writers.push(writer);
    }
    logger.log(`rebuild of ${projections.map((p) => p.name).join(', ')}: replaying into ${shadow}`);

    const caches = projections.map(() => new LruCache<string, unknown>(options.cacheSize ?? 20_000));
    const counts = projections.map(() => 0);
    let read = 0;
    let position: bigint | undefined;
    for await (const page of eventPages(store, undefined, unionFilter(projections), batchSize)) {
      if (options.signal?.aborted) throw new Error('rebuild stopped');
      read += page.events.length;
      await Promise.all(
        projections.map((projection, i) => {
          const events = page.events.filter((event) => handles(projection, event));
          counts[i] += events.length;
          return events.length === 0 ? undefined : inTransaction(writers[i], () => applyInOrder(projection, events, { client: writers[i], schema: shadow, cache: caches[i], rebuilding: true, store }));
        }),
      );
      position = page.position ?? position;
    }

    // What the projections held back, written out in transactions of FLUSH_ROWS rows.
    await Promise.all(
      projections.map(async (projection, i) => {
        const target = { client: writers[i], schema: shadow, cache: caches[i], rebuilding: true, store };
        while (projection.flush && (await inTransaction(writers[i], () => projection.flush!(target, FLUSH_ROWS))) > 0);
      }),
    );
    // Vacuumed and analyzed before the tables go live (autovacuum would come only later): the
    // planner gets statistics; the GIN indexes' pending lists are merged (at 100k events a search
    // scanned 7,441 pending entries, and the planner, counting them, read the merchant's rows
    // instead of the index: 5.7 ms against 0.3 ms); the visibility map is set for index-only scans.
    // VACUUM leaves a page not all-visible while a commit on it may be unflushed, and the writers
    // commit asynchronously: one synchronous commit that writes to the log (one that writes
    // nothing is not waited for) flushes past all of theirs. The VACUUMs run on the admin
    // connection, synchronous too: an unflushed ANALYZE commit would hold back its neighbours' pages.
    await admin.query(`BEGIN; SET LOCAL synchronous_commit = on; SELECT pg_logical_emit_message(true, 'recours', 'rebuild written'); COMMIT`);
    for (const projection of projections) {
      for (const table of projection.tables) await admin.query(`VACUUM (ANALYZE) ${quoteSchema(shadow)}.${table.name}`);
    }

    const report: RebuildReport['projections'] = [];
    for (const [i, projection] of projections.entries()) {
      const swapped = await swap(writers[i], projection, caches[i], store, schema, shadow, position, batchSize);
      counts[i] += swapped.events;
      read += swapped.events;
      report.push({ name: projection.name, events: counts[i], position: swapped.position });
      logger.log(`rebuild of ${projection.name}: ${counts[i]} events, swapped in at position ${swapped.position ?? 'start'}`);
    }
    await admin.query(`DROP SCHEMA ${quoteSchema(shadow)} CASCADE`);
    return { events: read, seconds: Number(process.hrtime.bigint() - started) / 1e9, projections: report };
  } catch (error) {
    // Only the holder of the lock owns the shadow schema.
    if (locked) await admin.query(`DROP SCHEMA IF EXISTS ${quoteSchema(shadow)} CASCADE`).catch(() => undefined);
    throw error;
  } finally {
    await Promise.all([admin, ...writers].map((client) => client.end().catch(() => undefined))); // ending the admin connection frees the rebuild lock
  }
}

/** In one transaction: the events that arrived since the replay caught up, the swap, the checkpoint. */
async function swap(
  client: Client,
  projection: Projection,
  cache: LruCache<string, unknown>,
  store: EventStore,
  schema: string,
  shadow: string,
  from: bigint | undefined,
  batchSize: number,
): Promise<{ position: bigint | undefined; events: number }> {
  return inTransaction(client, async () => {
    await client.query('SET LOCAL synchronous_commit = on');
    // Waits for the live runner's batch in flight, and holds its next one until COMMIT.
    const checkpoint = await lockCheckpoint(client, schema, projection.name);
    let position = from;
    let events = 0;
    for await (const page of eventPages(store, position, filterOf(projection), batchSize)) {
      // Written through, as a live runner does: the tables must be complete at COMMIT.
      if (page.events.length > 0) await applyInOrder(projection, page.events, { client, schema: shadow, cache, rebuilding: false, store });
      events += page.events.length;
      position = page.position ?? position;
    }
    await swapInShadowTables(client, projection, schema, shadow);
    await storeCheckpoint(client, schema, projection.name, { position, epoch: checkpoint.epoch + 1 });
    await storeVersion(client, schema, projection.name, projection.version ?? 1); // the tables are now this version's
    return { position, events };
  });
}

/** What all the projections together read: their event types, under their common stream prefix if they share one. */
function unionFilter(projections: readonly Projection[]): EventFilter {
  const filters = projections.map(filterOf);
  const prefixes = new Set(filters.map((f) => f.streamPrefix));
  return { streamPrefix: prefixes.size === 1 ? [...prefixes][0] : undefined, eventTypes: [...new Set(filters.flatMap((f) => f.eventTypes ?? []))] };
}

async function connect(connectionString: string, name: string): Promise<Client> {
  const client = new Client({ connectionString, application_name: `recours-${name}` });
  client.on('error', () => undefined); // surfaces on the next query
  await client.connect();
  return client;
}


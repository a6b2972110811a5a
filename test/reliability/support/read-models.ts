import { openedStream } from './opened-events';
import { ALL_PROJECTIONS, filterOf, READ_MODELS_SCHEMA } from '@recours/read-models';
import { Client } from 'pg';
import { rebuildReadModels, sleep } from './processes';

/** Every read-model table the projections own (checkpoints and migrations are bookkeeping, not read models). */
export const READ_MODEL_TABLES = ALL_PROJECTIONS.flatMap((p) => p.tables.map((t) => t.name));

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, application_name: 'recours-reliability-check' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Every row of every read-model table, as JSON in a stable order. */
export function snapshotReadModels(url: string): Promise<Record<string, string[]>> {
  return withClient(url, async (client) => {
    const snapshot: Record<string, string[]> = {};
    for (const table of READ_MODEL_TABLES) {
      const { rows } = await client.query<{ row: string }>(`SELECT to_jsonb(t)::text AS row FROM "${READ_MODELS_SCHEMA}"."${table}" t ORDER BY 1`);
      snapshot[table] = rows.map((r) => r.row);
    }
    return snapshot;
  });
}

/** Projections with events they handle beyond their checkpoint (empty when all have caught up). */
export function projectionsBehind(url: string): Promise<string[]> {
  return withClient(url, async (client) => {
    const behind: string[] = [];
    for (const projection of ALL_PROJECTIONS) {
      const filter = filterOf(projection); // erasures included
      const { rows } = await client.query(
        `SELECT 1 FROM event_store.events e
          WHERE e.global_position > coalesce((SELECT position FROM "${READ_MODELS_SCHEMA}".projection_checkpoints WHERE projection = $1), -1)
            AND ($2::text IS NULL OR starts_with(e.stream_id, $2)) AND e.type = ANY($3) LIMIT 1`,
        [projection.name, filter.streamPrefix ?? null, filter.eventTypes],
      );
      if (rows.length > 0) behind.push(projection.name);
    }
    return behind;
  });
}

/** Waits until every projection has applied every event it handles. */
export async function waitForProjections(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const behind = await projectionsBehind(url);
    if (behind.length === 0) return;
    if (Date.now() > deadline) throw new Error(`projections still behind after ${timeoutMs} ms: ${behind.join(', ')}`);
    await sleep(100);
  }
}

export interface RebuildComparison {
  live: Record<string, string[]>;
  rebuilt: Record<string, string[]>;
  rows: number;
  /** Tables whose rows differ, with a count of rows only on one side. */
  differences: Array<{ table: string; onlyLive: number; onlyRebuilt: number; sample: string[] }>;
}

/**
 * The read models as the live projections left them, against a fresh rebuild from the events
 * (the real `projections:rebuild` process): the test then expects no difference.
 */
export async function compareWithRebuild(url: string): Promise<RebuildComparison> {
  await waitForProjections(url);
  const live = await snapshotReadModels(url);
  await rebuildReadModels(url);
  const rebuilt = await snapshotReadModels(url);
  const differences: RebuildComparison['differences'] = [];
  for (const table of READ_MODEL_TABLES) {
    const a = new Set(live[table]);
    const b = new Set(rebuilt[table]);
    const onlyLive = live[table].filter((r) => !b.has(r));
    const onlyRebuilt = rebuilt[table].filter((r) => !a.has(r));
    if (onlyLive.length || onlyRebuilt.length || live[table].length !== rebuilt[table].length) {
      differences.push({ table, onlyLive: onlyLive.length, onlyRebuilt: onlyRebuilt.length, sample: [...onlyLive.slice(0, 2).map((r) => `live: ${r}`), ...onlyRebuilt.slice(0, 2).map((r) => `rebuilt: ${r}`)] });
    }
  }
  return { live, rebuilt, rows: Object.values(live).reduce((n, rows) => n + rows.length, 0), differences };
}

/** The stream's versions in order, and the events' types: for gap and duplicate checks. */
export async function streamOf(url: string, disputeId: string): Promise<Array<{ version: number; type: string; data: Record<string, unknown>; commandId: string | null }>> {
  const opened = await openedStream(url, `dispute-${disputeId}`); // the words, opened with their subjects' keys
  return withClient(url, async (client) => {
    const { rows } = await client.query(`SELECT stream_version::int AS version, type, command_id FROM event_store.events WHERE stream_id = $1 ORDER BY stream_version`, [`dispute-${disputeId}`]);
    return rows.map((r) => ({ version: r.version, type: r.type, data: opened.find((e) => e.streamVersion === r.version)?.data as Record<string, unknown>, commandId: r.command_id }));
  });
}

export function countEvents(url: string): Promise<number> {
  return withClient(url, async (client) => (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM event_store.events`)).rows[0].n);
}

export function query<R extends object = Record<string, unknown>>(url: string, sql: string, values: unknown[] = []): Promise<R[]> {
  return withClient(url, async (client) => (await client.query<R>(sql, values)).rows);
}

import type { RecordedEvent } from '@recours/event-store';
import type { ClientBase } from 'pg';
import type { LruCache } from './lru-cache';
import type { ProjectionTarget } from './projection';

/** A row a projection holds in its run's cache: `dirty` until it is written. */
export interface Cached {
  dirty: boolean;
}

/**
 * For the keys of a batch's events (`keyOf`): the rows the cache holds, and the keys whose rows
 * must be read back from the table: all the others, except, in a rebuild, a stream whose first
 * event (version 0) is in this batch: it has no row yet. A rebuild reads the log from its start,
 * so a stream met in an earlier batch is either still held or was pushed out, and a pushed-out
 * row is written as it leaves: it is read back. Knowing that costs no memory per stream, where a
 * set of the keys pushed out would grow with the log.
 */
export function cachedRows<V extends Cached>(
  cache: LruCache<string, unknown>,
  events: readonly RecordedEvent[],
  keyOf: (event: RecordedEvent) => string,
  rebuilding: boolean,
): { held: Map<string, V>; missing: string[] } {
  const ids = new Set<string>();
  const startedHere = new Set<string>();
  for (const event of events) {
    const id = keyOf(event);
    ids.add(id);
    if (event.streamVersion === 0) startedHere.add(id);
  }
  const held = new Map<string, V>();
  for (const id of ids) {
    const known = cache.get(id) as V | undefined;
    if (known) held.set(id, known);
  }
  return { held, missing: [...ids].filter((id) => !held.has(id) && !(rebuilding && startedHere.has(id))) };
}

/**
 * Caches what a batch changed and answers what the batch must write: all of it, or, in a
 * rebuild (whose rows may be written late), only the unwritten rows the cache pushed out.
 */
export function cacheChanged<V extends Cached>(cache: LruCache<string, unknown>, changed: Map<string, V>, rebuilding: boolean): V[] {
  const due: V[] = [];
  for (const [id, row] of changed) {
    const pushedOut = cache.set(id, row)?.[1] as V | undefined;
    if (!rebuilding) due.push(row);
    else if (pushedOut?.dirty) due.push(pushedOut);
  }
  return due;
}

/** A projection's `flush`: writes up to `max` cached rows not written yet, and answers how many. */
export async function flushUnwritten<V extends Cached>({ client, schema, cache }: ProjectionTarget, max: number, write: (client: ClientBase, schema: string, rows: readonly V[]) => Promise<void>): Promise<number> {
  const due: V[] = [];
  for (const row of cache.values() as IterableIterator<V>) {
    if (row.dirty) due.push(row);
    if (due.length === max) break;
  }
  await write(client, schema, due);
  return due.length;
}

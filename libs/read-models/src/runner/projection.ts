import type { RecordedEvent } from '@recours/event-store';
import type { ClientBase } from 'pg';
import type { LruCache } from './lru-cache';

/** A table a projection owns: created by the migrations, and again in a shadow schema by a rebuild. */
export interface ReadModelTable {
  name: string;
  /** CREATE TABLE and CREATE INDEX statements, every object qualified with `schema`. */
  ddl(schema: string): string;
}

/** Where a batch is written: an open transaction, and the schema holding the projection's tables. */
export interface ProjectionTarget {
  client: ClientBase;
  schema: string;
  /**
   * What the projection wrote in earlier batches of this run, to spare reading it back. A run
   * (a leadership, a rebuild) gets a fresh cache and ends at the first failure, so the cache
   * only ever holds what this run committed, and nothing another writer changed since.
   */
  cache: LruCache<string, unknown>;
  /**
   * Set by a rebuild, whose tables start empty, are read by nobody before the swap, and are
   * thrown away if it fails. Rows may then be written after the batch that changed them (when
   * they leave the cache, or at `flush`), and a row neither cached nor pushed out of the cache
   * (`cache.pushedOut`) does not exist yet: there is nothing to read back.
   */
  rebuilding: boolean;
}

/**
 * A read model kept up to date from the event store. The runner hands it batches of events
 * inside a transaction that also advances its checkpoint, so `applyBatch` must only write
 * through `target.client` and must not commit.
 */
export interface Projection {
  readonly name: string;
  /**
   * What the projection writes, and the shape of its tables, as a number (default 1): raised by
   * hand when either changes, which makes the leading runner rebuild the tables at its next start.
   */
  readonly version?: number;
  readonly streamPrefix?: string;
  readonly eventTypes: readonly string[];
  readonly tables: readonly ReadModelTable[];
  applyBatch(events: readonly RecordedEvent[], target: ProjectionTarget): Promise<void>;
  /** Writes up to `max` rows held back while rebuilding; answers how many it wrote (0: none left). */
  flush?(target: ProjectionTarget, max: number): Promise<number>;
}

export const handles = (projection: Projection, event: RecordedEvent): boolean =>
  projection.eventTypes.includes(event.type) && (projection.streamPrefix === undefined || event.streamId.startsWith(projection.streamPrefix));

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
}

/**
 * A read model kept up to date from the event store. The runner hands it batches of events
 * inside a transaction that also advances its checkpoint, so `applyBatch` must only write
 * through `target.client` and must not commit.
 */
export interface Projection {
  readonly name: string;
  readonly streamPrefix?: string;
  readonly eventTypes: readonly string[];
  readonly tables: readonly ReadModelTable[];
  applyBatch(events: readonly RecordedEvent[], target: ProjectionTarget): Promise<void>;
}

export const handles = (projection: Projection, event: RecordedEvent): boolean =>
  projection.eventTypes.includes(event.type) && (projection.streamPrefix === undefined || event.streamId.startsWith(projection.streamPrefix));

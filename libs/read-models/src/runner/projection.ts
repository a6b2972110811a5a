import { PERSONAL_DATA_ERASED, type PersonalDataErased } from '@recours/disputes';
import type { EventFilter, EventStore, RecordedEvent } from '@recours/event-store';
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
   * they leave the cache, or at `flush`), and the row of a stream whose first event is in the
   * batch does not exist yet: there is nothing to read back (`cachedRows`).
   */
  rebuilding: boolean;
  /** The event store, for a projection that writes a dispute again from its events (`erase`). */
  store?: Pick<EventStore, 'readStream'>;
}

/** What an erasure asks a read model to forget (PersonalDataErased's data). */
export type Erasure = PersonalDataErased['data'];

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
  /**
   * Drops every copy of erased words this read model holds (issue 17): the rows of
   * `erasure.disputes`, and of any other dispute its own tables tie to `erasure.subject`, written
   * again from their events, which now read as erased; the rows of the subject herself scrubbed.
   * Called in order with the batches (the events before it applied first), in the same
   * transaction. The one entry point per read model for erasing a person or a dispute.
   */
  erase?(erasure: Erasure, target: ProjectionTarget): Promise<void>;
  /** Writes up to `max` rows held back while rebuilding; answers how many it wrote (0: none left). */
  flush?(target: ProjectionTarget, max: number): Promise<number>;
  /**
   * Its batches' commits wait for the disk (and the standbys) like any other write. By default a
   * projection's do not (`inBatchTransaction`): a batch a crash takes back is applied again into
   * the same rows. A projection whose rows applied again would not be the same ones (new random
   * ids, of which people were told at once) sets this.
   */
  readonly commitsDurably?: boolean;
}

export const isErasure = (event: RecordedEvent): event is RecordedEvent<typeof PERSONAL_DATA_ERASED, Erasure> => event.type === PERSONAL_DATA_ERASED;

const typeSets = new WeakMap<Projection, ReadonlySet<string>>();
const typesOf = (projection: Projection): ReadonlySet<string> => {
  let types = typeSets.get(projection);
  if (!types) typeSets.set(projection, (types = new Set(projection.eventTypes)));
  return types;
};

export const handles = (projection: Projection, event: RecordedEvent): boolean =>
  isErasure(event)
    ? projection.erase !== undefined
    : typesOf(projection).has(event.type) && (projection.streamPrefix === undefined || event.streamId.startsWith(projection.streamPrefix));

/**
 * What a projection reads from the store: its events, and the erasures when it can erase (they
 * are in the subjects' streams, so its stream prefix is then checked here, by `handles`).
 */
export function filterOf(projection: Projection): EventFilter {
  if (!projection.erase) return { streamPrefix: projection.streamPrefix, eventTypes: projection.eventTypes };
  return { eventTypes: [...projection.eventTypes, PERSONAL_DATA_ERASED] };
}

/**
 * Applies events read with `filterOf(projection)` in their order: runs of ordinary events as
 * batches, each erasure on its own between them.
 */
export async function applyInOrder(projection: Projection, events: readonly RecordedEvent[], target: ProjectionTarget): Promise<void> {
  let run: RecordedEvent[] = [];
  for (const event of events) {
    if (!handles(projection, event)) continue;
    if (!isErasure(event)) {
      run.push(event);
      continue;
    }
    if (run.length > 0) await projection.applyBatch(run, target);
    run = [];
    await projection.erase!(event.data, target);
  }
  if (run.length > 0) await projection.applyBatch(run, target);
}

import type { Actor } from '../values/actor';
import type { Instant } from '../values/instant';

/**
 * A dispute event: `type` names the fact, `schemaVersion` the shape of `data`. The store adapter
 * keeps `schemaVersion` next to the data (e.g. in metadata) so old events can be upcast.
 */
export interface DisputeEventOf<Type extends string, Data, Version extends number = 1> {
  readonly type: Type;
  readonly schemaVersion: Version;
  readonly data: Data;
}

/** What every event records: which dispute, when, and who caused it. */
export interface EventContext {
  disputeId: string;
  at: Instant;
  by: Actor;
  /** The consumer's id when an association acted under the consumer's mandate. */
  onBehalfOf?: string;
}

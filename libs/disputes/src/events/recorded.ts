import { DISPUTE_EVENT_SCHEMA_VERSIONS, type DisputeEventOfType, type DisputeEventType } from './dispute-event';
import type { EventContext } from './event-envelope';

// Distributes over unions, so an event whose data has variants (DisputeClosed) keeps them.
type Without<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What an event records beyond its context (which dispute, when, who). */
export type EventFacts<T extends DisputeEventType> = Without<DisputeEventOfType<T>['data'], keyof EventContext>;

/** An event as a command decides it: its type at its current schema version, its context, its facts. */
export function recorded<T extends DisputeEventType>(type: T, context: EventContext, facts: EventFacts<T>): DisputeEventOfType<T> {
  return { type, schemaVersion: DISPUTE_EVENT_SCHEMA_VERSIONS[type], data: { ...context, ...facts } } as DisputeEventOfType<T>;
}

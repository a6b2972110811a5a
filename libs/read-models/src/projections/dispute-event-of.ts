import type { RecordedEvent } from '@recours/event-store';
import { DISPUTE_STREAM_PREFIX, upcastDisputeEvent, type DisputeEvent } from '@recours/disputes';

/**
 * The dispute event a stored event holds, upcast to the current schema. The writer keeps the
 * event's schema version in `metadata.schemaVersion` (absent on events written before
 * versioning, which read as version 1).
 */
export function disputeEventOf(recorded: RecordedEvent): DisputeEvent {
  const version = recorded.metadata?.schemaVersion;
  return upcastDisputeEvent({ type: recorded.type, schemaVersion: typeof version === 'number' ? version : undefined, data: recorded.data });
}

/** The dispute a stream belongs to: 'dispute-42' holds dispute '42'. */
export const disputeIdOf = (streamId: string): string => streamId.slice(DISPUTE_STREAM_PREFIX.length);

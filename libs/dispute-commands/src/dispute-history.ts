import { disputeStreamId, evolve, initialState, type DisputeState } from '@recours/disputes';
import type { EventStore, RecordedEvent } from '@recours/event-store';
import { disputeEventOf } from '@recours/read-models';

export interface DisputeHistory {
  state: DisputeState;
  /** Version of the stream's last event; -1 when the dispute does not exist. */
  version: number;
  records: RecordedEvent[];
}

/** Reads a dispute's stream and folds it; `until` stops at an instant (time travel). */
export async function loadDisputeHistory(store: EventStore, disputeId: string, until?: Date): Promise<DisputeHistory> {
  const records = await store.readStream(disputeStreamId(disputeId));
  let state = initialState();
  let version = -1;
  const kept: RecordedEvent[] = [];
  for (const record of records) {
    if (until && record.recordedAt > until) break;
    state = evolve(state, disputeEventOf(record));
    version = record.streamVersion;
    kept.push(record);
  }
  return { state, version, records: kept };
}

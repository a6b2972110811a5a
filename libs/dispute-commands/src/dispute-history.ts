import { disputeEventOf, disputeStreamId, evolve, initialState, NO_READER_VERSIONS, withEvent, type DisputeState, type ReaderVersions } from '@recours/disputes';
import type { EventStore, RecordedEvent } from '@recours/event-store';

/** A dispute as its stream tells it: the folded state, the version it is at, and the records. */
export interface DisputeHistory {
  state: DisputeState;
  /** Version of the stream's last event; -1 when the dispute does not exist. */
  version: number;
  /** The version each reader counts (over the events it may read): what it is shown, and what its expectedVersion means. */
  readerVersions: ReaderVersions;
  records: RecordedEvent[];
}

/** Folds records onto a history: what a command appended onto what it read, or a whole stream onto nothing. */
export function foldRecords(history: DisputeHistory, records: readonly RecordedEvent[], until?: Date): DisputeHistory {
  let { state, version, readerVersions } = history;
  const kept = [...history.records];
  for (const record of records) {
    if (until && record.recordedAt > until) break;
    const event = disputeEventOf(record);
    state = evolve(state, event);
    readerVersions = withEvent(readerVersions, event);
    version = record.streamVersion;
    kept.push(record);
  }
  return { state, version, readerVersions, records: kept };
}

export const NO_HISTORY: DisputeHistory = { state: initialState(), version: -1, readerVersions: NO_READER_VERSIONS, records: [] };

/** Reads a dispute's stream and folds it; `until` stops at an instant (time travel). */
export async function loadDisputeHistory(store: EventStore, disputeId: string, until?: Date): Promise<DisputeHistory> {
  return foldRecords(NO_HISTORY, await store.readStream(disputeStreamId(disputeId)), until);
}

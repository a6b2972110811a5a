import { disputeEventOf, disputeStreamId, evolve, initialState, type DisputeState } from '@recours/disputes';
import type { RecordedEvent } from '@recours/event-store';
import type { ProjectionTarget } from '../runner/projection';

/**
 * A dispute's events up to `version` (all when absent), read again from the store: after an
 * erasure they read as erased, so whatever a read model makes of them holds no erased word.
 * Only up to the version the read model reached, so that its next batch follows on without a gap.
 */
export async function disputeEventsUpTo(target: ProjectionTarget, disputeId: string, version?: number): Promise<RecordedEvent[]> {
  if (!target.store) throw new Error('erasing a read model needs the event store in its target');
  return target.store.readStream(disputeStreamId(disputeId), version === undefined ? undefined : { maxCount: version + 1 });
}

/** The dispute folded from those events, as the decider folds it. */
export const foldDispute = (events: readonly RecordedEvent[]): DisputeState => events.reduce<DisputeState>((state, event) => evolve(state, disputeEventOf(event)), initialState());

/** Account ids are UUIDs: a text that holds one names that account. */
export const mentions = (value: unknown, subject: string): boolean => JSON.stringify(value).includes(subject);

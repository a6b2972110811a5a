import { disputeEventOf, disputeStreamId, evolve, initialState, readerOf, type DisputeState, type ReadingAccount } from '@recours/disputes';
import type { EventStore } from '@recours/event-store';

/**
 * Whether an account reads a dispute now, by the rule dispute(id) applies (readerOf), for what is
 * sent later than the event it tells of: an e-mail retried, a daily digest. Access may have ended
 * meanwhile (an agent removed from the team, a mandate revoked, a case given to another mediator).
 */
export class CurrentAccess {
  constructor(private readonly store: EventStore) {}

  async reads(disputeId: string, account: ReadingAccount): Promise<boolean> {
    const events = await this.store.readStream(disputeStreamId(disputeId));
    const state = events.reduce<DisputeState>((folded, recorded) => evolve(folded, disputeEventOf(recorded)), initialState());
    return state.filed && readerOf(state, account) !== null;
  }
}

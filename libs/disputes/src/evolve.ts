import type { DisputeEvent, DisputeEventOfType, DisputeEventType } from './events/dispute-event';
import { CorruptStreamError } from './events/evolution';
import type { Dispute, DisputeState } from './state';
import { claimEvolution, openedBy } from './claim/claim.events';
import { answersEvolution } from './answers/answers.events';
import { escalationEvolution } from './escalation/escalation.events';
import { offersEvolution } from './offers/offers.events';
import { formalNoticeEvolution } from './formal-notice/formal-notice.events';
import { mediationEvolution } from './mediation/mediation.events';
import { remedyEvolution } from './remedy/remedy.events';
import { representationEvolution } from './representation/representation.events';
import { closureEvolution } from './closure/closure.events';
import { feedbackEvolution } from './feedback/feedback.events';
import { deadlinesEvolution } from './deadlines/deadlines.events';
import { teamEvolution } from './team/team.events';
import { retentionEvolution } from './retention/retention.events';
import { onSharedRecord } from './events/visibility';

export { CorruptStreamError } from './events/evolution';

type FiledEventType = Exclude<DisputeEventType, 'ClaimFiled'>;

/** Each sub-domain folds its own events. */
const EVOLUTION: { [T in FiledEventType]: (state: Dispute, event: DisputeEventOfType<T>) => Dispute } = {
  ...claimEvolution,
  ...answersEvolution,
  ...escalationEvolution,
  ...formalNoticeEvolution,
  ...offersEvolution,
  ...mediationEvolution,
  ...remedyEvolution,
  ...representationEvolution,
  ...closureEvolution,
  ...feedbackEvolution,
  ...deadlinesEvolution,
  ...teamEvolution,
  ...retentionEvolution,
};

/**
 * Folds one event into the state. Events are facts already decided, so nothing is checked
 * here but the stream's own consistency; every computed date comes from the event.
 */
export function evolve(state: DisputeState, event: DisputeEvent): DisputeState {
  if (event.type === 'ClaimFiled') {
    if (state.filed) throw new CorruptStreamError(`ClaimFiled on dispute ${state.disputeId}, which is already filed`);
    return openedBy(event);
  }
  if (!state.filed) throw new CorruptStreamError(`${event.type} before ClaimFiled`);
  const fold = Object.hasOwn(EVOLUTION, event.type) ? (EVOLUTION[event.type] as (state: Dispute, event: DisputeEvent) => Dispute) : undefined;
  if (!fold) throw new CorruptStreamError(`unknown event type ${(event as { type: string }).type}`);
  // An event not every party reads (the merchant team's own, the consumer side's own, a message
  // between one side and the mediator) dates the stream, not the activity the lists show: the
  // others would see a date move and learn that something they may not read happened.
  // (lastSharedEventAt is kept only while the latest events are such events.)
  if (!onSharedRecord(event)) return fold({ ...state, lastEventAt: event.data.at, lastSharedEventAt: state.lastSharedEventAt ?? state.lastEventAt }, event);
  const { lastSharedEventAt: _shared, ...shared } = state;
  return fold({ ...shared, lastEventAt: event.data.at }, event);
}

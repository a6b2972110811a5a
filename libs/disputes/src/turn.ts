import { phaseOf } from './phase';
import type { DisputeState } from './state';

/** Whose move the dispute is waiting for. BOTH: each side still has to answer a settlement. */
export type Turn = 'CONSUMER' | 'MERCHANT' | 'BOTH' | 'MEDIATOR' | 'ADMIN' | 'NONE';

export function whoseTurn(state: DisputeState): Turn {
  if (!state.filed) return 'NONE';
  switch (phaseOf(state)) {
    case 'ENDED':
      return 'NONE';
    case 'AGREEMENT':
      // The merchant carries out the remedy; once it reports it done, the consumer confirms or contests it.
      return state.agreement!.carriedOut ? 'CONSUMER' : 'MERCHANT';
    case 'NEGOTIATION':
      return state.negotiationTurn;
    case 'MEDIATION': {
      const m = state.mediation!;
      if (!m.mediatorId) return 'ADMIN'; // waiting for a mediator to be assigned
      const pending = m.settlements.find((x) => x.status === 'PROPOSED');
      if (m.stage === 'REQUESTED' || !pending) return 'MEDIATOR';
      if (pending.acceptedBy.length === 0) return 'BOTH';
      return pending.acceptedBy[0] === 'CONSUMER' ? 'MERCHANT' : 'CONSUMER';
    }
  }
}

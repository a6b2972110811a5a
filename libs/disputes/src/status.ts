import { phaseOf } from './phase';
import type { DisputeState } from './state';

export const DISPUTE_STATUSES = [
  'AWAITING_MERCHANT',
  'AWAITING_CONSUMER',
  'REJECTED',
  'ESCALATED',
  'MEDIATION_REQUESTED',
  'IN_MEDIATION',
  'AGREED',
  'RESOLVED',
  'UNRESOLVED',
  'WITHDRAWN',
] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];

/** The status shown to users, derived from the state; null before the claim is filed. */
export function deriveStatus(state: DisputeState): DisputeStatus | null {
  if (!state.filed) return null;
  if (state.withdrawal) return 'WITHDRAWN';
  if (state.closure) return state.closure.outcome;
  switch (phaseOf(state)) {
    case 'AGREEMENT':
      return 'AGREED';
    case 'MEDIATION':
      return state.mediation!.stage === 'REQUESTED' ? 'MEDIATION_REQUESTED' : 'IN_MEDIATION';
    default:
      if (state.negotiationTurn === 'MERCHANT') {
        // Escalated until the new level answers, even once its response period has passed.
        return state.escalation.level !== 'FRONT_DESK' && !state.escalation.answeredAtLevel ? 'ESCALATED' : 'AWAITING_MERCHANT';
      }
      return state.rejection ? 'REJECTED' : 'AWAITING_CONSUMER';
  }
}

import type { Dispute } from './state';

/**
 * Where the dispute stands, which decides what may happen next: the parties negotiate
 * directly, a mediation is under way, an agreed remedy is being carried out, or it is over.
 */
export type Phase = 'NEGOTIATION' | 'MEDIATION' | 'AGREEMENT' | 'ENDED';

export function phaseOf(dispute: Dispute): Phase {
  if (dispute.closure || dispute.withdrawal) return 'ENDED';
  if (dispute.agreement) return 'AGREEMENT';
  const stage = dispute.mediation?.stage;
  if (stage === 'REQUESTED' || stage === 'ADMISSIBLE') return 'MEDIATION';
  return 'NEGOTIATION';
}

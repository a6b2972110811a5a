import { DomainError } from '../errors';
import type { Dispute, SettlementState } from '../state';
import { mediating } from '../guards';
import type { Party } from '../parties';

/** Settlements are answered while the mediation runs; an agreed remedy is a different stage. */
export const settlementAnswerable = (dispute: Dispute): DomainError | null =>
  dispute.agreement ? new DomainError('AGREEMENT_PENDING') : mediating(dispute);

/** The pending settlement this side has not answered yet, or why it cannot answer. */
export function settlementToAnswer(dispute: Dispute, party: Party, settlementId: string): SettlementState | DomainError {
  const settlement = dispute.mediation!.settlements.find((x) => x.settlementId === settlementId);
  // Named on its field, as a malformed id is: the settlement the command names is what is wrong.
  if (!settlement) return new DomainError('SETTLEMENT_NOT_FOUND', { settlementId }, 'settlementId');
  if (settlement.status !== 'PROPOSED') return new DomainError('SETTLEMENT_NOT_PENDING', { settlementId, status: settlement.status });
  if (settlement.acceptedBy.includes(party.side!)) return new DomainError('SETTLEMENT_ALREADY_ANSWERED', { settlementId });
  return settlement;
}

export const hasSettlementToAnswer = (dispute: Dispute, party: Party): boolean =>
  dispute.mediation!.settlements.some((x) => x.status === 'PROPOSED' && !x.acceptedBy.includes(party.side!));

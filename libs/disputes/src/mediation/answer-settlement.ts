import { DomainError } from '../errors';
import type { Dispute, SettlementState } from '../state';
import { mediating } from '../guards';
import type { Party } from '../parties';
import { isBefore, type Instant } from '../values/instant';

/** Settlements are answered while the mediation runs; an agreed remedy is a different stage. */
export const settlementAnswerable = (dispute: Dispute): DomainError | null =>
  dispute.agreement ? new DomainError('AGREEMENT_PENDING') : mediating(dispute);

/** A pending proposal whose answer period (R612-4) has ended is no longer answerable, even before its expiry is recorded. */
const expired = (x: SettlementState, at: Instant): boolean => x.status === 'EXPIRED' || (x.status === 'PROPOSED' && x.answerDueAt !== undefined && !isBefore(at, x.answerDueAt));

/** The pending settlement this side has not answered yet, or why it cannot answer. */
export function settlementToAnswer(dispute: Dispute, party: Party, settlementId: string, at: Instant): SettlementState | DomainError {
  const settlement = dispute.mediation!.settlements.find((x) => x.settlementId === settlementId);
  // Named on its field, as a malformed id is: the settlement the command names is what is wrong.
  if (!settlement) return new DomainError('SETTLEMENT_NOT_FOUND', { settlementId }, 'settlementId');
  if (expired(settlement, at)) return new DomainError('SETTLEMENT_EXPIRED', { settlementId, answerDueOn: settlement.answerDueOn! });
  if (settlement.status !== 'PROPOSED') return new DomainError('SETTLEMENT_NOT_PENDING', { settlementId, status: settlement.status });
  if (settlement.acceptedBy.includes(party.side!)) return new DomainError('SETTLEMENT_ALREADY_ANSWERED', { settlementId });
  return settlement;
}

export const hasSettlementToAnswer = (dispute: Dispute, party: Party, at: Instant): boolean =>
  dispute.mediation!.settlements.some((x) => x.status === 'PROPOSED' && !expired(x, at) && !x.acceptedBy.includes(party.side!));

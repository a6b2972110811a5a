import { DomainError } from './errors';
import { phaseOf } from './phase';
import type { Dispute, OfferState } from './state';
import type { Side } from './values/actor';
import { isBefore, type Instant } from './values/instant';

/** Direct negotiation stops while a mediation runs and while an agreed remedy is carried out. */
export function negotiating(dispute: Dispute): DomainError | null {
  switch (phaseOf(dispute)) {
    case 'MEDIATION':
      return new DomainError('MEDIATION_IN_PROGRESS');
    case 'AGREEMENT':
      return new DomainError('AGREEMENT_PENDING');
    default:
      return null;
  }
}

/** Offers on the table can still be answered during a mediation, not once a remedy is agreed. */
export function offersOnTable(dispute: Dispute): DomainError | null {
  return phaseOf(dispute) === 'AGREEMENT' ? negotiating(dispute) : null;
}

export function onTurn(dispute: Dispute, side: Side): DomainError | null {
  if (dispute.negotiationTurn === side) return null;
  return new DomainError('NOT_YOUR_TURN', { waitingFor: dispute.negotiationTurn });
}

/** An offer that may still be accepted: not answered, replaced or expired. */
export function isOpen(offer: OfferState, at: Instant): boolean {
  return offer.status === 'LIVE' && isBefore(at, offer.expiresAt);
}

export function mediating(dispute: Dispute): DomainError | null {
  return phaseOf(dispute) === 'MEDIATION' ? null : new DomainError('NOT_IN_MEDIATION');
}

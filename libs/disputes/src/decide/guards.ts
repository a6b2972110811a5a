import { DomainError } from '../errors';
import { phaseOf } from '../phase';
import type { Dispute, OfferState } from '../state';
import type { Side } from '../values/actor';
import { isBefore, type Instant } from '../values/instant';

/** Direct negotiation stops while a mediation runs and while an agreed remedy is carried out. */
export function negotiating(dispute: Dispute): DomainError | null {
  switch (phaseOf(dispute)) {
    case 'MEDIATION':
      return new DomainError('MEDIATION_IN_PROGRESS', 'a mediation is under way: proposals now go through the mediator');
    case 'AGREEMENT':
      return new DomainError('AGREEMENT_PENDING', 'an agreed remedy is being carried out: confirm it or report that it failed');
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
  return new DomainError('NOT_YOUR_TURN', `the dispute is waiting for the ${dispute.negotiationTurn.toLowerCase()} to answer`);
}

/** An offer that may still be accepted: not answered, replaced or expired. */
export function isOpen(offer: OfferState, at: Instant): boolean {
  return offer.status === 'LIVE' && isBefore(at, offer.expiresAt);
}

export function mediating(dispute: Dispute): DomainError | null {
  return phaseOf(dispute) === 'MEDIATION' ? null : new DomainError('NOT_IN_MEDIATION', 'no mediation is under way on this dispute');
}

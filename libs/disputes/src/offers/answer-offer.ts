import { DomainError } from '../errors';
import type { DisputeEvent } from '../events/dispute-event';
import type { EventContext } from '../events/event-envelope';
import { recorded } from '../events/recorded';
import type { Dispute, OfferState } from '../state';
import { isBefore, type Instant } from '../values/instant';
import { isOpen } from '../guards';
import type { Party } from '../parties';

/** The offer this party may answer now, or why not: only the other side's, once, before it expires. */
export function offerToAnswer(dispute: Dispute, party: Party, offerId: string, at: Instant): OfferState | DomainError {
  const offer = dispute.offers.find((o) => o.offerId === offerId);
  // Named on its field, as a malformed id is: the offer the command names is what is wrong.
  if (!offer) return new DomainError('OFFER_NOT_FOUND', { offerId }, 'offerId');
  if (offer.side === party.side) return new DomainError('OWN_OFFER', { offerId });
  if (offer.status === 'ACCEPTED') return new DomainError('OFFER_ALREADY_ACCEPTED', { offerId, acceptedAt: offer.endedAt! });
  if (offer.status === 'EXPIRED' || (offer.status === 'LIVE' && !isBefore(at, offer.expiresAt))) {
    return new DomainError('OFFER_EXPIRED', { offerId, expiresOn: offer.expiresOn });
  }
  if (offer.status !== 'LIVE') return new DomainError('OFFER_NOT_LIVE', { offerId, status: offer.status });
  return offer;
}

export const hasOfferToAnswer = (dispute: Dispute, party: Party, at: Instant): boolean =>
  dispute.offers.some((o) => o.side !== party.side && isOpen(o, at));

/** An agreement ends every other offer still on the table. */
export function supersededByAgreement(dispute: Dispute, context: EventContext, agreedOn: string, except?: string): DisputeEvent[] {
  return dispute.offers
    .filter((o) => o.status === 'LIVE' && o.offerId !== except)
    .map((o) => recorded('OfferSuperseded', context, { offerId: o.offerId, reason: 'AGREEMENT', supersededBy: agreedOn }));
}

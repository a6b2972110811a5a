import type { AcceptOffer } from '../commands/offer-commands';
import { DomainError } from '../errors';
import { phaseOf } from '../phase';
import { periodOfDays } from '../values/instant';
import { checked, identifier } from '../validation/input';
import { hasOfferToAnswer, offerToAnswer, supersededByAgreement } from './answer-offer';
import type { CommandHandler } from './command-handler';
import { offersOnTable } from './guards';
import { contextOf } from './parties';

/**
 * The other side takes an offer: the terms become the agreement, the remedy clock starts. An
 * offer stands until it expires, so it may be accepted even during a mediation, which then ends.
 */
export const acceptOffer: CommandHandler<AcceptOffer> = {
  roles: ['CONSUMER', 'ASSOCIATION', 'MERCHANT'],
  guard: offersOnTable,
  hasTarget: hasOfferToAnswer,
  validate: (c) => checked(() => identifier(c.offerId, 'offerId')),
  decide(c, dispute, party, at) {
    const offer = offerToAnswer(dispute, party, c.offerId, at);
    if (offer instanceof DomainError) return offer;
    const context = contextOf(dispute, party, at);
    const due = periodOfDays(at, offer.daysToCarryOut);
    return [
      {
        type: 'OfferAccepted',
        schemaVersion: 1,
        data: { ...context, offerId: offer.offerId, remedyDueOn: due.dueOn, remedyDueAt: due.dueAt, endsMediation: phaseOf(dispute) === 'MEDIATION' },
      },
      ...supersededByAgreement(dispute, context, offer.offerId, offer.offerId),
    ];
  },
};

import type { RejectOffer } from '../commands/offer-commands';
import { DomainError } from '../errors';
import { phaseOf } from '../phase';
import { periodOfDays } from '../values/instant';
import { checked, identifier, text } from '../validation/input';
import { MAX_REASON } from '../validation/shapes';
import { hasOfferToAnswer, offerToAnswer } from './answer-offer';
import type { CommandHandler } from './command-handler';
import { offersOnTable } from './guards';
import { contextOf } from './parties';

/**
 * The other side turns an offer down, with its reason. When the consumer refuses the merchant's
 * offer, the merchant may improve it within a fresh response period; either way the merchant
 * has now had its chance, so escalation and mediation open.
 */
export const rejectOffer: CommandHandler<RejectOffer> = {
  roles: ['CONSUMER', 'ASSOCIATION', 'MERCHANT'],
  guard: offersOnTable,
  hasTarget: hasOfferToAnswer,
  validate: (c) =>
    checked(() => {
      identifier(c.offerId, 'offerId');
      text(c.reason, 'reason', { max: MAX_REASON });
    }),
  decide(c, dispute, party, at) {
    const offer = offerToAnswer(dispute, party, c.offerId, at);
    if (offer instanceof DomainError) return offer;
    const backToMerchant = offer.side === 'MERCHANT' && phaseOf(dispute) === 'NEGOTIATION';
    return [
      {
        type: 'OfferRejected',
        schemaVersion: 1,
        data: {
          ...contextOf(dispute, party, at),
          offerId: offer.offerId,
          reason: c.reason,
          ...(backToMerchant && { merchantResponseDueAt: periodOfDays(at, dispute.policy.merchantResponseDays).dueAt }),
        },
      },
    ];
  },
};

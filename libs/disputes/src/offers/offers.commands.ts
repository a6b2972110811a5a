import type { Money } from '../values/money';
import type { Remedy } from '../values/remedy';
import { OFFER_KINDS, type OfferKind } from '../values/remedy-terms';
import type { DisputeCommandOf } from '../commands/command-envelope';
import { DomainError } from '../errors';
import type { DisputeEvent } from '../events/dispute-event';
import { recorded } from '../events/recorded';
import { periodOfDays } from '../values/instant';
import { z } from 'zod';
import { identifier, oneOf } from '../validation/input';
import { reason, remedyTerms, withoutAbsent } from '../validation/shapes';
import type { RulesOf } from '../commands/command-rules';
import { isOpen, negotiating, onTurn, offersOnTable } from '../guards';
import { contextOf } from '../parties';
import { checkRemedyTerms, remedyDueOf } from './remedy-terms';
import { phaseOf } from '../phase';
import { hasOfferToAnswer, offerToAnswer, supersededByAgreement } from './answer-offer';

/** A merchant's offer or a consumer's counter-offer; the side follows from the actor. */
export type MakeOffer = DisputeCommandOf<
  'MakeOffer',
  {
    offerId: string;
    /** Defaults to REMEDY. */
    kind?: OfferKind;
    remedy: Remedy;
    amount?: Money;
    /** Defaults to the policy's remedy period. */
    daysToCarryOut?: number;
    terms?: string;
  }
>;

export type AcceptOffer = DisputeCommandOf<'AcceptOffer', { offerId: string }>;

export type RejectOffer = DisputeCommandOf<'RejectOffer', { offerId: string; reason: string }>;

export type OffersCommand = MakeOffer | AcceptOffer | RejectOffer;

/** Accepting and refusing an offer: by the other side, while an offer is open to it. */
const answeringAnOffer = { roles: ['CONSUMER', 'ASSOCIATION', 'MERCHANT'], guard: offersOnTable, hasTarget: hasOfferToAnswer } as const;

/** Who may send each command, when, with what payload, and what it records. */
export const offersRules: RulesOf<OffersCommand> = {
  /**
   * A side proposes terms: on its turn, or to replace its own offer still open. Each side has one
   * live offer at most, so a new one supersedes the older.
   */
  MakeOffer: {
    roles: ['CONSUMER', 'ASSOCIATION', 'MERCHANT'],
    guard(dispute, party, at) {
      const refused = negotiating(dispute);
      if (refused) return refused;
      const revising = dispute.offers.some((o) => o.side === party.side && isOpen(o, at));
      return revising ? null : onTurn(dispute, party.side!);
    },
    payload: z.object({
      offerId: identifier(),
      kind: oneOf(OFFER_KINDS, 'OfferKind').optional().describe('REMEDY by default; PAID_REPAIR_QUOTE for goods out of warranty.'),
      ...remedyTerms(false),
    }),
    mutation: {
      name: 'makeOffer',
      description: "A merchant's offer, or the consumer's counter-offer; a newer one replaces the side's live offer.",
      assigned: ['offerId'],
    },
    decide(c, dispute, party, at) {
      const side = party.side!;
      if (dispute.offers.some((o) => o.offerId === c.offerId)) return new DomainError('DUPLICATE_OFFER', { offerId: c.offerId });
      const kind = c.kind ?? 'REMEDY';
      if (kind === 'PAID_REPAIR_QUOTE' && side !== 'MERCHANT') return new DomainError('ROLE_NOT_ALLOWED', { reason: 'PAID_REPAIR_QUOTE' });
      const terms = checkRemedyTerms(withoutAbsent({ remedy: c.remedy, amount: c.amount, daysToCarryOut: c.daysToCarryOut, terms: c.terms }), kind, dispute);
      if (terms instanceof DomainError) return terms;

      const context = contextOf(dispute, party, at);
      const expiry = periodOfDays(at, dispute.policy.offerValidityDays);
      const events: DisputeEvent[] = dispute.offers
        .filter((o) => o.side === side && o.status === 'LIVE')
        .map((o) => recorded('OfferSuperseded', context, { offerId: o.offerId, reason: 'NEWER_OFFER', supersededBy: c.offerId }));
      events.push(
        recorded('OfferMade', context, {
          offerId: c.offerId,
          side,
          kind,
          ...terms,
          expiresOn: expiry.dueOn,
          expiresAt: expiry.dueAt,
          ...(side === 'CONSUMER' && { merchantResponseDueAt: periodOfDays(at, dispute.policy.merchantResponseDays).dueAt }),
        }),
      );
      return events;
    },
  },
  /**
   * The other side takes an offer: the terms become the agreement, the remedy clock starts. An
   * offer stands until it expires, so it may be accepted even during a mediation, which then ends.
   */
  AcceptOffer: {
    ...answeringAnOffer,
    payload: z.object({ offerId: identifier() }),
    mutation: { name: 'acceptOffer', input: 'OfferAnswerInput', description: 'The other side takes an offer: its terms become the agreement.' },
    decide(c, dispute, party, at) {
      const offer = offerToAnswer(dispute, party, c.offerId, at);
      if (offer instanceof DomainError) return offer;
      const context = contextOf(dispute, party, at);
      const due = remedyDueOf(offer, dispute, at);
      return [
        recorded('OfferAccepted', context, { offerId: offer.offerId, remedyDueOn: due.dueOn, remedyDueAt: due.dueAt, endsMediation: phaseOf(dispute) === 'MEDIATION' }),
        ...supersededByAgreement(dispute, context, offer.offerId, offer.offerId),
      ];
    },
  },
  /**
   * The other side turns an offer down, with its reason. When the consumer refuses the merchant's
   * offer, the merchant may improve it within a fresh response period; either way the merchant
   * has now had its chance, so escalation and mediation open.
   */
  RejectOffer: {
    ...answeringAnOffer,
    payload: z.object({ offerId: identifier(), reason: reason() }),
    mutation: { name: 'rejectOffer', description: 'The other side turns an offer down, with its reason.' },
    decide(c, dispute, party, at) {
      const offer = offerToAnswer(dispute, party, c.offerId, at);
      if (offer instanceof DomainError) return offer;
      const backToMerchant = offer.side === 'MERCHANT' && phaseOf(dispute) === 'NEGOTIATION';
      return [
        recorded('OfferRejected', contextOf(dispute, party, at), {
          offerId: offer.offerId,
          reason: c.reason,
          ...(backToMerchant && { merchantResponseDueAt: periodOfDays(at, dispute.policy.merchantResponseDays).dueAt }),
        }),
      ];
    },
  },
};

import type { Money } from '../values/money';
import type { Remedy } from '../values/remedy';
import type { OfferKind } from '../events/offer-events';
import type { DisputeCommandOf } from './command-envelope';

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

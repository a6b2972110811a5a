import type { CalendarDate } from '@recours/consumer-law';
import type { Side } from '../values/actor';
import type { Instant } from '../values/instant';
import type { Money } from '../values/money';
import type { Remedy } from '../values/remedy';
import type { DisputeEventOf, EventContext } from './event-envelope';

/**
 * REMEDY: a remedy under the guarantees. PAID_REPAIR_QUOTE: a repair the consumer pays for,
 * only for goods no longer under any warranty; the amount is what the consumer would pay.
 */
export type OfferKind = 'REMEDY' | 'PAID_REPAIR_QUOTE';

/** The terms both offers and mediator settlements carry. */
export interface RemedyTerms {
  remedy: Remedy;
  /** What is paid: to the consumer for money remedies, by the consumer for a paid repair quote. */
  amount?: Money;
  daysToCarryOut: number;
  terms: string;
}

export type OfferMade = DisputeEventOf<
  'OfferMade',
  EventContext &
    RemedyTerms & {
      offerId: string;
      /** MERCHANT, or CONSUMER for a counter-offer. */
      side: Side;
      kind: OfferKind;
      /** Last day to accept, and the instant from which acceptance is refused. */
      expiresOn: CalendarDate;
      expiresAt: Instant;
      /** Present when a counter-offer hands the turn to the merchant. */
      merchantResponseDueAt?: Instant;
    }
>;

/** One live offer per side: a newer offer, or an agreement reached elsewhere, ends the others. */
export type OfferSuperseded = DisputeEventOf<
  'OfferSuperseded',
  EventContext & { offerId: string; reason: 'NEWER_OFFER' | 'AGREEMENT'; supersededBy: string }
>;

export type OfferAccepted = DisputeEventOf<
  'OfferAccepted',
  EventContext & { offerId: string; remedyDueAt: Instant; remedyDueOn: CalendarDate; endsMediation: boolean }
>;

/** `merchantResponseDueAt` is present when the consumer's refusal hands the turn back to the merchant. */
export type OfferRejected = DisputeEventOf<
  'OfferRejected',
  EventContext & { offerId: string; reason: string; merchantResponseDueAt?: Instant }
>;

export type OfferExpired = DisputeEventOf<'OfferExpired', EventContext & { offerId: string; expiresAt: Instant }>;

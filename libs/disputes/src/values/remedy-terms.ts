import type { Money } from './money';
import type { Remedy } from './remedy';

/**
 * REMEDY: a remedy under the guarantees. PAID_REPAIR_QUOTE: a repair the consumer pays for,
 * only for goods no longer under any warranty; the amount is what the consumer would pay.
 */
export const OFFER_KINDS = ['REMEDY', 'PAID_REPAIR_QUOTE'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

/** The terms both offers and mediator settlements carry. */
export interface RemedyTerms {
  remedy: Remedy;
  /** What is paid: to the consumer for money remedies, by the consumer for a paid repair quote. */
  amount?: Money;
  daysToCarryOut: number;
  terms: string;
}

/** Only the terms, from an event or a state that carries more. */
export function termsOf(d: RemedyTerms): RemedyTerms {
  return { remedy: d.remedy, ...(d.amount && { amount: d.amount }), daysToCarryOut: d.daysToCarryOut, terms: d.terms };
}

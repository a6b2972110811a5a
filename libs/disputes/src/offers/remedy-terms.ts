import { addDays, compareAmounts, parisDateOf } from '@recours/consumer-law';
import { fieldProblem } from '../validation/field-problems';
import { DomainError, invalidInput } from '../errors';
import { MAX_IN_KIND_REMEDY_DAYS } from '../legal-periods';
import type { OfferKind, RemedyTerms } from '../values/remedy-terms';
import type { Dispute, OfferState } from '../state';
import { isBefore, periodEndingOn, periodOfDays, type Instant, type Period } from '../values/instant';
import { IN_KIND_REMEDIES, MONETARY_REMEDIES } from '../values/remedy';
import { warrantyCover } from '../warranty';
import type { RemedyTermsInput } from '../validation/shapes';

/**
 * The rules an offer's or a settlement's terms must meet against this dispute: the amount says
 * how much when money is the remedy or a repair is quoted, more than 0 and in the purchase's
 * currency; a repair or replacement offered as a remedy has none, as it is free of charge
 * (L217-11: the amount is only what is paid to the consumer, or by her for a quote); a refund or a
 * price reduction is at most the price paid (L217-15, L217-17); a remedy a failure closed is
 * not offered again; repair or replacement fits in the policy's period (L217-10); and only goods
 * under no warranty may get a paid repair quote.
 */
export function checkRemedyTerms(input: RemedyTermsInput, kind: OfferKind, dispute: Dispute): RemedyTerms | DomainError {
  const { remedy, amount } = input;
  if (kind === 'PAID_REPAIR_QUOTE' && remedy !== 'REPAIR') return invalidInput('remedy', fieldProblem('QUOTE_IS_FOR_REPAIR'));
  if ((kind === 'PAID_REPAIR_QUOTE' || MONETARY_REMEDIES.includes(remedy)) && !amount) {
    return invalidInput('amount', kind === 'PAID_REPAIR_QUOTE' ? fieldProblem('QUOTE_NEEDS_PRICE') : fieldProblem('OFFER_NEEDS_AMOUNT', { remedy }));
  }
  // A REMEDY repair or replacement costs the consumer nothing: an amount on it could only be read as a price.
  if (kind === 'REMEDY' && IN_KIND_REMEDIES.includes(remedy) && amount) return invalidInput('amount', fieldProblem('IN_KIND_REMEDY_IS_FREE'));
  if (amount && compareAmounts(amount.amount, '0') <= 0) return invalidInput('amount.amount', fieldProblem('NOT_POSITIVE'));
  const currency = dispute.claim.purchase.price.currency;
  if (amount && amount.currency !== currency) return invalidInput('amount.currency', fieldProblem('NOT_THE_PURCHASE_CURRENCY', { currency }));
  // A refund gives the price back (L217-17) and a reduction takes part of it off (L217-15): neither
  // goes beyond what was paid; more is compensation, a remedy of its own. Catches 99 999 € typed for 699.
  const price = dispute.claim.purchase.price;
  if (kind === 'REMEDY' && (remedy === 'REFUND' || remedy === 'PRICE_REDUCTION') && amount && compareAmounts(amount.amount, price.amount) > 0) {
    return invalidInput('amount.amount', fieldProblem('ABOVE_THE_PRICE', { remedy, price: price.amount, currency: price.currency }));
  }
  if (!dispute.remediesAvailable.includes(remedy)) {
    return new DomainError('REMEDY_NOT_AVAILABLE', { remedies: dispute.remediesAvailable.join(',') });
  }
  const limit = dispute.policy.remedyDays;
  const daysToCarryOut = input.daysToCarryOut ?? limit;
  if (kind === 'REMEDY' && IN_KIND_REMEDIES.includes(remedy) && daysToCarryOut > limit) {
    // Only a period she typed goes beyond the limit (none given is the limit): the refusal names that field.
    return new DomainError('REMEDY_PERIOD_TOO_LONG', { remedy, days: limit }, 'daysToCarryOut');
  }
  if (kind === 'PAID_REPAIR_QUOTE' && warrantyCover(dispute).covered) {
    return new DomainError('STILL_UNDER_WARRANTY');
  }
  return { remedy, ...(amount && { amount }), daysToCarryOut, terms: input.terms ?? '' };
}

/**
 * When an accepted offer's remedy is due. Repair or replacement must be done within 30 days of
 * the consumer's request, not of the agreement (L217-10): when the claim asked for one, the
 * request is the filing (dated by the day in France), and the agreement cannot give the seller
 * longer. When those 30 days have already run out, the offer's own period stands: the delay is
 * then a ground for price reduction or refund the rights engine states (L217-14 2°).
 */
export function remedyDueOf(offer: Pick<OfferState, 'kind' | 'remedy' | 'daysToCarryOut'>, dispute: Dispute, at: Instant): Period {
  const agreed = periodOfDays(at, offer.daysToCarryOut);
  const requestedInKind = IN_KIND_REMEDIES.includes(dispute.claim.requestedRemedy);
  if (offer.kind !== 'REMEDY' || !IN_KIND_REMEDIES.includes(offer.remedy) || !requestedInKind) return agreed;
  const legal = periodEndingOn(addDays(parisDateOf(dispute.filedAt), MAX_IN_KIND_REMEDY_DAYS));
  if (!isBefore(at, legal.dueAt)) return agreed;
  return isBefore(legal.dueAt, agreed.dueAt) ? legal : agreed;
}

import { DomainError, invalidInput } from '../errors';
import type { OfferKind, RemedyTerms } from '../events/offer-events';
import type { Dispute } from '../state';
import { IN_KIND_REMEDIES, MONETARY_REMEDIES } from '../values/remedy';
import { warrantyCover } from '../warranty';
import type { RemedyTermsInput } from '../validation/shapes';

/**
 * The rules an offer's or a settlement's terms must meet against this dispute: the amount says
 * how much when money is the remedy, in the purchase's currency; a remedy a failure closed is
 * not offered again; repair or replacement fits in the policy's period (L217-10); and only goods
 * under no warranty may get a paid repair quote.
 */
export function checkRemedyTerms(input: RemedyTermsInput, kind: OfferKind, dispute: Dispute): RemedyTerms | DomainError {
  const { remedy, amount } = input;
  if (kind === 'PAID_REPAIR_QUOTE' && remedy !== 'REPAIR') return invalidInput('remedy', 'a paid repair quote is for a REPAIR');
  if ((kind === 'PAID_REPAIR_QUOTE' || MONETARY_REMEDIES.includes(remedy)) && !amount) {
    return invalidInput('amount', kind === 'PAID_REPAIR_QUOTE' ? 'a quote must give its price' : `an offer of ${remedy} must say how much`);
  }
  const currency = dispute.claim.purchase.price.currency;
  if (amount && amount.currency !== currency) return invalidInput('amount.currency', `must be ${currency}, the currency of the purchase`);
  if (!dispute.remediesAvailable.includes(remedy)) {
    return new DomainError('REMEDY_NOT_AVAILABLE', `after the failed remedy, only ${dispute.remediesAvailable.join(', ')} may be proposed`);
  }
  const limit = dispute.policy.remedyDays;
  const daysToCarryOut = input.daysToCarryOut ?? limit;
  if (kind === 'REMEDY' && IN_KIND_REMEDIES.includes(remedy) && daysToCarryOut > limit) {
    return new DomainError('REMEDY_PERIOD_TOO_LONG', `a ${remedy.toLowerCase()} must be carried out within ${limit} days (Code de la consommation L217-10)`);
  }
  if (kind === 'PAID_REPAIR_QUOTE' && warrantyCover(dispute.claim).covered) {
    return new DomainError('STILL_UNDER_WARRANTY', 'the defect appeared under warranty: its repair is free, not quoted');
  }
  return { remedy, ...(amount && { amount }), daysToCarryOut, terms: input.terms ?? '' };
}

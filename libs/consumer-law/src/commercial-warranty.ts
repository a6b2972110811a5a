import { addMonths } from './calendar/calendar-date';
import type { CommercialWarranty } from './assessment';
import type { RuleSet } from './rule-sets/rule-set';
import type { ValidFacts } from './validate-facts';

/** A contractual promise on top of the legal warranty; its length is counted from delivery. */
export function assessCommercialWarranty(facts: ValidFacts, rules: RuleSet): CommercialWarranty {
  const basis = rules.commercialWarranty.basis;
  if (facts.commercialWarrantyMonths === null) return { applies: false, expiresOn: null, basis };
  const expiresOn = addMonths(facts.deliveredOn, facts.commercialWarrantyMonths);
  return { applies: facts.defectNoticedOn <= expiresOn, expiresOn, basis };
}

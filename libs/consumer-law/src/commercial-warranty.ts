import { addDays, addMonths, daysBetween, maxDate } from './calendar/calendar-date';
import type { CommercialWarranty } from './assessment';
import type { Citation } from './messages/citations';
import type { Renderer } from './messages/renderer';
import type { RuleSet } from './rule-sets/rule-set';
import type { ValidFacts } from './validate-facts';

/**
 * A contractual promise on top of the legal warranty, counted from delivery. In France any
 * immobilisation of at least seven days for a repair it covers is added to what remained of it
 * (L217-28); the immobilisation runs from the request, or from the hand-over when later, to
 * the return of the repaired goods. A repair counts when made under it: by default, when
 * requested while it ran.
 */
export function assessCommercialWarranty(facts: ValidFacts, rules: RuleSet, r: Renderer): CommercialWarranty {
  const basis: Citation[] = [...rules.commercialWarranty.basis];
  if (facts.commercialWarrantyMonths === null) return { applies: false, expiresOn: null, extensionDays: 0, ...r.cite(basis) };
  const base = addMonths(facts.deliveredOn, facts.commercialWarrantyMonths);
  let extensionDays = 0;
  const rule = rules.commercialWarranty.immobilisationExtension;
  for (const repair of facts.repairs) {
    const expiresOn = addDays(base, extensionDays);
    const covered = repair.underCommercialWarranty ?? repair.requestedOn <= expiresOn;
    if (!rule || !covered || !repair.completedOn) continue;
    const days = daysBetween(maxDate(repair.requestedOn, repair.handedOverOn), repair.completedOn);
    if (days < rule.minDays) continue;
    extensionDays += days;
    basis.push(...rule.basis);
  }
  const expiresOn = addDays(base, extensionDays);
  return { applies: facts.defectNoticedOn <= expiresOn, expiresOn, extensionDays, ...r.cite(basis) };
}

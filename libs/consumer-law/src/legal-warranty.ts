import { addDays, addMonths, compareDates, daysBetween, maxDate, type CalendarDate } from './calendar/calendar-date';
import type { LegalWarranty } from './assessment';
import type { Citation } from './messages/citations';
import type { Renderer } from './messages/renderer';
import type { RuleSet } from './rule-sets/rule-set';
import type { ValidFacts } from './validate-facts';

type WarrantyEvent =
  | { kind: 'RESTART'; on: CalendarDate }
  | { kind: 'REPLACED'; on: CalendarDate; handedOverOn: CalendarDate | null }
  | { kind: 'REPAIRED'; on: CalendarDate; requestedOn: CalendarDate; handedOverOn: CalendarDate };

/** Replacements and completed repairs, in the order they happened. */
function events(facts: ValidFacts, rules: RuleSet): WarrantyEvent[] {
  const replaced: WarrantyEvent[] = facts.replacements.flatMap((r): WarrantyEvent[] => {
    if (!r.deliveredOn) return [];
    return rules.replacementRestart && r.insteadOfRequestedRepair
      ? [{ kind: 'RESTART', on: r.deliveredOn }]
      : [{ kind: 'REPLACED', on: r.deliveredOn, handedOverOn: r.handedOverOn }];
  });
  const repaired: WarrantyEvent[] = facts.repairs.flatMap((r) =>
    r.completedOn ? [{ kind: 'REPAIRED' as const, on: r.completedOn, requestedOn: r.requestedOn, handedOverOn: r.handedOverOn }] : [],
  );
  // Stable sort keeps a same-day replacement before the repairs of that day.
  return [...replaced, ...repaired].sort((a, b) => compareDates(a.on, b.on));
}

/**
 * Two years from delivery (or the national period), plus the repair extension of the rule set,
 * plus the days the goods were immobilised for a repair or replacement under the warranty
 * where the rule set suspends it (FR: the information box annexed to D211-2), restarted by a
 * replacement imposed instead of a requested repair (FR L217-13 para. 2). Months are always
 * counted from the start date (CPC art. 641), never chained, so 24 + 6 months from 31 August
 * ends on 28 February, not on a day drifted by two month-ends; suspended days come last.
 */
export function assessLegalWarranty(facts: ValidFacts, rules: RuleSet, r: Renderer): LegalWarranty {
  let runsFrom = facts.deliveredOn;
  let extensionMonths = 0;
  let suspensionDays = 0;
  const basis: Citation[] = [...rules.legalWarranty.basis];
  const end = () => addDays(addMonths(runsFrom, rules.legalWarranty.months + extensionMonths), suspensionDays);
  const suspend = (from: CalendarDate, to: CalendarDate) => {
    if (!rules.immobilisationSuspends || to <= from) return;
    suspensionDays += daysBetween(from, to);
    basis.push(...rules.immobilisationSuspends.basis);
  };

  for (const event of events(facts, rules)) {
    if (event.kind === 'RESTART') {
      runsFrom = event.on;
      extensionMonths = 0;
      suspensionDays = 0;
      basis.push(...rules.replacementRestart!.basis);
      continue;
    }
    if (event.kind === 'REPLACED') {
      if (event.handedOverOn && event.handedOverOn <= end()) suspend(event.handedOverOn, event.on);
      continue;
    }
    // Only a repair asked for while the warranty (as extended so far) ran was made under it.
    if (event.requestedOn > end()) continue;
    suspend(event.handedOverOn, event.on);
    const extension = rules.repairExtension;
    if (!extension || (extension.once && extensionMonths > 0)) continue;
    extensionMonths += extension.months;
    basis.push(...extension.basis);
  }

  const expiresOn = end();
  const supply = facts.digitalElementSupplyMonths;
  const digitalEnd = supply !== null ? addMonths(facts.deliveredOn, supply) : null;
  const digitalElementsUntil = digitalEnd && digitalEnd > expiresOn ? digitalEnd : null;
  if (digitalElementsUntil) basis.push(...rules.digitalElements.basis);
  const coveredUntil = digitalElementsUntil && facts.defectInDigitalElement ? maxDate(expiresOn, digitalElementsUntil) : expiresOn;
  return {
    applies: facts.defectNoticedOn <= coveredUntil,
    expiresOn,
    runsFrom,
    extensionMonths,
    suspensionDays,
    endIsMinimum: rules.legalWarranty.endIsMinimum,
    digitalElementsUntil,
    ...r.cite(basis),
  };
}

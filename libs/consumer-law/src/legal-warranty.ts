import { addMonths, compareDates, type CalendarDate } from './calendar/calendar-date';
import type { LegalWarranty } from './assessment';
import type { RuleSet } from './rule-sets/rule-set';
import type { ValidFacts } from './validate-facts';

type WarrantyEvent =
  | { kind: 'RESTART'; on: CalendarDate }
  | { kind: 'REPAIRED'; on: CalendarDate; requestedOn: CalendarDate };

/** Replacements that restart the period and completed repairs, in the order they happened. */
function events(facts: ValidFacts, rules: RuleSet): WarrantyEvent[] {
  const restarts: WarrantyEvent[] = rules.replacementRestart
    ? facts.replacements.filter((r) => r.insteadOfRequestedRepair).map((r) => ({ kind: 'RESTART', on: r.deliveredOn }))
    : [];
  const repaired: WarrantyEvent[] = facts.repairs.flatMap((r) =>
    r.completedOn ? [{ kind: 'REPAIRED' as const, on: r.completedOn, requestedOn: r.requestedOn }] : [],
  );
  // Stable sort keeps a same-day replacement before the repairs of that day.
  return [...restarts, ...repaired].sort((a, b) => compareDates(a.on, b.on));
}

/**
 * Two years from delivery, plus the repair extension of the rule set, restarted by a
 * replacement made instead of a requested repair where the rule set says so. Months are
 * always counted from the start date (CPC art. 641), never chained, so that 24 + 6 months
 * from 31 August ends on 28 February, not on a day drifted by two month-ends.
 */
export function assessLegalWarranty(facts: ValidFacts, rules: RuleSet): LegalWarranty {
  let runsFrom = facts.deliveredOn;
  let extensionMonths = 0;
  const basis = [rules.legalWarranty.basis];
  const cite = (text: string) => {
    if (!basis.includes(text)) basis.push(text);
  };

  for (const event of events(facts, rules)) {
    if (event.kind === 'RESTART') {
      runsFrom = event.on;
      extensionMonths = 0;
      cite(rules.replacementRestart!.basis);
      continue;
    }
    const extension = rules.repairExtension;
    if (!extension) continue;
    // Only a repair asked for while the warranty (as extended so far) ran was made under it.
    const expiresOn = addMonths(runsFrom, rules.legalWarranty.months + extensionMonths);
    if (event.requestedOn > expiresOn) continue;
    if (extension.once && extensionMonths > 0) continue;
    extensionMonths += extension.months;
    cite(extension.basis);
  }

  const expiresOn = addMonths(runsFrom, rules.legalWarranty.months + extensionMonths);
  return {
    applies: facts.defectNoticedOn <= expiresOn,
    expiresOn,
    runsFrom,
    extensionMonths,
    basis: basis.join('; '),
  };
}

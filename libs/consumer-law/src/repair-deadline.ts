import { addDays, type CalendarDate } from './calendar/calendar-date';
import type { RepairDeadline } from './assessment';
import type { Renderer } from './messages/renderer';
import type { RuleSet } from './rule-sets/rule-set';
import type { ValidFacts } from './validate-facts';

/** The last day to repair or replace: `days` calendar days after the request (the request day does not count, CPC art. 641). */
export function dueDateOf(requestedOn: CalendarDate, rules: RuleSet): CalendarDate | null {
  return rules.repairDeadline.days === null ? null : addDays(requestedOn, rules.repairDeadline.days);
}

/** Repairs and replacements completed after their deadline (L217-14 2°: "intervient au-delà d'un délai de trente jours"). */
export function lateRemedies(facts: ValidFacts, rules: RuleSet): { remedy: 'REPAIR' | 'REPLACEMENT'; requestedOn: CalendarDate; dueOn: CalendarDate; doneOn: CalendarDate }[] {
  const repairs = facts.repairs.flatMap((r) => {
    const dueOn = dueDateOf(r.requestedOn, rules);
    return r.completedOn && dueOn && r.completedOn > dueOn ? [{ remedy: 'REPAIR' as const, requestedOn: r.requestedOn, dueOn, doneOn: r.completedOn }] : [];
  });
  const replacements = facts.replacements.flatMap((p) => {
    const dueOn = p.requestedOn ? dueDateOf(p.requestedOn, rules) : null;
    return p.requestedOn && p.deliveredOn && dueOn && p.deliveredOn > dueOn
      ? [{ remedy: 'REPLACEMENT' as const, requestedOn: p.requestedOn, dueOn, doneOn: p.deliveredOn }]
      : [];
  });
  return [...repairs, ...replacements];
}

/**
 * The pending request: a replacement awaited, or a repair not completed and not superseded by
 * a replacement delivered since. The seller has `days` calendar days from the request, the
 * last day included: a repair asked on 12 January is due by 11 February, overdue from 12 February.
 */
export function assessRepairDeadline(facts: ValidFacts, rules: RuleSet, asOf: CalendarDate, r: Renderer): RepairDeadline | null {
  const awaited = facts.replacements.find((p) => !p.deliveredOn);
  const pendingRepair = facts.repairs.find(
    (rep) => !rep.completedOn && !facts.replacements.some((p) => p.deliveredOn && p.deliveredOn >= rep.requestedOn),
  );
  const pending = awaited
    ? { remedy: 'REPLACEMENT' as const, requestedOn: awaited.requestedOn! }
    : pendingRepair
      ? { remedy: 'REPAIR' as const, requestedOn: pendingRepair.requestedOn }
      : null;
  if (!pending) return null;
  const dueOn = dueDateOf(pending.requestedOn, rules);
  return { ...pending, dueOn, overdue: dueOn !== null && asOf > dueOn, ...r.cite(rules.repairDeadline.basis) };
}

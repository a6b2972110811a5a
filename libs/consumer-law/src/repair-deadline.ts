import { addDays, type CalendarDate } from './calendar/calendar-date';
import type { RepairDeadline } from './assessment';
import type { RuleSet } from './rule-sets/rule-set';
import type { ValidFacts } from './validate-facts';

/**
 * The pending repair request: not completed, and not superseded by a replacement delivered
 * since. The seller has `days` calendar days from the request: the day of the request does
 * not count and the last day is included (CPC art. 641), so a repair asked on 12 January is
 * due by 11 February and overdue from 12 February.
 */
export function assessRepairDeadline(facts: ValidFacts, rules: RuleSet, asOf: CalendarDate): RepairDeadline | null {
  const pending = facts.repairs.find(
    (r) => !r.completedOn && !facts.replacements.some((p) => p.deliveredOn >= r.requestedOn),
  );
  if (!pending) return null;
  const { days, basis } = rules.repairDeadline;
  const dueOn = days === null ? null : addDays(pending.requestedOn, days);
  return { requestedOn: pending.requestedOn, dueOn, overdue: dueOn !== null && asOf > dueOn, basis };
}

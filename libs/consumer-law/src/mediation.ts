import { addMonths, type CalendarDate } from './calendar/calendar-date';
import type { Mediation } from './assessment';
import type { RuleSet } from './rule-sets/rule-set';
import type { ValidFacts } from './validate-facts';

/**
 * Consumer mediation needs a prior written complaint to the merchant and must be asked for
 * within one year of it. "More than one year" is late: a referral on the anniversary date is
 * still in time, so lapsesOn is that anniversary, the last admissible day.
 */
export function assessMediation(facts: ValidFacts, rules: RuleSet, asOf: CalendarDate): Mediation {
  const { months, basis, lapsedReason } = rules.mediation;
  const complaint = facts.writtenComplaintOn;
  if (!complaint) {
    return {
      eligible: false,
      lapsesOn: null,
      reason: 'a written complaint to the merchant must come first; it opens the one-year window',
      basis,
    };
  }
  const lapsesOn = addMonths(complaint, months);
  const eligible = asOf <= lapsesOn;
  return {
    eligible,
    lapsesOn,
    reason: eligible
      ? `the written complaint of ${complaint} allows a referral until ${lapsesOn}`
      : `${lapsedReason} (complaint of ${complaint}, last day ${lapsesOn})`,
    basis,
  };
}

import { addMonths, type CalendarDate } from './calendar/calendar-date';
import type { PresumptionOfDefect } from './assessment';
import type { RuleSet } from './rule-sets/rule-set';
import type { ValidFacts } from './validate-facts';

/**
 * A defect that appears within the period is presumed to have existed at delivery; the
 * seller must prove otherwise. It counts from the delivery of the goods the consumer holds,
 * so from a replacement when that replacement restarted the legal warranty.
 */
export function assessPresumption(facts: ValidFacts, rules: RuleSet, runsFrom: CalendarDate): PresumptionOfDefect {
  const months = facts.goodsCondition === 'NEW' ? rules.presumption.newGoodsMonths : rules.presumption.usedGoodsMonths;
  const until = addMonths(runsFrom, months);
  return { applies: facts.defectNoticedOn <= until, until, basis: rules.presumption.basis };
}

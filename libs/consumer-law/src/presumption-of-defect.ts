import { addMonths, maxDate, type CalendarDate } from './calendar/calendar-date';
import type { LegalWarranty, PresumptionOfDefect } from './assessment';
import type { Renderer } from './messages/renderer';
import type { RuleSet } from './rule-sets/rule-set';
import type { ValidFacts } from './validate-facts';

/**
 * A defect that appears within the period is presumed to have existed at delivery; the
 * seller must prove otherwise. It counts from the delivery of the goods the consumer holds,
 * so from a replacement when that replacement restarted the legal warranty; for digital
 * elements supplied continuously it lasts the whole supply (L217-7; art. 11(3)).
 */
export function assessPresumption(facts: ValidFacts, rules: RuleSet, legal: LegalWarranty, r: Renderer): PresumptionOfDefect {
  const months = facts.goodsCondition === 'NEW' ? rules.presumption.newGoodsMonths : rules.presumption.usedGoodsMonths;
  const goods = addMonths(legal.runsFrom, months);
  const until = legal.digitalElementsUntil && facts.defectInDigitalElement ? maxDate(goods, legal.digitalElementsUntil) : goods;
  const used = facts.goodsCondition === 'NEW' ? [] : (rules.presumption.usedGoodsBasis ?? []);
  return { applies: facts.defectNoticedOn <= until, until, ...r.cite([...rules.presumption.basis, ...used]) };
}

import { addMonths, type CalendarDate } from './calendar/calendar-date';
import type { LimitationClock } from './assessment';
import type { Renderer } from './messages/renderer';
import type { LimitationRule, RuleSet } from './rule-sets/rule-set';
import type { ValidFacts } from './validate-facts';

function startOf(rule: LimitationRule, facts: ValidFacts): CalendarDate | null {
  if (rule.from === 'DELIVERY') return facts.deliveredOn;
  if (rule.from === 'DISCOVERY') return facts.defectNoticedOn;
  // NL: the period runs from the notice to the seller; the written complaint is the notice we know of.
  return facts.writtenComplaintOn;
}

/**
 * The clocks for going to court. FR: the conformity action follows the common five years from
 * the day the consumer knew the defect (C. civ. 2224, the 2021 text has no special period), the
 * hidden-defects action two years from discovery (C. civ. 1648); both within twenty years from
 * the sale (C. civ. 2232; Cass. ch. mixte, 21 July 2023). Other jurisdictions: their own rule
 * where a source was checked, "not assessed" otherwise.
 */
export function assessLimitation(facts: ValidFacts, rules: RuleSet, asOf: CalendarDate, r: Renderer): LimitationClock[] {
  const l = rules.limitation;
  if ('notAssessed' in l) {
    const reason = r.say(l.notAssessed);
    const basis = l.basis ?? (rules.jurisdiction === 'EU' ? (['EU.SGD.10.4-5'] as const) : rules.legalWarranty.basis);
    return [{ action: 'NOT_ASSESSED', runsFrom: null, until: null, running: null, reason: reason.text, reasonMessage: reason, ...r.cite(basis) }];
  }
  return l.rules.map((rule) => {
    const runsFrom = startOf(rule, facts);
    const own = runsFrom ? addMonths(runsFrom, rule.months) : null;
    const warrantyEnds = rule.notBeforeWarrantyEnds ? addMonths(facts.deliveredOn, rules.legalWarranty.months) : null;
    const floored = own && warrantyEnds && warrantyEnds > own ? warrantyEnds : own;
    const longStop = rule.longStop ? addMonths(facts.purchasedOn, rule.longStop.months) : null;
    const until = floored && longStop && longStop < floored ? longStop : floored;
    const params = { months: rule.months, runsFrom: runsFrom ?? '', until: until ?? '', longStop: longStop ?? '', warrantyEnds: floored !== own ? (warrantyEnds ?? '') : '', unverified: l.verified ? '' : 'unverified' };
    const reason = until === null ? r.say('limitation.fromNotice', params) : r.say(`limitation.${rule.action}`, params);
    const basis = l.basis.filter((c) => rule.action === 'CONFORMITY' ? !['FR.CC.1648', 'FR.CASS.2023-07-21'].includes(c) : c !== 'FR.CC.2224');
    return { action: rule.action, runsFrom, until, running: until === null ? null : asOf <= until, reason: reason.text, reasonMessage: reason, ...r.cite(basis) };
  });
}

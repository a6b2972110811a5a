import { addMonths } from './calendar/calendar-date';
import type { NotificationDuty } from './assessment';
import type { Renderer } from './messages/renderer';
import type { RuleSet } from './rule-sets/rule-set';
import type { ValidFacts } from './validate-facts';

/** Whether, and by when, the consumer must tell the seller about the defect (Directive 2019/771 art. 12 option). */
export function assessNotification(facts: ValidFacts, rules: RuleSet, r: Renderer): NotificationDuty {
  const n = rules.notification;
  if ('notAssessed' in n) {
    const reason = r.say(n.notAssessed);
    return { required: null, notifyBy: null, reason: reason.text, reasonMessage: reason, ...r.cite(n.basis ?? ['EU.SGD.12']) };
  }
  const unverified = n.verified ? '' : 'unverified';
  const rule = n.rule;
  const notifyBy = rule.kind === 'MONTHS' ? addMonths(facts.defectNoticedOn, rule.months) : rule.kind === 'REASONABLE_TIME' ? addMonths(facts.defectNoticedOn, rule.safeMonths) : null;
  const reason =
    rule.kind === 'NONE'
      ? r.say('notification.none', { unverified })
      : rule.kind === 'MONTHS'
        ? r.say('notification.months', { months: rule.months, notifyBy: notifyBy!, unverified })
        : r.say('notification.reasonableTime', { months: rule.safeMonths, notifyBy: notifyBy!, unverified });
  return { required: rule.kind !== 'NONE', notifyBy, reason: reason.text, reasonMessage: reason, ...r.cite(n.basis) };
}

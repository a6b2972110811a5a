import { addDays, addMonths, type CalendarDate } from './calendar/calendar-date';
import type { Mediation } from './assessment';
import type { Renderer } from './messages/renderer';
import type { RuleSet } from './rule-sets/rule-set';
import type { ValidFacts } from './validate-facts';

/**
 * L612-2, last paragraph: a rejection is notified within three weeks of receiving the file;
 * R612-5: the outcome within 90 days of the notice of referral (R612-2).
 */
const ADMISSIBILITY_NOTICE_DAYS = 21;
const OUTCOME_DAYS = 90;

/**
 * Consumer mediation needs a prior written complaint to the merchant (L612-2), nothing more:
 * not that the merchant answered or refused. The referral must come within one year of the
 * earliest written complaint the merchant received. "More than one year" is late: a referral
 * on the anniversary date is still in time, so lapsesOn is that anniversary, the last
 * admissible day. Once referred, the outcome is due within 90 days, or by the extension the
 * mediator recorded for a complex dispute (R612-5).
 */
export function assessMediation(facts: ValidFacts, rules: RuleSet, asOf: CalendarDate, r: Renderer): Mediation {
  const french = rules.jurisdiction === 'FR';
  const referral = facts.mediationReferral;
  const outcomeDueOn = referral ? (referral.extendedUntil ?? addDays(referral.referredOn, OUTCOME_DAYS)) : null;
  const procedure = {
    admissibilityNoticeDays: french ? ADMISSIBILITY_NOTICE_DAYS : null,
    outcomeDueOn: french ? outcomeDueOn : null,
    outcomeExtended: french && !!referral?.extendedUntil,
  };
  const basis = [...rules.mediation.basis, ...(french ? (['FR.L612-2.rejection', 'FR.R612-2', 'FR.R612-5'] as const) : [])];
  const complaint = facts.writtenComplaintOn;
  if (!complaint) {
    const reason = r.say('mediation.noComplaint');
    return { eligible: false, lapsesOn: null, complaintOn: null, reason: reason.text, reasonMessage: reason, ...procedure, ...r.cite(basis) };
  }
  const lapsesOn = addMonths(complaint, rules.mediation.months);
  const eligible = asOf <= lapsesOn || (referral !== null && referral.referredOn <= lapsesOn);
  const reason = referral && french
    ? referral.endedOn
      ? r.say('mediation.referred.ended', { referredOn: referral.referredOn, endedOn: referral.endedOn })
      : referral.agreedOn
        ? r.say('mediation.referred.agreed', { referredOn: referral.referredOn, agreedOn: referral.agreedOn })
        : r.say(referral.extendedUntil ? 'mediation.referred.extended' : 'mediation.referred', { referredOn: referral.referredOn, outcomeDueOn: outcomeDueOn! })
    : eligible
      ? r.say(french ? 'mediation.open.fr' : 'mediation.open', { complaintOn: complaint, lapsesOn, noticeDays: ADMISSIBILITY_NOTICE_DAYS })
      : r.say(rules.mediation.lapsedReason, { complaintOn: complaint, lapsesOn });
  return { eligible, lapsesOn, complaintOn: complaint, reason: reason.text, reasonMessage: reason, ...procedure, ...r.cite(basis) };
}

import { dateInTimeZone, type CalendarDate } from './calendar/calendar-date';
import { consumerCalendar, type ConsumerCalendar } from './calendar/consumer-place';
import type { ApplicableLaw, DeadlineCalendar, RightsAnswer, RightsNotAssessed } from './assessment';
import { assessCommercialWarranty } from './commercial-warranty';
import { assessCourtPath } from './court-path';
import type { RightsFacts } from './facts';
import { assessGuidance } from './guidance';
import { assessHiddenDefects } from './hidden-defects';
import { isEuMemberState, isSupportedJurisdiction, SUPPORTED_JURISDICTIONS, type SupportedJurisdiction } from './jurisdiction';
import { assessLegalWarranty } from './legal-warranty';
import { assessLimitation } from './limitation';
import { assessMediation } from './mediation';
import type { Locale, MessageParams } from './messages/message';
import { rendererFor, type Renderer } from './messages/renderer';
import type { SentenceCode } from './messages/sentences';
import { recommendNextStep } from './next-step';
import { assessNotification } from './notification';
import { assessPresumption } from './presumption-of-defect';
import { assessRemedies } from './remedies';
import { assessRepairDeadline } from './repair-deadline';
import { RULE_SETS, selectRuleSet } from './rule-sets/select-rule-set';
import { validateFacts, type ValidFacts } from './validate-facts';
import { RightsInputError } from './rights-input-error';
import type { Citation } from './messages/citations';

/** The day to assess on: a date, or an instant read as the day where the consumer lives. */
export type AssessedOn = CalendarDate | { at: Date | string };

/** The day of `when` at her place: an instant becomes her date at her clock (23:30 in Paris is already tomorrow in Réunion). */
function assessedDay(when: AssessedOn, calendar: ConsumerCalendar): unknown {
  if (typeof when !== 'object' || when === null) return when;
  const at = when.at;
  const ms = at instanceof Date ? at.getTime() : typeof at === 'string' ? Date.parse(at) : NaN;
  if (Number.isNaN(ms)) throw new RightsInputError('asOf', 'NOT_A_DATE', { value: String(at) });
  return dateInTimeZone(new Date(ms), calendar.timeZone);
}

/** Whose days the deadlines count, said in words and cited where the place adds public holidays. */
function deadlineCalendar(calendar: ConsumerCalendar, r: Renderer): DeadlineCalendar {
  const { place, timeZone, source } = calendar;
  const reason = source === 'POSTCODE' ? r.say('calendar.place', { place, timeZone }) : r.say(source === 'DEFAULT' ? 'calendar.default' : 'calendar.notEncoded');
  const basis: Citation[] =
    source !== 'POSTCODE' || place === 'METROPOLITAN_FRANCE' || place === 'SAINT_PIERRE_ET_MIQUELON' ? [] : place === 'ALSACE_MOSELLE' ? ['FR.C_TRAV.L3134-13'] : ['FR.LOI.83-550'];
  return { place, timeZone, source, reason: reason.text, reasonMessage: reason, ...r.cite(basis) };
}

function notAssessed(r: Renderer, code: RightsNotAssessed['code'], jurisdiction: string, sentence: SentenceCode, params: MessageParams): RightsNotAssessed {
  const messageDetail = r.say(sentence, params);
  return { kind: 'NOT_ASSESSED', code, jurisdiction, message: messageDetail.text, messageDetail };
}

function unsupportedJurisdiction(r: Renderer, jurisdiction: string): RightsNotAssessed {
  const params = { jurisdiction, supported: SUPPORTED_JURISDICTIONS.join(', ') };
  return notAssessed(r, 'UNSUPPORTED_JURISDICTION', jurisdiction, isEuMemberState(jurisdiction) ? 'notAssessed.memberState' : 'notAssessed.jurisdiction', params);
}

/**
 * Rome I art. 6: when the seller directed its activity to the consumer's country, a choice of
 * another law cannot deprive her of her country's mandatory protections. Her country's rules
 * are applied when encoded; otherwise the answer keeps the law asked for and says hers is not assessed.
 */
function applicableLaw(facts: ValidFacts, r: Renderer): { jurisdiction: string; law: Omit<ApplicableLaw, 'jurisdiction'> } {
  const home = facts.consumerCountry;
  const asked = facts.jurisdiction;
  const say = (code: SentenceCode, basis: Parameters<Renderer['cite']>[0] = []) => {
    const reason = r.say(code, { asked, home: home ?? '' });
    return { reason: reason.text, reasonMessage: reason, ...r.cite(basis) };
  };
  if (!home || !facts.sellerTargetedConsumerCountry || home === asked) return { jurisdiction: asked, law: say('law.asked') };
  if (isSupportedJurisdiction(home) && home !== 'EU') return { jurisdiction: home, law: say('law.consumerCountry', ['EU.ROME_I.6']) };
  return { jurisdiction: asked, law: say('law.consumerCountryNotEncoded', ['EU.ROME_I.6']) };
}

/**
 * The consumer's rights on `asOf` for a defect in goods bought from a merchant: legal and
 * commercial warranties, presumption of defect, remedies open now, the pending repair
 * deadline, notification duty, limitation, mediation, court path, the guide's FAQ and a next
 * step, each with its legal basis, every sentence in `locale` and as codes with parameters.
 *
 * Dates are days where the consumer lives (`consumerPostcode`; metropolitan France when not
 * known, and `calendar` says so): given an instant (`{ at }`), `asOf` is its day at her clock, so
 * every last day ends at her midnight; the withdrawal moves past her place's public holidays too.
 *
 * Pure: no clock, no I/O (time arrives as `when`). Throws RightsInputError (field, message) for
 * facts that cannot be assessed; answers NOT_ASSESSED, never a guess, for a jurisdiction,
 * contract date or kind of supply without encoded rules.
 */
export function assessRights(facts: RightsFacts, when: AssessedOn, locale: Locale = 'en'): RightsAnswer {
  const r = rendererFor(locale);
  const calendar = consumerCalendar(facts.consumerPostcode, facts.consumerCountry);
  const asOf = assessedDay(when, calendar) as CalendarDate;
  const valid = validateFacts(facts, asOf);
  if (valid.supply === 'DIGITAL_CONTENT_OR_SERVICE') {
    return notAssessed(r, 'DIGITAL_CONTENT_NOT_ASSESSED', valid.jurisdiction, 'notAssessed.digitalContent', {});
  }
  const law = applicableLaw(valid, r);
  const jurisdiction = law.jurisdiction;
  if (!isSupportedJurisdiction(jurisdiction)) return unsupportedJurisdiction(r, jurisdiction);
  const rules = selectRuleSet(jurisdiction, valid.purchasedOn);
  if (!rules) {
    const earliest = RULE_SETS.filter((set) => set.jurisdiction === jurisdiction).map((set) => set.appliesToContractsFrom).sort()[0];
    return notAssessed(r, 'CONTRACT_DATE_NOT_COVERED', jurisdiction, 'notAssessed.contractDate', { jurisdiction, purchasedOn: valid.purchasedOn, earliest });
  }

  const legalWarranty = assessLegalWarranty(valid, rules, r);
  const presumptionOfDefect = assessPresumption(valid, rules, legalWarranty, r);
  const commercialWarranty = assessCommercialWarranty(valid, rules, r);
  const repairDeadline = assessRepairDeadline(valid, rules, asOf, r);
  const remedies = assessRemedies(valid, rules, legalWarranty, repairDeadline, r);
  const notification = assessNotification(valid, rules, r);
  const limitation = assessLimitation(valid, rules, asOf, r);
  const hiddenDefects = assessHiddenDefects(legalWarranty, limitation, r);
  const mediation = assessMediation(valid, rules, asOf, r);
  const courtPath = assessCourtPath(valid, jurisdiction, asOf, r);
  const guidance = assessGuidance({ facts: valid, jurisdiction, legalWarranty, commercialWarranty, asOf, place: calendar.place }, r);
  const nextStepMessages = recommendNextStep(
    { facts: valid, asOf, jurisdiction, legalWarranty, presumptionOfDefect, commercialWarranty, remedies, repairDeadline, mediation, courtPath, limitation, hiddenDefects },
    r,
  );
  const titleMessage = r.say(rules.title);
  const noteMessages = rules.notes.map((note) => r.say(note));

  return {
    kind: 'ASSESSED',
    asOf,
    jurisdiction: jurisdiction as SupportedJurisdiction,
    ruleSet: {
      id: rules.id,
      title: titleMessage.text,
      appliesToContractsFrom: rules.appliesToContractsFrom,
      notes: noteMessages.map((m) => m.text),
      titleMessage,
      noteMessages,
    },
    applicableLaw: { jurisdiction, ...law.law },
    calendar: deadlineCalendar(calendar, r),
    legalWarranty,
    presumptionOfDefect,
    commercialWarranty,
    remedies,
    repairDeadline,
    notification,
    limitation,
    hiddenDefects,
    mediation,
    courtPath,
    guidance,
    nextStep: nextStepMessages.map((m) => m.text).join(' '),
    nextStepMessages,
  };
}

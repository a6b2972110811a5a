import { frenchPostcode } from '../../../../../libs/consumer-law/src/calendar/french-postcode';
import { parseAmount } from '../../i18n/amount';
import { isDay, latestFactDay, today } from '../../i18n/format';
import type { MessageKey } from '../../i18n/messages/en';
import type { RightsAssessmentInput } from '../../graphql/generated/graphql';

/** The facts a consumer knows, as typed: strings, maybe incomplete. Days are YYYY-MM-DD once typed in full. */
export interface RightsFacts {
  country: string;
  /** Her French postcode, optional: it sets whose public holidays and midnight the deadlines count. */
  consumerPostcode?: string;
  condition: 'NEW' | 'USED';
  purchasedOn: string;
  deliveredOn: string;
  defectNoticedOn: string;
  priceAmount: string;
  currency: string;
  commercialWarrantyMonths: string;
  writtenComplaintOn: string;
  seriousDefect: boolean;
  remedyRefused: boolean;
  defectReappeared: boolean;
  /** With defectReappeared: the repair after which it came back. */
  repairRequestedOn?: string;
  repairCompletedOn?: string;
}

/** A message for one field: its key and what fills it in. */
/** The checker's facts before she types any: France, new goods, in euros. */
export const emptyRightsFacts: RightsFacts = {
  country: 'FR',
  consumerPostcode: '',
  condition: 'NEW',
  purchasedOn: '',
  deliveredOn: '',
  defectNoticedOn: '',
  priceAmount: '',
  currency: 'EUR',
  commercialWarrantyMonths: '',
  writtenComplaintOn: '',
  seriousDefect: false,
  remedyRefused: false,
  defectReappeared: false,
  repairRequestedOn: '',
  repairCompletedOn: '',
};

export interface FactProblem {
  key: MessageKey;
  values?: Record<string, string>;
}

export type FactProblems = Partial<Record<keyof RightsFacts, FactProblem>>;

/** Countries whose own rules the engine encodes (FR and seven member states); elsewhere the Directive's baseline. */
const ENCODED = ['FR', 'BE', 'ES', 'PT', 'DE', 'IT', 'NL', 'SE'];

export const jurisdictionOf = (country: string): string => (ENCODED.includes(country.toUpperCase()) ? country.toUpperCase() : 'EU');

/**
 * What is wrong with the facts typed so far, field by field, with the rules the engine checks
 * (validate-facts in libs/consumer-law): existing days, nothing after today, delivery not before
 * the purchase, the defect not before the delivery, an amount. Empty fields are not wrong: the
 * assessment just waits for them.
 */
export function checkRightsFacts(facts: RightsFacts, asOf: string = latestFactDay()): FactProblems {
  const problems: FactProblems = {};
  const day = (field: keyof RightsFacts, after?: { field: keyof RightsFacts; key: MessageKey }) => {
    const value = facts[field] as string | undefined;
    if (!value) return;
    if (!isDay(value)) problems[field] = { key: 'form.invalidDay' };
    else if (value > asOf) problems[field] = { key: 'form.dayInFuture', values: { date: asOf } };
    else if (after) {
      const earlier = facts[after.field] as string;
      if (isDay(earlier) && !problems[after.field] && value < earlier) problems[field] = { key: after.key, values: { date: earlier } };
    }
  };
  day('purchasedOn');
  day('deliveredOn', { field: 'purchasedOn', key: 'form.deliveredBeforePurchase' });
  day('defectNoticedOn', { field: 'deliveredOn', key: 'form.noticedBeforeDelivery' });
  day('writtenComplaintOn', { field: 'purchasedOn', key: 'form.complaintBeforePurchase' });
  const postcode = (facts.consumerPostcode ?? '').trim();
  if (postcode && frenchPostcode(postcode) === null) problems.consumerPostcode = { key: 'form.postcode' };
  if (facts.priceAmount.trim() && parseAmount(facts.priceAmount) === null) problems.priceAmount = { key: 'form.amountLike' };
  const months = facts.commercialWarrantyMonths.trim();
  if (months && !/^[1-9]\d{0,2}$/.test(months)) problems.commercialWarrantyMonths = { key: 'form.monthsPositive' };
  if (facts.defectReappeared) {
    if (!facts.repairRequestedOn) problems.repairRequestedOn = { key: 'form.required' };
    else day('repairRequestedOn', { field: 'deliveredOn', key: 'form.repairBeforeDelivery' });
    if (!facts.repairCompletedOn) problems.repairCompletedOn = { key: 'form.required' };
    else day('repairCompletedOn', { field: 'repairRequestedOn', key: 'form.completedBeforeRequested' });
  }
  return problems;
}

/**
 * The query's input once the facts needed are there and nothing is wrong; null otherwise.
 * `ownToday` is her own day (`today()`: never after `asOf`, Paris's), the day a defect she did not
 * date was noticed once she gives her postcode: the API then reads its today at her clock, which
 * west of Paris is still the day before Paris's (Guadeloupe at 20:00), and would refuse Paris's
 * day as after today.
 */
export function rightsInput(facts: RightsFacts, asOf: string = latestFactDay(), ownToday: string = today()): RightsAssessmentInput | null {
  const price = parseAmount(facts.priceAmount);
  if (!isDay(facts.purchasedOn) || !isDay(facts.deliveredOn) || price === null) return null;
  if (Object.keys(checkRightsFacts(facts, asOf)).length > 0) return null;
  const noticedToday = facts.consumerPostcode?.trim() && ownToday < asOf ? ownToday : asOf;
  const months = Number(facts.commercialWarrantyMonths);
  return {
    jurisdiction: jurisdictionOf(facts.country),
    condition: facts.condition,
    purchasedOn: facts.purchasedOn,
    deliveredOn: facts.deliveredOn,
    defectNoticedOn: isDay(facts.defectNoticedOn) ? facts.defectNoticedOn : noticedToday,
    price: { amount: price, currency: facts.currency || 'EUR' },
    ...(facts.consumerPostcode?.trim() ? { consumerPostcode: facts.consumerPostcode.trim() } : {}),
    ...(Number.isInteger(months) && months > 0 ? { commercialWarrantyMonths: months } : {}),
    ...(isDay(facts.writtenComplaintOn) ? { writtenComplaintOn: facts.writtenComplaintOn } : {}),
    ...(facts.seriousDefect ? { seriousDefect: true } : {}),
    ...(facts.remedyRefused ? { remedyRefused: true } : {}),
    ...(facts.defectReappeared && isDay(facts.repairRequestedOn) && isDay(facts.repairCompletedOn)
      ? { defectReappeared: true, repairs: [{ requestedOn: facts.repairRequestedOn, completedOn: facts.repairCompletedOn }] }
      : {}),
  };
}

import { isDay, today } from '../../i18n/format';
import type { RightsAssessmentInput } from '../../graphql/generated/graphql';

/** The facts a consumer knows, as typed: strings, maybe incomplete. */
export interface RightsFacts {
  country: string;
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
}

export const DECIMAL = /^\d{1,12}(\.\d{1,2})?$/;

/** FR rules for France, the Directive's baseline elsewhere in the EU (the engine declines other codes itself). */
export const jurisdictionOf = (country: string): string => (country.toUpperCase() === 'FR' ? 'FR' : 'EU');

/** The query's input once the dates and the price make sense; null while they don't. */
export function rightsInput(facts: RightsFacts): RightsAssessmentInput | null {
  if (!isDay(facts.purchasedOn) || !isDay(facts.deliveredOn) || !DECIMAL.test(facts.priceAmount.trim())) return null;
  const months = Number(facts.commercialWarrantyMonths);
  return {
    jurisdiction: jurisdictionOf(facts.country),
    condition: facts.condition,
    purchasedOn: facts.purchasedOn,
    deliveredOn: facts.deliveredOn,
    defectNoticedOn: isDay(facts.defectNoticedOn) ? facts.defectNoticedOn : today(),
    price: { amount: facts.priceAmount.trim(), currency: facts.currency || 'EUR' },
    ...(Number.isInteger(months) && months > 0 ? { commercialWarrantyMonths: months } : {}),
    ...(isDay(facts.writtenComplaintOn) ? { writtenComplaintOn: facts.writtenComplaintOn } : {}),
    ...(facts.seriousDefect ? { seriousDefect: true } : {}),
    ...(facts.remedyRefused ? { remedyRefused: true } : {}),
    ...(facts.defectReappeared ? { defectReappeared: true } : {}),
  };
}

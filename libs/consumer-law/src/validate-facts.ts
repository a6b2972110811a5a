import { compareDates, isCalendarDate, type CalendarDate } from './calendar/calendar-date';
import type { GoodsCondition, RightsFacts } from './facts';
import { isCurrencyCode, isDecimalAmount, type Money } from './money';
import { RightsInputError } from './rights-input-error';

export interface ValidRepair {
  requestedOn: CalendarDate;
  completedOn: CalendarDate | null;
}

export interface ValidReplacement {
  deliveredOn: CalendarDate;
  insteadOfRequestedRepair: boolean;
}

/** Facts checked for consistency, with defaults filled in and lists in date order. */
export interface ValidFacts {
  jurisdiction: string;
  goodsCondition: GoodsCondition;
  purchasedOn: CalendarDate;
  deliveredOn: CalendarDate;
  price: Money;
  defectNoticedOn: CalendarDate;
  commercialWarrantyMonths: number | null;
  repairs: ValidRepair[];
  replacements: ValidReplacement[];
  writtenComplaintOn: CalendarDate | null;
  remedyRefused: boolean;
  remedyImpossible: boolean;
  defectReappeared: boolean;
  seriousDefect: boolean;
  minorDefect: boolean;
  claimAmount: Money;
  crossBorder: boolean;
  consumerCountry: string | null;
  merchantCountry: string | null;
}

const COUNTRY = /^[A-Z]{2}$/;

function date(field: string, value: unknown): CalendarDate {
  if (!isCalendarDate(value)) {
    throw new RightsInputError(field, `"${String(value)}" is not an existing calendar date (YYYY-MM-DD)`);
  }
  return value;
}

function optionalDate(field: string, value: unknown): CalendarDate | null {
  return value === undefined || value === null ? null : date(field, value);
}

/** Nothing can have happened after the day of the assessment. */
function notAfterAsOf(field: string, value: CalendarDate, asOf: CalendarDate): void {
  if (value > asOf) throw new RightsInputError(field, `${value} is after asOf (${asOf})`);
}

/** `value` must fall between `from` (named in the message) and asOf, both included. */
function within(field: string, value: CalendarDate, from: [string, CalendarDate], asOf: CalendarDate): void {
  if (value < from[1]) throw new RightsInputError(field, `${value} is before ${from[0]} (${from[1]})`);
  notAfterAsOf(field, value, asOf);
}

function flag(field: string, value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value !== 'boolean') throw new RightsInputError(field, 'must be true or false');
  return value;
}

function money(field: string, value: unknown): Money {
  const m = value as Partial<Money> | null | undefined;
  if (typeof m !== 'object' || m === null) throw new RightsInputError(field, 'must be { amount, currency }');
  if (typeof m.amount === 'string' && m.amount.trim().startsWith('-')) {
    throw new RightsInputError(`${field}.amount`, 'must not be negative');
  }
  if (!isDecimalAmount(m.amount)) {
    throw new RightsInputError(`${field}.amount`, `"${String(m.amount)}" is not a decimal amount such as "499.90"`);
  }
  if (!isCurrencyCode(m.currency)) {
    throw new RightsInputError(`${field}.currency`, `"${String(m.currency)}" is not an ISO 4217 code such as "EUR"`);
  }
  return { amount: m.amount, currency: m.currency };
}

function country(field: string, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || !COUNTRY.test(value)) {
    throw new RightsInputError(field, `"${String(value)}" is not an ISO 3166-1 alpha-2 code such as "FR"`);
  }
  return value;
}

function list<T>(field: string, value: readonly T[] | null | undefined): readonly T[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new RightsInputError(field, 'must be a list');
  return value;
}

/** Checks the facts against each other and against asOf; throws RightsInputError naming the field. */
export function validateFacts(facts: RightsFacts, asOf: CalendarDate): ValidFacts {
  const today = date('asOf', asOf);
  if (typeof facts.jurisdiction !== 'string') throw new RightsInputError('jurisdiction', 'must be a code such as "FR" or "EU"');
  if (facts.goodsCondition !== 'NEW' && facts.goodsCondition !== 'USED') {
    throw new RightsInputError('goodsCondition', 'must be NEW or USED');
  }

  const purchasedOn = date('purchasedOn', facts.purchasedOn);
  notAfterAsOf('purchasedOn', purchasedOn, today);
  const deliveredOn = date('deliveredOn', facts.deliveredOn);
  within('deliveredOn', deliveredOn, ['purchasedOn', purchasedOn], today);
  const defectNoticedOn = date('defectNoticedOn', facts.defectNoticedOn);
  within('defectNoticedOn', defectNoticedOn, ['deliveredOn', deliveredOn], today);
  const price = money('price', facts.price);

  const months = facts.commercialWarrantyMonths ?? null;
  if (months !== null && !(Number.isInteger(months) && months > 0)) {
    throw new RightsInputError('commercialWarrantyMonths', 'must be a whole number of months greater than 0');
  }

  const repairs = list('repairs', facts.repairs).map((r, i) => {
    const requestedOn = date(`repairs[${i}].requestedOn`, r.requestedOn);
    within(`repairs[${i}].requestedOn`, requestedOn, ['deliveredOn', deliveredOn], today);
    const completedOn = optionalDate(`repairs[${i}].completedOn`, r.completedOn);
    if (completedOn) within(`repairs[${i}].completedOn`, completedOn, ['requestedOn', requestedOn], today);
    return { requestedOn, completedOn };
  });
  repairs.sort((a, b) => compareDates(a.requestedOn, b.requestedOn));

  const replacements = list('replacements', facts.replacements).map((r, i) => {
    const delivered = date(`replacements[${i}].deliveredOn`, r.deliveredOn);
    within(`replacements[${i}].deliveredOn`, delivered, ['deliveredOn', deliveredOn], today);
    const instead = flag(`replacements[${i}].insteadOfRequestedRepair`, r.insteadOfRequestedRepair);
    // A replacement "instead of a requested repair" needs that request on record.
    if (instead && !repairs.some((rep) => rep.requestedOn <= delivered)) {
      throw new RightsInputError(`replacements[${i}].insteadOfRequestedRepair`, 'no repair was requested before this replacement');
    }
    return { deliveredOn: delivered, insteadOfRequestedRepair: instead };
  });
  replacements.sort((a, b) => compareDates(a.deliveredOn, b.deliveredOn));

  // A request stays open until completed or superseded by a replacement; only the latest may be open.
  repairs.slice(0, -1).forEach((r) => {
    if (!r.completedOn && !replacements.some((p) => p.deliveredOn >= r.requestedOn)) {
      throw new RightsInputError('repairs', `the repair requested on ${r.requestedOn} has no completedOn although a later repair was requested`);
    }
  });

  const writtenComplaintOn = optionalDate('writtenComplaintOn', facts.writtenComplaintOn);
  if (writtenComplaintOn) within('writtenComplaintOn', writtenComplaintOn, ['purchasedOn', purchasedOn], today);

  const defectReappeared = flag('defectReappeared', facts.defectReappeared);
  if (defectReappeared && !repairs.some((r) => r.completedOn) && replacements.length === 0) {
    throw new RightsInputError('defectReappeared', 'the defect cannot reappear before any repair was completed or replacement delivered');
  }
  const seriousDefect = flag('seriousDefect', facts.seriousDefect);
  const minorDefect = flag('minorDefect', facts.minorDefect);
  if (seriousDefect && minorDefect) throw new RightsInputError('minorDefect', 'a defect cannot be both serious and minor');

  const consumerCountry = country('consumerCountry', facts.consumerCountry);
  const merchantCountry = country('merchantCountry', facts.merchantCountry);
  const declared = facts.crossBorder === undefined || facts.crossBorder === null ? null : flag('crossBorder', facts.crossBorder);
  let crossBorder = declared ?? false;
  if (consumerCountry && merchantCountry) {
    crossBorder = consumerCountry !== merchantCountry;
    if (declared !== null && declared !== crossBorder) {
      throw new RightsInputError('crossBorder', `contradicts consumerCountry ${consumerCountry} and merchantCountry ${merchantCountry}`);
    }
  }

  return {
    jurisdiction: facts.jurisdiction,
    goodsCondition: facts.goodsCondition,
    purchasedOn,
    deliveredOn,
    price,
    defectNoticedOn,
    commercialWarrantyMonths: months,
    repairs,
    replacements,
    writtenComplaintOn,
    remedyRefused: flag('remedyRefused', facts.remedyRefused),
    remedyImpossible: flag('remedyImpossible', facts.remedyImpossible),
    defectReappeared,
    seriousDefect,
    minorDefect,
    claimAmount: facts.claimAmount ? money('claimAmount', facts.claimAmount) : price,
    crossBorder,
    consumerCountry,
    merchantCountry,
  };
}

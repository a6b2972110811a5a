import type { Choice } from '@recours/locale';
import { compareDates, EARLIEST_ASSESSED_DATE, isCalendarDate, LATEST_ASSESSED_DATE, type CalendarDate } from './calendar/calendar-date';
import type { AgreedRemedyFact, RightsFacts, SaleChannel, SupplyKind } from './facts';
import { isCurrencyCode, isDecimalAmount, type Money } from './money';
import { RightsInputError } from './rights-input-error';

export interface ValidRepair {
  requestedOn: CalendarDate;
  completedOn: CalendarDate | null;
  handedOverOn: CalendarDate;
  underCommercialWarranty: boolean | null;
}

export interface ValidReplacement {
  deliveredOn: CalendarDate | null;
  requestedOn: CalendarDate | null;
  insteadOfRequestedRepair: boolean;
  handedOverOn: CalendarDate | null;
}

/** Facts checked for consistency, with defaults filled in and lists in date order; the required facts stay as given. */
export interface ValidFacts extends Pick<RightsFacts, 'jurisdiction' | 'goodsCondition' | 'purchasedOn' | 'deliveredOn' | 'price' | 'defectNoticedOn'> {
  commercialWarrantyMonths: number | null;
  producerDurabilityMonths: number | null;
  repairs: ValidRepair[];
  replacements: ValidReplacement[];
  writtenComplaintOn: CalendarDate | null;
  mediationReferral: { referredOn: CalendarDate; extendedUntil: CalendarDate | null; endedOn: CalendarDate | null; agreedOn: CalendarDate | null } | null;
  mediationRequestedOn: CalendarDate | null;
  agreedRemedy: {
    remedy: AgreedRemedyFact['remedy'];
    agreedOn: CalendarDate;
    dueOn: CalendarDate;
    reportedCarriedOutOn: CalendarDate | null;
    confirmationDueOn: CalendarDate | null;
    fulfilledOn: CalendarDate | null;
    deemed: boolean;
    notCarriedOutOn: CalendarDate | null;
    amount: Money | null;
  } | null;
  remedyRefused: boolean;
  remedyImpossible: boolean;
  costsOrMajorInconvenience: boolean;
  defectReappeared: boolean;
  seriousDefect: boolean;
  minorDefect: boolean;
  claimAmount: Money;
  claimAmountIsPrice: boolean;
  courtCountry: string | null;
  crossBorder: boolean;
  consumerCountry: string | null;
  merchantCountry: string | null;
  sellerTargetedConsumerCountry: boolean;
  saleChannel: SaleChannel | null;
  supply: SupplyKind;
  digitalElementSupplyMonths: number | null;
  defectInDigitalElement: boolean;
  invoiceLost: boolean;
}

const COUNTRY = /^[A-Z]{2}$/;

function date(field: string, value: unknown): CalendarDate {
  if (!isCalendarDate(value)) {
    throw new RightsInputError(field, 'NOT_A_DATE', { value: String(value) });
  }
  return value;
}

function optionalDate(field: string, value: unknown): CalendarDate | null {
  return value === undefined || value === null ? null : date(field, value);
}

/**
 * The day of the assessment, within the dates the engine assesses on: its periods run up to 20
 * years past a fact, and every fact is on or before asOf, so this bounds every date it computes.
 */
function assessedDay(field: string, value: unknown): CalendarDate {
  const day = date(field, value);
  if (day < EARLIEST_ASSESSED_DATE || day > LATEST_ASSESSED_DATE) {
    throw new RightsInputError(field, 'DATE_OUT_OF_RANGE', { value: day, from: EARLIEST_ASSESSED_DATE, until: LATEST_ASSESSED_DATE });
  }
  return day;
}

/** Nothing can have happened after the day of the assessment. */
function notAfterAsOf(field: string, value: CalendarDate, asOf: CalendarDate): void {
  if (value > asOf) throw new RightsInputError(field, 'AFTER_TODAY', { value, today: asOf });
}

/** `value` must fall between `from` (named in the message) and asOf, both included. */
function within(field: string, value: CalendarDate, from: [string, CalendarDate], asOf: CalendarDate): void {
  if (value < from[1]) throw new RightsInputError(field, 'BEFORE_DATE', { value, other: from[0], date: from[1] });
  notAfterAsOf(field, value, asOf);
}

function flag(field: string, value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value !== 'boolean') throw new RightsInputError(field, 'NOT_A_BOOLEAN');
  return value;
}

function money(field: string, value: unknown): Money {
  const m = value as Partial<Money> | null | undefined;
  if (typeof m !== 'object' || m === null) throw new RightsInputError(field, 'NOT_MONEY');
  if (typeof m.amount === 'string' && m.amount.trim().startsWith('-')) {
    throw new RightsInputError(`${field}.amount`, 'NEGATIVE_AMOUNT');
  }
  if (!isDecimalAmount(m.amount)) {
    throw new RightsInputError(`${field}.amount`, 'NOT_AN_AMOUNT', { value: String(m.amount) });
  }
  if (!isCurrencyCode(m.currency)) {
    throw new RightsInputError(`${field}.currency`, 'NOT_A_CURRENCY', { value: String(m.currency) });
  }
  return { amount: m.amount, currency: m.currency };
}

function country(field: string, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || !COUNTRY.test(value)) {
    throw new RightsInputError(field, 'NOT_A_COUNTRY', { value: String(value) });
  }
  return value;
}

function months(field: string, value: unknown): number | null {
  if (value === undefined || value === null) return null;
  if (!(typeof value === 'number' && Number.isInteger(value) && value > 0)) {
    throw new RightsInputError(field, 'NOT_MONTHS');
  }
  return value;
}

/** One of `allowed`, the values of the list `choice` (its labels name them to a person: choice-words.ts). */
function oneOf<T extends string>(field: string, value: unknown, choice: Choice, allowed: readonly T[]): T | null {
  if (value === undefined || value === null) return null;
  if (!allowed.includes(value as T)) throw new RightsInputError(field, 'NOT_ONE_OF', { allowed: allowed.join(', '), choice });
  return value as T;
}

function list<T>(field: string, value: readonly T[] | null | undefined): readonly T[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new RightsInputError(field, 'NOT_A_LIST');
  return value;
}

/** Checks the facts against each other and against asOf; throws RightsInputError naming the field. */
export function validateFacts(facts: RightsFacts, asOf: CalendarDate): ValidFacts {
  const today = assessedDay('asOf', asOf);
  if (typeof facts.jurisdiction !== 'string') throw new RightsInputError('jurisdiction', 'NOT_A_JURISDICTION');
  if (facts.goodsCondition !== 'NEW' && facts.goodsCondition !== 'USED') {
    throw new RightsInputError('goodsCondition', 'NOT_A_CONDITION', { allowed: 'NEW, USED', choice: 'GoodsCondition' });
  }

  const purchasedOn = date('purchasedOn', facts.purchasedOn);
  notAfterAsOf('purchasedOn', purchasedOn, today);
  const deliveredOn = date('deliveredOn', facts.deliveredOn);
  within('deliveredOn', deliveredOn, ['purchasedOn', purchasedOn], today);
  const defectNoticedOn = date('defectNoticedOn', facts.defectNoticedOn);
  within('defectNoticedOn', defectNoticedOn, ['deliveredOn', deliveredOn], today);
  const price = money('price', facts.price);

  const commercialWarrantyMonths = months('commercialWarrantyMonths', facts.commercialWarrantyMonths);
  const producerDurabilityMonths = months('producerDurabilityMonths', facts.producerDurabilityMonths);
  const digitalElementSupplyMonths = months('digitalElementSupplyMonths', facts.digitalElementSupplyMonths);

  const repairs = list('repairs', facts.repairs).map((r, i) => {
    const requestedOn = date(`repairs[${i}].requestedOn`, r.requestedOn);
    within(`repairs[${i}].requestedOn`, requestedOn, ['deliveredOn', deliveredOn], today);
    const completedOn = optionalDate(`repairs[${i}].completedOn`, r.completedOn);
    if (completedOn) within(`repairs[${i}].completedOn`, completedOn, ['requestedOn', requestedOn], today);
    const handedOverOn = optionalDate(`repairs[${i}].handedOverOn`, r.handedOverOn) ?? requestedOn;
    within(`repairs[${i}].handedOverOn`, handedOverOn, ['requestedOn', requestedOn], completedOn ?? today);
    const commercial = r.underCommercialWarranty === undefined || r.underCommercialWarranty === null ? null : flag(`repairs[${i}].underCommercialWarranty`, r.underCommercialWarranty);
    return { requestedOn, completedOn, handedOverOn, underCommercialWarranty: commercial };
  });
  repairs.sort((a, b) => compareDates(a.requestedOn, b.requestedOn));

  const replacements = list('replacements', facts.replacements).map((r, i) => {
    const requested = optionalDate(`replacements[${i}].requestedOn`, r.requestedOn);
    if (requested) within(`replacements[${i}].requestedOn`, requested, ['deliveredOn', deliveredOn], today);
    const delivered = optionalDate(`replacements[${i}].deliveredOn`, r.deliveredOn);
    if (!delivered && !requested) throw new RightsInputError(`replacements[${i}].deliveredOn`, 'REPLACEMENT_WITHOUT_DATE');
    if (delivered) within(`replacements[${i}].deliveredOn`, delivered, requested ? ['requestedOn', requested] : ['deliveredOn', deliveredOn], today);
    const handedOverOn = optionalDate(`replacements[${i}].handedOverOn`, r.handedOverOn);
    if (handedOverOn) within(`replacements[${i}].handedOverOn`, handedOverOn, ['deliveredOn', deliveredOn], delivered ?? today);
    // L217-13 para. 2: a replacement delivered while a repair request was pending was imposed instead of it.
    const pendingRepair = delivered !== null && repairs.some((rep) => rep.requestedOn <= delivered && (!rep.completedOn || rep.completedOn > delivered));
    const declared = r.insteadOfRequestedRepair === undefined || r.insteadOfRequestedRepair === null ? null : flag(`replacements[${i}].insteadOfRequestedRepair`, r.insteadOfRequestedRepair);
    const instead = declared ?? pendingRepair;
    // A replacement "instead of a requested repair" needs that request on record.
    if (instead && (!delivered || !repairs.some((rep) => rep.requestedOn <= delivered))) {
      throw new RightsInputError(`replacements[${i}].insteadOfRequestedRepair`, 'NO_REPAIR_REQUESTED');
    }
    return { deliveredOn: delivered, requestedOn: requested, insteadOfRequestedRepair: instead, handedOverOn };
  });
  replacements.sort((a, b) => compareDates(a.deliveredOn ?? a.requestedOn!, b.deliveredOn ?? b.requestedOn!));
  if (replacements.filter((p) => !p.deliveredOn).length > 1) throw new RightsInputError('replacements', 'ONE_REPLACEMENT_AWAITED');

  // A request stays open until completed or superseded by a replacement; only the latest may be open.
  repairs.slice(0, -1).forEach((r) => {
    if (!r.completedOn && !replacements.some((p) => p.deliveredOn && p.deliveredOn >= r.requestedOn)) {
      throw new RightsInputError('repairs', 'REPAIR_NOT_COMPLETED', { requestedOn: r.requestedOn });
    }
  });

  const writtenComplaintOn = optionalDate('writtenComplaintOn', facts.writtenComplaintOn);
  if (writtenComplaintOn) within('writtenComplaintOn', writtenComplaintOn, ['purchasedOn', purchasedOn], today);

  const referral = facts.mediationReferral ?? null;
  let mediationReferral: ValidFacts['mediationReferral'] = null;
  if (referral !== null) {
    const referredOn = date('mediationReferral.referredOn', referral.referredOn);
    within('mediationReferral.referredOn', referredOn, ['purchasedOn', purchasedOn], today);
    const extendedUntil = optionalDate('mediationReferral.extendedUntil', referral.extendedUntil);
    if (extendedUntil && extendedUntil < referredOn) throw new RightsInputError('mediationReferral.extendedUntil', 'BEFORE_DATE', { value: extendedUntil, other: 'referredOn', date: referredOn });
    const endedOn = optionalDate('mediationReferral.endedOn', referral.endedOn);
    if (endedOn) within('mediationReferral.endedOn', endedOn, ['referredOn', referredOn], today);
    const agreedOn = optionalDate('mediationReferral.agreedOn', referral.agreedOn);
    if (agreedOn) within('mediationReferral.agreedOn', agreedOn, ['referredOn', referredOn], today);
    mediationReferral = { referredOn, extendedUntil, endedOn, agreedOn };
  }

  const mediationRequestedOn = optionalDate('mediationRequestedOn', facts.mediationRequestedOn);
  if (mediationRequestedOn) within('mediationRequestedOn', mediationRequestedOn, ['purchasedOn', purchasedOn], today);

  const agreed = facts.agreedRemedy ?? null;
  let agreedRemedy: ValidFacts['agreedRemedy'] = null;
  if (agreed !== null) {
    const remedy = oneOf('agreedRemedy.remedy', agreed.remedy, 'Remedy', ['REPAIR', 'REPLACEMENT', 'PRICE_REDUCTION', 'REFUND', 'COMPENSATION'] as const);
    if (!remedy) throw new RightsInputError('agreedRemedy.remedy', 'NOT_ONE_OF', { allowed: 'REPAIR, REPLACEMENT, PRICE_REDUCTION, REFUND, COMPENSATION', choice: 'Remedy' });
    const agreedOn = date('agreedRemedy.agreedOn', agreed.agreedOn);
    within('agreedRemedy.agreedOn', agreedOn, ['purchasedOn', purchasedOn], today);
    // The day agreed to carry it out may be still to come.
    const dueOn = date('agreedRemedy.dueOn', agreed.dueOn);
    if (dueOn < agreedOn) throw new RightsInputError('agreedRemedy.dueOn', 'BEFORE_DATE', { value: dueOn, other: 'agreedOn', date: agreedOn });
    const reportedCarriedOutOn = optionalDate('agreedRemedy.reportedCarriedOutOn', agreed.reportedCarriedOutOn);
    if (reportedCarriedOutOn) within('agreedRemedy.reportedCarriedOutOn', reportedCarriedOutOn, ['agreedOn', agreedOn], today);
    const confirmationDueOn = reportedCarriedOutOn ? optionalDate('agreedRemedy.confirmationDueOn', agreed.confirmationDueOn) : null;
    if (confirmationDueOn && confirmationDueOn < reportedCarriedOutOn!) {
      throw new RightsInputError('agreedRemedy.confirmationDueOn', 'BEFORE_DATE', { value: confirmationDueOn, other: 'reportedCarriedOutOn', date: reportedCarriedOutOn! });
    }
    const fulfilledOn = optionalDate('agreedRemedy.fulfilledOn', agreed.fulfilledOn);
    if (fulfilledOn) within('agreedRemedy.fulfilledOn', fulfilledOn, ['agreedOn', agreedOn], today);
    // Said not carried out: on or after the agreement, and after the merchant's report it contests.
    const notCarriedOutOn = optionalDate('agreedRemedy.notCarriedOutOn', agreed.notCarriedOutOn);
    if (notCarriedOutOn) within('agreedRemedy.notCarriedOutOn', notCarriedOutOn, reportedCarriedOutOn ? ['reportedCarriedOutOn', reportedCarriedOutOn] : ['agreedOn', agreedOn], today);
    const amount = agreed.amount ? money('agreedRemedy.amount', agreed.amount) : null;
    const deemed = flag('agreedRemedy.deemed', agreed.deemed);
    agreedRemedy = { remedy, agreedOn, dueOn, reportedCarriedOutOn, confirmationDueOn, fulfilledOn, deemed, notCarriedOutOn, amount };
  }

  const defectReappeared = flag('defectReappeared', facts.defectReappeared);
  if (defectReappeared && !repairs.some((r) => r.completedOn) && !replacements.some((p) => p.deliveredOn)) {
    throw new RightsInputError('defectReappeared', 'REAPPEARED_TOO_EARLY');
  }
  const seriousDefect = flag('seriousDefect', facts.seriousDefect);
  const minorDefect = flag('minorDefect', facts.minorDefect);
  if (seriousDefect && minorDefect) throw new RightsInputError('minorDefect', 'SERIOUS_AND_MINOR');

  const consumerCountry = country('consumerCountry', facts.consumerCountry);
  const courtCountry = country('courtCountry', facts.courtCountry);
  const merchantCountry = country('merchantCountry', facts.merchantCountry);
  const declared = facts.crossBorder === undefined || facts.crossBorder === null ? null : flag('crossBorder', facts.crossBorder);
  let crossBorder = declared ?? false;
  if (consumerCountry && merchantCountry) {
    crossBorder = consumerCountry !== merchantCountry;
    if (declared !== null && declared !== crossBorder) {
      throw new RightsInputError('crossBorder', 'CONTRADICTS_COUNTRIES', { consumerCountry, merchantCountry });
    }
  }

  return {
    jurisdiction: facts.jurisdiction,
    goodsCondition: facts.goodsCondition,
    purchasedOn,
    deliveredOn,
    price,
    defectNoticedOn,
    commercialWarrantyMonths,
    producerDurabilityMonths,
    repairs,
    replacements,
    writtenComplaintOn,
    mediationReferral,
    mediationRequestedOn,
    agreedRemedy,
    remedyRefused: flag('remedyRefused', facts.remedyRefused),
    remedyImpossible: flag('remedyImpossible', facts.remedyImpossible),
    costsOrMajorInconvenience: flag('costsOrMajorInconvenience', facts.costsOrMajorInconvenience),
    defectReappeared,
    seriousDefect,
    minorDefect,
    claimAmount: facts.claimAmount ? money('claimAmount', facts.claimAmount) : price,
    claimAmountIsPrice: !facts.claimAmount,
    // Brussels I recast art. 18(1): the consumer may always sue in her own country.
    courtCountry: courtCountry ?? consumerCountry,
    crossBorder,
    consumerCountry,
    merchantCountry,
    sellerTargetedConsumerCountry: flag('sellerTargetedConsumerCountry', facts.sellerTargetedConsumerCountry),
    saleChannel: oneOf('saleChannel', facts.saleChannel, 'SaleChannel', ['DISTANCE', 'OFF_PREMISES', 'ON_PREMISES'] as const),
    supply: oneOf('supply', facts.supply, 'RightsSupplyKind', ['GOODS', 'DIGITAL_CONTENT_OR_SERVICE'] as const) ?? 'GOODS',
    digitalElementSupplyMonths,
    defectInDigitalElement: flag('defectInDigitalElement', facts.defectInDigitalElement),
    invoiceLost: flag('invoiceLost', facts.invoiceLost),
  };
}

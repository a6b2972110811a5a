import { assessRights } from './assess-rights';
import type { RightsFacts } from './facts';
import { AS_OF, BASE_FACTS } from './testing/rights-facts-fixtures';
import { RightsInputError } from './rights-input-error';
import { validateFacts } from './validate-facts';


function inputError(facts: Partial<Record<keyof RightsFacts, unknown>>, asOf = AS_OF): RightsInputError {
  try {
    assessRights({ ...BASE_FACTS, ...facts } as RightsFacts, asOf);
  } catch (error) {
    if (error instanceof RightsInputError) return error;
    throw error;
  }
  throw new Error('expected a RightsInputError');
}

type Row = [name: string, facts: Partial<Record<keyof RightsFacts, unknown>>, field: string, message: string, asOf?: string];

const ROWS: Row[] = [
    ['asOf that does not exist', {}, 'asOf', 'must be a date that exists, not “2026-02-30”', '2026-02-30'],
    // Review of the journeys, finding 1: an asOf in year 9980 crashed the French date formatter, 9997 the day arithmetic.
    ['asOf in year 9980', { purchasedOn: '9980-06-01', deliveredOn: '9980-06-01', defectNoticedOn: '9980-06-01' }, 'asOf', 'must be between 1 January 1900 and 31 December 2200', '9980-06-01'],
    ['asOf the day after the last assessed', {}, 'asOf', 'must be between', '2201-01-01'],
    ['asOf the day before the first assessed', { purchasedOn: '1899-12-01', deliveredOn: '1899-12-01', defectNoticedOn: '1899-12-01' }, 'asOf', 'must be between', '1899-12-31'],
    ['jurisdiction that is not a string', { jurisdiction: 33 }, 'jurisdiction', 'code such as'],
    ['goods condition other than NEW/USED', { goodsCondition: 'REFURBISHED' }, 'goodsCondition', 'must be “New” or “Used”'],
    ['sale channel no list names', { saleChannel: 'MAIL_ORDER' }, 'saleChannel', 'must be “At a distance'],
    ['supply no list names', { supply: 'SERVICE' }, 'supply', 'must be “Goods” or “Digital content'],
    ['purchase date 2025-02-30', { purchasedOn: '2025-02-30' }, 'purchasedOn', 'must be a date that exists, not “2025-02-30”'],
    ['purchase after asOf', { purchasedOn: '2026-02-02' }, 'purchasedOn', 'must not be after today (1 February 2026)'],
    ['delivery before purchase', { deliveredOn: '2025-03-09' }, 'deliveredOn', 'must not be before 10 March 2025 (“Purchase date”)'],
    ['delivery after asOf', { deliveredOn: '2026-02-02', defectNoticedOn: '2026-02-02' }, 'deliveredOn', 'after today'],
    ['defect noticed before delivery', { defectNoticedOn: '2025-03-14' }, 'defectNoticedOn', '(“Delivery date”)'],
    ['defect noticed after asOf', { defectNoticedOn: '2026-02-02' }, 'defectNoticedOn', 'after today'],
    ['mediation ended before it was referred', { mediationReferral: { referredOn: '2026-01-15', endedOn: '2026-01-14' } }, 'mediationReferral.endedOn', 'must not be before 15 January 2026 (“Referred to mediation on”)'],
    ['mediation agreed before it was referred', { mediationReferral: { referredOn: '2026-01-15', agreedOn: '2026-01-14' } }, 'mediationReferral.agreedOn', 'must not be before 15 January 2026 (“Referred to mediation on”)'],
    ['mediation ended after asOf', { mediationReferral: { referredOn: '2026-01-15', endedOn: '2026-02-02' } }, 'mediationReferral.endedOn', 'after today'],
    ['agreed remedy due before it was agreed', { agreedRemedy: { remedy: 'REFUND', agreedOn: '2026-01-15', dueOn: '2026-01-14' } }, 'agreedRemedy.dueOn', 'must not be before 15 January 2026 (“Agreed on”)'],
    ['agreed remedy reported carried out before it was agreed', { agreedRemedy: { remedy: 'REFUND', agreedOn: '2026-01-15', dueOn: '2026-01-29', reportedCarriedOutOn: '2026-01-14', confirmationDueOn: '2026-01-28' } }, 'agreedRemedy.reportedCarriedOutOn', 'must not be before 15 January 2026 (“Agreed on”)'],
    ['agreed sum reported not paid before it was agreed', { agreedRemedy: { remedy: 'REFUND', agreedOn: '2026-01-15', dueOn: '2026-01-29', notCarriedOutOn: '2026-01-14' } }, 'agreedRemedy.notCarriedOutOn', 'must not be before 15 January 2026 (“Agreed on”)'],
    ['agreed sum reported not paid before the report it contests', { agreedRemedy: { remedy: 'REFUND', agreedOn: '2026-01-15', dueOn: '2026-01-29', reportedCarriedOutOn: '2026-01-20', notCarriedOutOn: '2026-01-19' } }, 'agreedRemedy.notCarriedOutOn', 'must not be before 20 January 2026 (“Reported carried out on”)'],
    ['agreed sum reported not paid after asOf', { agreedRemedy: { remedy: 'REFUND', agreedOn: '2026-01-15', dueOn: '2026-01-29', notCarriedOutOn: '2026-02-02' } }, 'agreedRemedy.notCarriedOutOn', 'after today'],
    ['agreed remedy of no kind', { agreedRemedy: { remedy: 'APOLOGY', agreedOn: '2026-01-15', dueOn: '2026-01-29' } }, 'agreedRemedy.remedy', 'must be “Repair”, “Replacement”, “Price reduction”, “Refund” or “Compensation”'],
    ['missing price', { price: undefined }, 'price', 'must be an amount and its currency'],
    ['negative price', { price: { amount: '-1.00', currency: 'EUR' } }, 'price.amount', 'must not be negative'],
    ['price as a number', { price: { amount: 499, currency: 'EUR' } }, 'price.amount', 'positive amount with at most 2 decimals'],
    ['price with a comma', { price: { amount: '499,00', currency: 'EUR' } }, 'price.amount', 'positive amount with at most 2 decimals'],
    ['price currency in lower case', { price: { amount: '499.00', currency: 'eur' } }, 'price.currency', 'ISO 4217'],
    ['claim amount negative', { claimAmount: { amount: '-5', currency: 'EUR' } }, 'claimAmount.amount', 'must not be negative'],
    ['commercial warranty of 0 months', { commercialWarrantyMonths: 0 }, 'commercialWarrantyMonths', 'greater than 0'],
    ['commercial warranty of 1.5 months', { commercialWarrantyMonths: 1.5 }, 'commercialWarrantyMonths', 'whole number'],
    ['repairs not a list', { repairs: 'twice' }, 'repairs', 'must be a list'],
    ['repair requested before delivery', { repairs: [{ requestedOn: '2025-03-14' }] }, 'repairs[0].requestedOn', '(“Delivery date”)'],
    ['repair completed before requested', { repairs: [{ requestedOn: '2025-06-10', completedOn: '2025-06-09' }] }, 'repairs[0].completedOn', '(“Requested on”)'],
    ['repair completed on a date that does not exist', { repairs: [{ requestedOn: '2025-06-10', completedOn: '2025-06-31' }] }, 'repairs[0].completedOn', 'must be a date that exists'],
    ['repair completed after asOf', { repairs: [{ requestedOn: '2026-01-10', completedOn: '2026-02-02' }] }, 'repairs[0].completedOn', 'after today'],
    [
      'an earlier repair left open',
      { repairs: [{ requestedOn: '2025-06-01' }, { requestedOn: '2025-09-01', completedOn: '2025-09-10' }] },
      'repairs',
      'the repair requested on 1 June 2025 has no completion date',
    ],
    ['replacements not a list', { replacements: {} }, 'replacements', 'must be a list'],
    ['replacement before delivery', { replacements: [{ deliveredOn: '2025-03-01', insteadOfRequestedRepair: false }] }, 'replacements[0].deliveredOn', '(“Delivery date”)'],
    ['replacement flag not a boolean', { replacements: [{ deliveredOn: '2025-06-01', insteadOfRequestedRepair: 'yes' }] }, 'replacements[0].insteadOfRequestedRepair', 'true or false'],
    [
      'replacement instead of a repair nobody asked for',
      { replacements: [{ deliveredOn: '2025-06-01', insteadOfRequestedRepair: true }] },
      'replacements[0].insteadOfRequestedRepair',
      'no repair was requested',
    ],
    ['written complaint before purchase', { writtenComplaintOn: '2025-03-09' }, 'writtenComplaintOn', '(“Purchase date”)'],
    ['written complaint after asOf', { writtenComplaintOn: '2026-02-02' }, 'writtenComplaintOn', 'after today'],
    ['defect reappeared with no repair or replacement', { defectReappeared: true }, 'defectReappeared', 'cannot reappear'],
    ['both serious and minor', { seriousDefect: true, minorDefect: true }, 'minorDefect', 'both serious and minor'],
    ['refusal flag not a boolean', { remedyRefused: 'no' }, 'remedyRefused', 'true or false'],
    ['country in lower case', { consumerCountry: 'fr' }, 'consumerCountry', 'ISO 3166-1'],
    ['country with three letters', { merchantCountry: 'DEU' }, 'merchantCountry', 'ISO 3166-1'],
    ['cross-border flag contradicting the countries', { crossBorder: false, consumerCountry: 'FR', merchantCountry: 'DE' }, 'crossBorder', 'contradicts'],
];

describe('facts that cannot be assessed raise RightsInputError naming the field', () => {
  it.each(ROWS.map(([name, facts, field, message, asOf]) => ({ name, facts, field, message, asOf })))('$name', ({ facts, field, message, asOf }) => {
    const error = inputError(facts, asOf);
    expect(error).toMatchObject({ name: 'RightsInputError', code: 'BAD_USER_INPUT', field });
    expect(error.message).toContain(message);
    expect(error.message.startsWith(`${field}: `)).toBe(true);
  });

  // Issue 14: the engine's refusals carry a code and both languages at the source; no API reads the English.
  it.each(ROWS.map(([name, facts, , , asOf]) => ({ name, facts, asOf })))('$name: a code, and a French sentence', ({ facts, asOf }) => {
    const error = inputError(facts, asOf);
    expect(error.problem).toMatch(/^[A-Z_]+$/);
    expect(error.message).toBe(`${error.field}: ${error.phrase.en}`);
    expect(error.phrase.fr).not.toMatch(/\b(the|must|is|not|before|after|only|such|be)\b/);
    expect(error.phrase.fr).not.toBe(error.phrase.en);
  });

  it('dates and their parameters: a delivery before the purchase names the purchase date, in French as a French date', () => {
    const error = inputError({ deliveredOn: '2025-02-01' });
    expect(error).toMatchObject({ problem: 'BEFORE_DATE', params: { value: '2025-02-01', other: 'purchasedOn', date: BASE_FACTS.purchasedOn } });
    expect(error.phrase.fr).toMatch(/^ne doit pas précéder le \d{1,2}(er)? \S+ \d{4} \(«\u202fDate d’achat\u202f»\)$/);
    expect(error.phrase.en).toMatch(/^must not be before \d{1,2} \S+ \d{4} \(“Purchase date”\)$/);
  });

  // A person reads these sentences after the field's label: no fact's name (asOf, purchasedOn), no straight quote, in either language.
  it.each(ROWS.map(([name, facts, , , asOf]) => ({ name, facts, asOf })))('$name: words for a person, in both languages', ({ facts, asOf }) => {
    const error = inputError(facts, asOf);
    for (const sentence of [error.phrase.en, error.phrase.fr]) {
      expect(sentence).not.toMatch(/\b[a-z]+[A-Z]\w*\b/);
      expect(sentence).not.toMatch(/["']/);
      expect(sentence).not.toMatch(/\d{4}-\d{2}-\d{2}(?!”|\u202f»)/);
    }
  });
});

// A person reads the choices by the labels the web app gives them; the values stay in `params` for clients.
describe('a fact that is none of its choices names them by their labels, in both languages (no internal value)', () => {
  it.each([
    [{ goodsCondition: 'REFURBISHED' }, 'NOT_A_CONDITION', 'NEW, USED', 'doit être « Neuf » ou « Occasion »', 'must be “New” or “Used”'],
    [
      { saleChannel: 'MAIL_ORDER' },
      'NOT_ONE_OF',
      'DISTANCE, OFF_PREMISES, ON_PREMISES',
      'doit être « À distance (en ligne, par téléphone ou par correspondance) », « Hors établissement (à domicile, au travail, lors d’une excursion organisée par le vendeur) » ou « Dans l’établissement du vendeur »',
      'must be “At a distance (online, by phone or by post)”, “Off premises (at home, at work, on a trip organised by the seller)” or “On the seller’s premises”',
    ],
    [{ supply: 'SERVICE' }, 'NOT_ONE_OF', 'GOODS, DIGITAL_CONTENT_OR_SERVICE', 'doit être « Un bien » ou « Un contenu ou un service numérique seul »', 'must be “Goods” or “Digital content or a digital service on its own”'],
  ] as const)('%o', (facts, problem, allowed, fr, en) => {
    const error = inputError(facts);
    expect(error).toMatchObject({ problem, params: { allowed } });
    expect(error.phrase).toEqual({ fr: fr.replace(/« /g, '«\u202f').replace(/ »/g, '\u202f»'), en });
    for (const value of allowed.split(', ')) expect(`${error.phrase.fr} ${error.phrase.en}`).not.toContain(value);
  });
});

describe('the dates assessed: asOf from 1900-01-01 to 2200-12-31 (review of the journeys, finding 1)', () => {
  it('names asOf, in French with French dates', () => {
    const error = inputError({}, '9999-12-31');
    expect(error).toMatchObject({ field: 'asOf', problem: 'DATE_OUT_OF_RANGE', params: { value: '9999-12-31', from: '1900-01-01', until: '2200-12-31' } });
    expect(error.phrase.fr).toBe('doit tomber entre le 1er janvier 1900 et le 31 décembre 2200');
  });

  it.each([
    ['the last day', '2200-12-31'],
    ['the first day', '1900-01-01'],
  ])('assesses every fact on %s in both languages without throwing', (_, day) => {
    const facts: RightsFacts = {
      ...BASE_FACTS,
      purchasedOn: day,
      deliveredOn: day,
      defectNoticedOn: day,
      writtenComplaintOn: day,
      repairs: [{ requestedOn: day, completedOn: day }],
      mediationReferral: { referredOn: day },
    };
    for (const locale of ['fr', 'en'] as const) {
      expect(() => JSON.stringify(assessRights(facts, day, locale))).not.toThrow();
    }
  });
});

describe('valid facts are normalised', () => {
  it('fills defaults, treats null as absent and uses the price as the claim', () => {
    const valid = validateFacts(
      { ...BASE_FACTS, repairs: null, replacements: null, writtenComplaintOn: null, crossBorder: null, remedyRefused: null },
      AS_OF,
    );
    expect(valid).toMatchObject({
      repairs: [],
      replacements: [],
      writtenComplaintOn: null,
      commercialWarrantyMonths: null,
      remedyRefused: false,
      crossBorder: false,
      claimAmount: { amount: '499.00', currency: 'EUR' },
      consumerCountry: null,
    });
  });

  it('orders repairs and replacements by date', () => {
    const valid = validateFacts(
      {
        ...BASE_FACTS,
        repairs: [
          { requestedOn: '2025-09-01', completedOn: '2025-09-05' },
          { requestedOn: '2025-06-01', completedOn: null },
        ],
        replacements: [
          { deliveredOn: '2025-12-01', insteadOfRequestedRepair: false },
          { deliveredOn: '2025-06-10', insteadOfRequestedRepair: true },
        ],
      },
      AS_OF,
    );
    expect(valid.repairs.map((r) => r.requestedOn)).toEqual(['2025-06-01', '2025-09-01']);
    expect(valid.replacements.map((r) => r.deliveredOn)).toEqual(['2025-06-10', '2025-12-01']);
  });

  it('derives the cross-border flag from the two countries and accepts a flag that agrees', () => {
    expect(validateFacts({ ...BASE_FACTS, consumerCountry: 'FR', merchantCountry: 'BE' }, AS_OF).crossBorder).toBe(true);
    expect(validateFacts({ ...BASE_FACTS, crossBorder: true, consumerCountry: 'FR', merchantCountry: 'BE' }, AS_OF).crossBorder).toBe(true);
    expect(validateFacts({ ...BASE_FACTS, crossBorder: true, consumerCountry: 'FR' }, AS_OF).crossBorder).toBe(true);
  });

  it('validates before declining an unsupported jurisdiction', () => {
    expect(() => assessRights({ ...BASE_FACTS, jurisdiction: 'US', deliveredOn: '2025-03-01' }, AS_OF)).toThrow(RightsInputError);
  });
});

import * as consumerLaw from '@recours/consumer-law';
import { AS_OF, BASE_FACTS } from './testing/rights-facts-fixtures';

describe('public API of @recours/consumer-law', () => {
  it('exports the engine, its error, the rule sets and the calendar', () => {
    expect(Object.keys(consumerLaw).sort()).toEqual(
      [
        'EARLIEST_ASSESSED_DATE',
        'EU_MEMBER_STATES',
        'ISO_3166_ALPHA_2',
        'InvalidCalendarDateError',
        'LATEST_ASSESSED_DATE',
        'NOT_A_POSTCODE_WORDS',
        'RULE_SETS',
        'RightsInputError',
        'SUPPORTED_JURISDICTIONS',
        'addDays',
        'addMonths',
        'addYears',
        'assertCalendarDate',
        'assessRights',
        'compareAmounts',
        'compareDates',
        'dateInTimeZone',
        'dateOf',
        'daysBetween',
        'dayOfWeek',
        'daysInMonth',
        'formatFor',
        'frenchPostcode',
        'citationsInText',
        'groupCitations',
        'isAssignedCountryCode',
        'isCalendarDate',
        'isCurrencyCode',
        'isDecimalAmount',
        'isSupportedJurisdiction',
        'maxDate',
        'parisDateOf',
        'startOfDayInTimeZone',
        'startOfParisDay',
        'selectRuleSet',
      ].sort(),
    );
  });

  it('resolves every export to a value', () => {
    for (const [name, value] of Object.entries(consumerLaw)) expect([name, value]).toEqual([name, expect.anything()]);
  });

  it('knows the 27 member states, FR, the EU baseline and the seven member states encoded', () => {
    expect(consumerLaw.EU_MEMBER_STATES).toHaveLength(27);
    expect([...consumerLaw.SUPPORTED_JURISDICTIONS].sort()).toEqual(['BE', 'DE', 'ES', 'EU', 'FR', 'IT', 'NL', 'PT', 'SE']);
    expect(consumerLaw.isSupportedJurisdiction('AT')).toBe(false);
  });

  it('gives a full FR assessment through the package entry point', () => {
    const answer = consumerLaw.assessRights({ ...BASE_FACTS, writtenComplaintOn: '2026-01-12' }, AS_OF);
    const cited = (basis: string) => ({ basis, citations: expect.any(Array) });
    const said = expect.objectContaining({ code: expect.any(String), params: expect.any(Object), text: expect.any(String) });
    expect(answer).toEqual({
      kind: 'ASSESSED',
      asOf: '2026-02-01',
      jurisdiction: 'FR',
      ruleSet: {
        id: 'FR-2022-01-01',
        title: expect.stringContaining('ordonnance n° 2021-1247'),
        appliesToContractsFrom: '2022-01-01',
        notes: [],
        titleMessage: expect.objectContaining({ code: 'ruleSet.FR-2022-01-01.title' }),
        noteMessages: [],
      },
      applicableLaw: { jurisdiction: 'FR', reason: 'The rules applied are those asked for (France).', reasonMessage: said, ...cited('') },
      calendar: { place: 'METROPOLITAN_FRANCE', timeZone: 'Europe/Paris', source: 'DEFAULT', reason: expect.stringContaining('as your postcode is not known'), reasonMessage: said, ...cited('') },
      legalWarranty: {
        applies: true,
        expiresOn: '2027-03-15',
        runsFrom: '2025-03-15',
        extensionMonths: 0,
        suspensionDays: 0,
        endIsMinimum: false,
        digitalElementsUntil: null,
        ...cited('Code de la consommation art. L217-3'),
      },
      presumptionOfDefect: { applies: true, until: '2027-03-15', ...cited('Code de la consommation art. L217-7') },
      commercialWarranty: { applies: false, expiresOn: null, extensionDays: 0, ...cited('Code de la consommation art. L217-21') },
      remedies: [
        { remedy: 'REPAIR', available: true, reason: expect.any(String), reasonMessage: said, basis: expect.stringContaining('L217-11'), citations: expect.any(Array) },
        { remedy: 'REPLACEMENT', available: true, reason: expect.any(String), reasonMessage: said, basis: expect.stringContaining('L217-11'), citations: expect.any(Array) },
        { remedy: 'PRICE_REDUCTION', available: false, reason: expect.stringContaining('only once'), reasonMessage: said, ...cited('Code de la consommation art. L217-8; Code de la consommation art. L217-14') },
        { remedy: 'REFUND', available: false, reason: expect.stringContaining('only once'), reasonMessage: said, basis: expect.stringContaining('L217-17'), citations: expect.any(Array) },
        { remedy: 'COMPENSATION', available: true, reason: expect.any(String), reasonMessage: said, basis: expect.stringContaining('Code civil art. 1231-1'), citations: expect.any(Array) },
      ],
      repairDeadline: null,
      notification: { required: false, notifyBy: null, reason: expect.any(String), reasonMessage: said, basis: expect.any(String), citations: expect.any(Array) },
      limitation: [
        expect.objectContaining({ action: 'CONFORMITY', runsFrom: '2026-01-10', until: '2031-01-10', running: true }),
        expect.objectContaining({ action: 'HIDDEN_DEFECTS', runsFrom: '2026-01-10', until: '2028-01-10', running: true }),
      ],
      // Within the legal warranty: the conformity claim, no hidden-defects action pointed to.
      hiddenDefects: null,
      mediation: {
        eligible: true,
        lapsesOn: '2027-01-12',
        complaintOn: '2026-01-12',
        reason: expect.any(String),
        reasonMessage: said,
        admissibilityNoticeDays: 21,
        outcomeDueOn: null,
        outcomeExtended: false,
        basis: expect.stringContaining('L612-2'),
        citations: expect.any(Array),
      },
      courtPath: {
        claimAmount: { amount: '499.00', currency: 'EUR' },
        claimAmountIsPrice: true,
        courtCountry: 'FR',
        amicableAttemptRequired: true,
        europeanSmallClaims: false,
        explanation: expect.any(String),
        explanationMessages: expect.arrayContaining([said]),
        basis: expect.stringContaining('750-1'),
        citations: expect.any(Array),
      },
      guidance: expect.arrayContaining([expect.objectContaining({ topic: 'SELLER_ANSWERS', applies: true, platformRule: false })]),
      nextStep:
        'Ask the seller in writing to repair or replace the goods, free of charge including shipping. If the seller does not settle, refer the dispute to the consumer mediator by 12 January 2027. The time to go to court runs until 10 January 2031.',
      nextStepMessages: [
        expect.objectContaining({ code: 'next.askRepairOrReplace' }),
        expect.objectContaining({ code: 'next.mediator', params: { lapsesOn: '2027-01-12' } }),
        expect.objectContaining({ code: 'next.clock', params: { until: '2031-01-10', runsFrom: '2026-01-10' } }),
      ],
    });
  });

  it('answers the same facts identically: no clock, no hidden state', () => {
    const facts = {
      jurisdiction: 'EU',
      goodsCondition: 'USED' as const,
      purchasedOn: '2026-08-01',
      deliveredOn: '2026-08-03',
      price: { amount: '120', currency: 'EUR' },
      defectNoticedOn: '2026-09-01',
    };
    expect(consumerLaw.assessRights(facts, '2026-10-01')).toEqual(consumerLaw.assessRights(facts, '2026-10-01'));
  });
});

import * as consumerLaw from '@recours/consumer-law';

describe('public API of @recours/consumer-law', () => {
  it('exports the engine, its error, the rule sets and the calendar', () => {
    expect(Object.keys(consumerLaw).sort()).toEqual(
      [
        'EU_MEMBER_STATES',
        'InvalidCalendarDateError',
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
        'dateOf',
        'daysBetween',
        'daysInMonth',
        'isCalendarDate',
        'isCurrencyCode',
        'isDecimalAmount',
        'isSupportedJurisdiction',
        'maxDate',
        'selectRuleSet',
      ].sort(),
    );
  });

  it('resolves every export to a value', () => {
    for (const [name, value] of Object.entries(consumerLaw)) expect([name, value]).toEqual([name, expect.anything()]);
  });

  it('knows the 27 member states and the two supported jurisdictions', () => {
    expect(consumerLaw.EU_MEMBER_STATES).toHaveLength(27);
    expect(consumerLaw.isSupportedJurisdiction('FR')).toBe(true);
    expect(consumerLaw.isSupportedJurisdiction('EU')).toBe(true);
    expect(consumerLaw.isSupportedJurisdiction('DE')).toBe(false);
  });

  it('gives a full FR assessment through the package entry point', () => {
    const answer = consumerLaw.assessRights(
      {
        jurisdiction: 'FR',
        goodsCondition: 'NEW',
        purchasedOn: '2025-03-10',
        deliveredOn: '2025-03-15',
        price: { amount: '499.00', currency: 'EUR' },
        defectNoticedOn: '2026-01-10',
        writtenComplaintOn: '2026-01-12',
      },
      '2026-02-01',
    );
    expect(answer).toEqual({
      kind: 'ASSESSED',
      asOf: '2026-02-01',
      jurisdiction: 'FR',
      ruleSet: {
        id: 'FR-2022-01-01',
        title: expect.stringContaining('ordonnance n° 2021-1247'),
        appliesToContractsFrom: '2022-01-01',
        notes: [],
      },
      legalWarranty: {
        applies: true,
        expiresOn: '2027-03-15',
        runsFrom: '2025-03-15',
        extensionMonths: 0,
        basis: 'Code de la consommation art. L217-3',
      },
      presumptionOfDefect: { applies: true, until: '2027-03-15', basis: 'Code de la consommation art. L217-7' },
      commercialWarranty: { applies: false, expiresOn: null, basis: 'Code de la consommation art. L217-21' },
      remedies: [
        { remedy: 'REPAIR', available: true, reason: expect.any(String), basis: 'Code de la consommation art. L217-8, L217-9, L217-10, L217-11' },
        { remedy: 'REPLACEMENT', available: true, reason: expect.any(String), basis: 'Code de la consommation art. L217-8, L217-9, L217-10, L217-11' },
        { remedy: 'PRICE_REDUCTION', available: false, reason: expect.stringContaining('only once'), basis: 'Code de la consommation art. L217-8, L217-14' },
        { remedy: 'REFUND', available: false, reason: expect.stringContaining('only once'), basis: 'Code de la consommation art. L217-8, L217-14, L217-17' },
        { remedy: 'COMPENSATION', available: true, reason: expect.any(String), basis: 'Code de la consommation art. L217-8; Code civil art. 1231-1' },
      ],
      repairDeadline: null,
      mediation: { eligible: true, lapsesOn: '2027-01-12', reason: expect.any(String), basis: expect.stringContaining('L612-2') },
      courtPath: {
        claimAmount: { amount: '499.00', currency: 'EUR' },
        amicableAttemptRequired: true,
        europeanSmallClaims: false,
        explanation: expect.any(String),
        basis: expect.stringContaining('750-1'),
      },
      nextStep:
        'Ask the seller in writing to repair or replace the goods, free of charge including shipping. If the seller does not settle, refer the dispute to the consumer mediator by 2027-01-12.',
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

import { startTestApp, type TestApp } from '@recours/testing';

const RIGHTS = `query($input: RightsAssessmentInput!) {
  rightsAssessment(input: $input) {
    supported
    notAssessed { code message }
    asOf
    jurisdiction
    ruleSet { id title appliesToContractsFrom notes }
    legalWarranty { applies expiresOn runsFrom extensionMonths basis }
    presumptionOfDefect { applies until basis }
    commercialWarranty { applies expiresOn basis }
    remedies { remedy available reason basis }
    repairDeadline { requestedOn dueOn overdue basis }
    mediation { eligible lapsesOn reason basis }
    courtPath { claimAmount { amount currency } amicableAttemptRequired europeanSmallClaims explanation basis }
    nextStep
  }
}`;

interface Answer {
  rightsAssessment: Record<string, any> & { remedies: Array<{ remedy: string; available: boolean; basis: string }> | null };
}

/** A phone bought in France whose defect appeared within the first two years. */
const phone = (over: Record<string, unknown> = {}) => ({
  jurisdiction: 'FR',
  condition: 'NEW',
  purchasedOn: '2025-03-10',
  deliveredOn: '2025-03-12',
  price: { amount: '329.00', currency: 'EUR' },
  defectNoticedOn: '2026-01-05',
  asOf: '2026-02-01',
  ...over,
});

describe('rightsAssessment over GraphQL (public)', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp('rights');
  });
  afterAll(() => api.close());

  const assess = (input: Record<string, unknown>) => api.gql<Answer>(RIGHTS, { input });

  it('answers without a token: the legal warranty runs two years from delivery (L217-3), each item cited', async () => {
    const { data, errors } = await assess(phone());
    expect(errors).toBeUndefined();
    const rights = data!.rightsAssessment;
    expect(rights).toMatchObject({
      supported: true,
      notAssessed: null,
      asOf: '2026-02-01',
      jurisdiction: 'FR',
      ruleSet: { id: 'FR-2022-01-01', appliesToContractsFrom: '2022-01-01' },
      legalWarranty: { applies: true, expiresOn: '2027-03-12', runsFrom: '2025-03-12', extensionMonths: 0 },
      presumptionOfDefect: { applies: true, until: '2027-03-12' },
      commercialWarranty: { applies: false, expiresOn: null },
      repairDeadline: null,
      // No written complaint yet: no mediator can take the case (L612-2).
      mediation: { eligible: false, lapsesOn: null },
      courtPath: { claimAmount: { amount: '329.00', currency: 'EUR' }, amicableAttemptRequired: true },
    });
    expect(rights.legalWarranty.basis).toContain('L217-3');
    expect(rights.presumptionOfDefect.basis).toContain('L217-7');
    // Repair or replacement first; a refund is not open yet (L217-14).
    const remedy = (kind: string) => rights.remedies!.find((r) => r.remedy === kind);
    expect(remedy('REPAIR')).toMatchObject({ available: true });
    expect(remedy('REFUND')).toMatchObject({ available: false });
    expect(rights.nextStep).toEqual(expect.any(String));
  });

  it('passes repairs and the written complaint to the engine: a completed repair adds 6 months (L217-13), a pending one has 30 days (L217-10)', async () => {
    const completed = await assess(phone({ repairs: [{ requestedOn: '2026-01-10', completedOn: '2026-01-20' }], writtenComplaintOn: '2026-01-08' }));
    expect(completed.errors).toBeUndefined();
    expect(completed.data!.rightsAssessment).toMatchObject({
      legalWarranty: { extensionMonths: 6, expiresOn: '2027-09-12' },
      mediation: { lapsesOn: '2027-01-08' },
    });
    const pending = await assess(phone({ repairs: [{ requestedOn: '2026-01-10' }] }));
    expect(pending.data!.rightsAssessment.repairDeadline).toMatchObject({ requestedOn: '2026-01-10', dueOn: '2026-02-09', overdue: false });
  });

  it('declines rather than guesses: a jurisdiction without rules, a contract before the encoded rules', async () => {
    const us = await assess(phone({ jurisdiction: 'US' }));
    expect(us.errors).toBeUndefined();
    expect(us.data!.rightsAssessment).toMatchObject({
      supported: false,
      notAssessed: { code: 'UNSUPPORTED_JURISDICTION', message: expect.stringContaining('US') },
      asOf: null,
      jurisdiction: null,
      legalWarranty: null,
      remedies: null,
      courtPath: null,
      nextStep: null,
    });
    const old = await assess(phone({ purchasedOn: '2021-06-01', deliveredOn: '2021-06-03' }));
    expect(old.data!.rightsAssessment).toMatchObject({ supported: false, notAssessed: { code: 'CONTRACT_DATE_NOT_COVERED' } });
  });

  it('refuses a date that does not exist, naming the field', async () => {
    const { data, errors } = await assess(phone({ purchasedOn: '2025-02-30' }));
    expect(data).toBeFalsy();
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.purchasedOn' }] });
    const nested = await assess(phone({ repairs: [{ requestedOn: '2026-01-10', completedOn: '2026-02-30' }] }));
    expect(nested.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.repairs.0.completedOn' }] });
  });

  it("refuses facts the engine finds inconsistent, naming the input field", async () => {
    const early = await assess(phone({ deliveredOn: '2025-03-01' }));
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.deliveredOn', message: expect.stringContaining('before purchasedOn') }] });
    const backwards = await assess(phone({ repairs: [{ requestedOn: '2026-01-10', completedOn: '2026-01-09' }] }));
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.repairs.0.completedOn' }] });
  });

  it('refuses an unknown condition', async () => {
    const { data, errors } = await assess(phone({ condition: 'REFURBISHED' }));
    expect(data).toBeFalsy();
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].message).toContain('REFURBISHED');
  });

  it('assesses as of today (UTC) when asOf is omitted', async () => {
    const before = new Date().toISOString().slice(0, 10);
    const { data, errors } = await assess(phone({ asOf: undefined }));
    const after = new Date().toISOString().slice(0, 10);
    expect(errors).toBeUndefined();
    expect([before, after]).toContain(data!.rightsAssessment.asOf);
  });
});

import { parisDateOf } from '@recours/consumer-law';
import { apiActors, must, phoneClaim, startTestApp, type TestApp } from '@recours/testing';

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

  it('passes repairs and the written complaint to the engine: a completed repair adds 6 months (L217-13) and its 10 days in the workshop (D211-2 box), a pending one has 30 days (L217-10)', async () => {
    const completed = await assess(phone({ repairs: [{ requestedOn: '2026-01-10', completedOn: '2026-01-20' }], writtenComplaintOn: '2026-01-08' }));
    expect(completed.errors).toBeUndefined();
    expect(completed.data!.rightsAssessment).toMatchObject({
      legalWarranty: { extensionMonths: 6, expiresOn: '2027-09-22' },
      mediation: { lapsesOn: '2027-01-08' },
    });
    const pending = await assess(phone({ repairs: [{ requestedOn: '2026-01-10' }] }));
    expect(pending.data!.rightsAssessment.repairDeadline).toMatchObject({ requestedOn: '2026-01-10', dueOn: '2026-02-09', overdue: false });
  });

  it('past the legal warranty points to the hidden-defects action (C. civ. 1641, 1648), open two years from discovery, with the two choices of 1644; none within it', async () => {
    const query = `query($input: RightsAssessmentInput!) { rightsAssessment(input: $input) { hiddenDefects { open discoveredOn until basis remedies { remedy basis } } } }`;
    const past = must(await api.gql<{ rightsAssessment: { hiddenDefects: unknown } }>(query, { input: phone({ defectNoticedOn: '2027-06-01', asOf: '2027-07-01' }) }), 'rightsAssessment');
    expect(past.rightsAssessment.hiddenDefects).toEqual({
      open: true,
      discoveredOn: '2027-06-01',
      until: '2029-06-01',
      basis: 'Code civil art. 1641; Code civil art. 1648 (two years from discovery)',
      remedies: [
        { remedy: 'REFUND', basis: expect.stringContaining('Code civil art. 1644') },
        { remedy: 'PRICE_REDUCTION', basis: expect.stringContaining('Code civil art. 1644') },
      ],
    });
    const within = must(await api.gql<{ rightsAssessment: { hiddenDefects: unknown } }>(query, { input: phone() }), 'rightsAssessment');
    expect(within.rightsAssessment.hiddenDefects).toBeNull();
  });

  it('past the legal warranty, the professional seller is deemed to know the hidden defect and owes damages (C. civ. 1645 and the case law), in French over `hiddenDefects.damages`', async () => {
    const query = `query($input: RightsAssessmentInput!) { rightsAssessment(input: $input, locale: fr) { hiddenDefects { damages { sellerDeemedToKnow reason reasonMessage { code } basis citations { code } } } } }`;
    const past = must(await api.gql<{ rightsAssessment: { hiddenDefects: { damages: unknown } } }>(query, { input: phone({ defectNoticedOn: '2027-06-01', asOf: '2027-07-01' }) }), 'rightsAssessment');
    expect(past.rightsAssessment.hiddenDefects.damages).toEqual({
      sellerDeemedToKnow: true,
      reason: expect.stringContaining('Le vendeur professionnel est réputé connaître les vices du bien qu’il vend, sans pouvoir prouver le contraire\u202f:'),
      reasonMessage: { code: 'hiddenDefects.damages' },
      basis: expect.stringContaining('Code civil, art. 1645'),
      citations: [{ code: 'FR.CC.1645' }, { code: 'FR.CASS.1965-01-19' }],
    });
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
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.deliveredOn', message: expect.stringMatching(/\((“Purchase date”|«\u202fDate d’achat\u202f»)\)$/) }] });
    const backwards = await assess(phone({ repairs: [{ requestedOn: '2026-01-10', completedOn: '2026-01-09' }] }));
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.repairs.0.completedOn' }] });
  });

  it('refuses an unknown condition', async () => {
    const { data, errors } = await assess(phone({ condition: 'REFURBISHED' }));
    expect(data).toBeFalsy();
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].message).toContain('REFURBISHED');
  });

  it('assesses as of today in Europe/Paris when asOf is omitted', async () => {
    const before = parisDateOf(new Date());
    const { data, errors } = await assess(phone({ asOf: undefined }));
    const after = parisDateOf(new Date());
    expect(errors).toBeUndefined();
    expect([before, after]).toContain(data!.rightsAssessment.asOf);
  });

  // docs/consumer-law.md item 25: the consumer's postcode sets whose public holidays and midnight her deadlines count.
  describe('given a purchase online delivered Friday 12 December 2025, whose 14th day of withdrawal is Friday 26 December', () => {
    const CALENDAR = `query($input: RightsAssessmentInput!, $locale: Locale) {
      rightsAssessment(input: $input, locale: $locale) {
        asOf
        calendar { place timeZone source reason basis citations { code } }
        guidance { topic applies text }
      }
    }`;
    const christmas = (over: Record<string, unknown>) =>
      phone({ purchasedOn: '2025-12-10', deliveredOn: '2025-12-12', defectNoticedOn: '2025-12-20', saleChannel: 'DISTANCE', asOf: '2025-12-29', ...over });
    const withdrawal = (answer: { data?: Record<string, any> }) => answer.data!.rightsAssessment.guidance.find((item: { topic: string }) => item.topic === 'WITHDRAWAL');

    it('when she lives in Strasbourg (67000), then on Monday 29 December she may still withdraw, 26 December being a holiday there, and the calendar says so in her language', async () => {
      const answer = await post(CALENDAR, { input: christmas({ consumerPostcode: '67000' }), locale: 'fr' });
      expect(answer.errors).toBeUndefined();
      expect(withdrawal(answer)).toMatchObject({ applies: true, text: expect.stringContaining('jusqu’au 29 décembre 2025') });
      expect(answer.data!.rightsAssessment.calendar).toMatchObject({
        place: 'ALSACE_MOSELLE',
        timeZone: 'Europe/Paris',
        source: 'POSTCODE',
        reason: expect.stringMatching(/^Vos délais sont comptés en jours d’Alsace-Moselle, d’après votre code postal/),
        citations: [{ code: 'FR.C_TRAV.L3134-13' }],
      });
      expect(answer.data!.rightsAssessment.calendar.basis).toContain('L3134-13');
    });

    it('when her postcode is not given, then the period ended on 26 December, and the calendar says metropolitan France by default', async () => {
      const answer = await post(CALENDAR, { input: christmas({}), locale: 'en' });
      expect(answer.errors).toBeUndefined();
      expect(withdrawal(answer).applies).toBe(false);
      expect(answer.data!.rightsAssessment.calendar).toMatchObject({ place: 'METROPOLITAN_FRANCE', source: 'DEFAULT', reason: expect.stringContaining('as your postcode is not known'), citations: [] });
    });

    it('when the postcode is not one, then it is refused naming the field in words', async () => {
      const answer = await post(CALENDAR, { input: christmas({ consumerPostcode: '6700' }) }, { 'accept-language': 'fr' });
      expect((answer.errors as Array<{ extensions: unknown }>)[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.consumerPostcode', code: 'NOT_A_POSTCODE' }] });
      expect((answer.errors as Array<{ message: string }>)[0].message).toBe('Saisie invalide\u202f: «\u202fVotre code postal\u202f» doit être un code postal français à cinq chiffres, commençant par 01 à 95, 971 à 978, 980, 984 ou 986 à 988, comme «\u202f75011\u202f» ou «\u202f97400\u202f»');
    });

    // One rule for her postcode on both inputs (french-postcode.ts): what fileClaim takes, this takes, and the other way round.
    it('when her postcode comes with spaces and a tab around it, then it is read trimmed, as fileClaim reads it: Strasbourg', async () => {
      const answer = await post(CALENDAR, { input: christmas({ consumerPostcode: ' 67000\t' }), locale: 'en' });
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.rightsAssessment.calendar).toMatchObject({ place: 'ALSACE_MOSELLE', source: 'POSTCODE' });
    });

    it.each(['00100', '96000', '99000'])('when the postcode is no place’s (%s), then it is refused on the field, saying what a French postcode looks like, in each language', async (consumerPostcode) => {
      const fr = await post(CALENDAR, { input: christmas({ consumerPostcode }) }, { 'accept-language': 'fr' });
      expect((fr.errors as Array<{ extensions: unknown }>)[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.consumerPostcode', code: 'NOT_A_POSTCODE' }] });
      expect((fr.errors as Array<{ message: string }>)[0].message).toBe('Saisie invalide\u202f: «\u202fVotre code postal\u202f» doit être un code postal français à cinq chiffres, commençant par 01 à 95, 971 à 978, 980, 984 ou 986 à 988, comme «\u202f75011\u202f» ou «\u202f97400\u202f»');
      const en = await post(CALENDAR, { input: christmas({ consumerPostcode }) }, { 'accept-language': 'en' });
      expect((en.errors as Array<{ message: string }>)[0].message).toBe('Invalid input: “Your postcode” must be a French postcode of five digits, starting with 01 to 95, 971 to 978, 980, 984 or 986 to 988, such as “75011” or “97400”');
    });
  });

  /** An operation over plain HTTP with the headers a browser would send. */
  const post = async (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}, token?: string) => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers, ...(token && { authorization: `Bearer ${token}` }) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
  };

  it('a fact the engine refuses reads in the reader’s language, with the engine’s own code and parameters (issue 14)', async () => {
    const input = phone({ deliveredOn: '2025-03-01' });
    const fr = await post(FRENCH, { input }, { 'accept-language': 'fr' });
    const en = await post(FRENCH, { input }, { 'accept-language': 'en' });
    const [frField, enField] = [fr, en].map((answer) => (answer.errors as Array<{ extensions: { fields: Array<Record<string, unknown>> } }>)[0].extensions.fields[0]);
    expect(frField).toMatchObject({ field: 'input.deliveredOn', code: 'BEFORE_DATE', params: { other: 'purchasedOn', value: '2025-03-01' } });
    expect(frField.message).toMatch(/^ne doit pas précéder le \d{1,2}(er)? \S+ \d{4} \(«\u202fDate d’achat\u202f»\)$/);
    expect(enField).toMatchObject({ code: 'BEFORE_DATE', message: expect.stringContaining('(“Purchase date”)') });
    expect(enField.message).not.toMatch(/purchasedOn/);
    expect((fr.errors as Array<{ message: string }>)[0].message).toMatch(/^Saisie invalide\u202f: «\u202fDate de livraison\u202f» ne doit pas/);
  });
  const FRENCH = `query($input: RightsAssessmentInput!, $locale: Locale) {
    rightsAssessment(input: $input, locale: $locale) {
      nextStep
      remedies { remedy reason reasonMessage { code params { name value } text } basis }
      courtPath { explanation }
      mediation { reason }
      legalWarranty { basis citations { code text } }
      guidance { topic text platformRule }
      nextStepMessages { code params { name value } text }
    }
  }`;

  // docs/consumer-law.md item 25: a claim may give her postcode; her dispute's rights then count her place's days.
  it('a dispute filed with a Réunion postcode: its rights panel says her deadlines are counted in days of La Réunion, in her language', async () => {
    const actors = apiActors(api);
    const consumer = await actors.consumer();
    const merchant = await actors.merchant();
    const input = { ...phoneClaim(merchant.merchantId as string), consumerPostcode: '97400' };
    const filed = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input }, consumer.token), 'fileClaim').fileClaim;
    const query = `query($id: ID!) { dispute(id: $id) { rights { calendar { place timeZone source reason citations { code } } } } }`;
    const fr = await post(query, { id: filed.id }, { 'accept-language': 'fr' }, consumer.token);
    expect(fr.errors).toBeUndefined();
    expect(fr.data!.dispute.rights.calendar).toMatchObject({ place: 'LA_REUNION', timeZone: 'Indian/Reunion', source: 'POSTCODE', citations: [{ code: 'FR.LOI.83-550' }] });
    expect(fr.data!.dispute.rights.calendar.reason).toMatch(/^Vos délais sont comptés en jours de La Réunion, d’après votre code postal/);
  });

  it('a claim with spaces and a tab around her postcode is taken, as the calculator takes it, stored as five digits', async () => {
    const actors = apiActors(api);
    const consumer = await actors.consumer();
    const merchant = await actors.merchant();
    const input = { ...phoneClaim(merchant.merchantId as string), consumerPostcode: ' 67000\t' };
    const filed = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input }, consumer.token), 'fileClaim').fileClaim;
    const hers = must(await api.gql<{ dispute: { consumerPostcode: string | null } }>(`query($id: ID!) { dispute(id: $id) { consumerPostcode } }`, { id: filed.id }, consumer.token), 'dispute');
    expect(hers.dispute.consumerPostcode).toBe('67000');
  });

  it.each(['00100', '96000', '99000'])('a claim with a postcode no place has (%s) is refused naming the field, saying what a French postcode looks like, in each language, and nothing is stored', async (consumerPostcode) => {
    const actors = apiActors(api);
    const consumer = await actors.consumer();
    const merchant = await actors.merchant();
    const input = { ...phoneClaim(merchant.merchantId as string), consumerPostcode };
    const mutation = `mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`;
    const fr = await post(mutation, { input }, { 'accept-language': 'fr' }, consumer.token);
    expect((fr.errors as Array<{ extensions: unknown }>)[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.consumerPostcode', code: 'NOT_A_POSTCODE' }] });
    expect((fr.errors as Array<{ message: string }>)[0].message).toBe('Saisie invalide\u202f: «\u202fVotre code postal\u202f» doit être un code postal français à cinq chiffres, commençant par 01 à 95, 971 à 978, 980, 984 ou 986 à 988, comme «\u202f75011\u202f» ou «\u202f97400\u202f»');
    const en = await post(mutation, { input }, { 'accept-language': 'en' }, consumer.token);
    expect((en.errors as Array<{ message: string }>)[0].message).toBe('Invalid input: “Your postcode” must be a French postcode of five digits, starting with 01 to 95, 971 to 978, 980, 984 or 986 to 988, such as “75011” or “97400”');
    const stored = await api.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM event_store.events WHERE type = 'ClaimFiled' AND data->>'merchantId' = $1`, [merchant.merchantId]);
    expect(stored[0].n).toBe(0);
  });

  it('a claim with a malformed postcode is refused naming the field, in words, and nothing is stored', async () => {
    const actors = apiActors(api);
    const consumer = await actors.consumer();
    const merchant = await actors.merchant();
    const input = { ...phoneClaim(merchant.merchantId as string), consumerPostcode: '974' };
    const answer = await post(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input }, { 'accept-language': 'fr' }, consumer.token);
    expect((answer.errors as Array<{ extensions: unknown }>)[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.consumerPostcode', code: 'NOT_A_POSTCODE' }] });
    expect((answer.errors as Array<{ message: string }>)[0].message).toBe('Saisie invalide\u202f: «\u202fVotre code postal\u202f» doit être un code postal français à cinq chiffres, commençant par 01 à 95, 971 à 978, 980, 984 ou 986 à 988, comme «\u202f75011\u202f» ou «\u202f97400\u202f»');
    const stored = await api.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM event_store.events WHERE type = 'ClaimFiled' AND data->>'merchantId' = $1`, [merchant.merchantId]);
    expect(stored[0].n).toBe(0);
  });

  // Review of the journeys, finding 1: year 9980 answered INTERNAL_SERVER_ERROR (the French date of a 20-year limit, then the day arithmetic).
  it('refuses an asOf outside 1900-01-01..2200-12-31 on input.asOf in both languages, and assesses the last day in French', async () => {
    const far = phone({ purchasedOn: '9980-06-01', deliveredOn: '9980-06-01', defectNoticedOn: '9980-06-01', asOf: '9997-06-01' });
    for (const language of ['fr', 'en']) {
      const answer = await post(FRENCH, { input: far }, { 'accept-language': language });
      const [error] = answer.errors as Array<{ extensions: { code: string; fields: Array<Record<string, unknown>> } }>;
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.asOf', code: 'DATE_OUT_OF_RANGE' }] });
      expect(error.extensions.fields[0].message).toBe(language === 'fr' ? 'doit tomber entre le 1er janvier 1900 et le 31 décembre 2200' : 'must be between 1 January 1900 and 31 December 2200');
    }
    // Without asOf, "today" bounds the facts: a purchase in 9980 is after it.
    const noAsOf = await post(FRENCH, { input: { ...far, asOf: undefined } }, { 'accept-language': 'fr' });
    expect((noAsOf.errors as Array<{ extensions: unknown }>)[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.purchasedOn', code: 'AFTER_TODAY' }] });
    const last = '2200-12-31';
    const lastDay = await post(FRENCH, { input: phone({ purchasedOn: last, deliveredOn: last, defectNoticedOn: last, asOf: last }) }, { 'accept-language': 'fr' });
    expect(lastDay.errors).toBeUndefined();
    expect(lastDay.data?.rightsAssessment.nextStep).toEqual(expect.any(String));
  });

  it('with Accept-Language: fr the rights read in French, with the same codes and parameters', async () => {
    const input = phone({ writtenComplaintOn: '2026-01-08', remedyRefused: true });
    const fr = await post(FRENCH, { input }, { 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.8' });
    expect(fr.errors).toBeUndefined();
    const rights = fr.data!.rightsAssessment;
    expect(rights.nextStep).toBe(
      'Demandez par écrit au vendeur une réduction du prix, ou un remboursement intégral contre restitution du bien. Si le vendeur ne règle pas le litige, saisissez le médiateur de la consommation au plus tard le 8 janvier 2027. Le délai pour agir en justice court jusqu’au 5 janvier 2031.',
    );
    expect(rights.remedies[0]).toMatchObject({ remedy: 'REPAIR', reason: expect.stringContaining('s’il n’est pas justifié (impossibilité, coût disproportionné), vous pouvez exiger l’exécution'), basis: expect.stringContaining('Code de la consommation, art. L217-12') });
    expect(rights.courtPath.explanation).toContain('conciliateur de justice');
    expect(rights.mediation.reason).toContain('la réclamation écrite du 8 janvier 2026');
    expect(rights.legalWarranty.citations).toEqual([{ code: 'FR.L217-3', text: 'Code de la consommation, art. L217-3' }]);
    expect(rights.nextStepMessages[1]).toEqual({ code: 'next.mediator', params: [{ name: 'lapsesOn', value: '2027-01-08' }], text: expect.stringContaining('8 janvier 2027') });
    expect(rights.guidance.find((g: { topic: string }) => g.topic === 'OBSTRUCTION_FINE').text).toContain('amende civile');

    const en = await post(FRENCH, { input });
    expect(en.data!.rightsAssessment.nextStep).toMatch(/^Ask the seller in writing for a price reduction/);
    expect(en.data!.rightsAssessment.nextStepMessages.map((m: { code: string }) => m.code)).toEqual(rights.nextStepMessages.map((m: { code: string }) => m.code));
  });

  it('the locale argument wins over Accept-Language; a language we lack falls back to English', async () => {
    const input = phone();
    const asked = await post(FRENCH, { input, locale: 'en' }, { 'accept-language': 'fr' });
    expect(asked.data!.rightsAssessment.nextStep).toMatch(/^Ask the seller in writing/);
    const german = await post(FRENCH, { input }, { 'accept-language': 'de-DE' });
    expect(german.data!.rightsAssessment.nextStep).toMatch(/^Ask the seller in writing/);
    const wrong = await post(FRENCH, { input, locale: 'de' });
    expect(wrong.errors).toBeDefined();
  });

  it("a dispute's rights read in French too (Dispute.rights), with the amount claimed passed to the court path", async () => {
    const actors = apiActors(api);
    const consumer = await actors.consumer();
    const merchant = await actors.merchant();
    const input = { ...phoneClaim(merchant.merchantId as string), amountClaimed: { amount: '5200.00', currency: 'EUR' } };
    const filed = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input }, consumer.token), 'fileClaim').fileClaim;
    const court = await post(`query($id: ID!) { dispute(id: $id) { rights { courtPath { claimAmount { amount } claimAmountIsPrice amicableAttemptRequired } } } }`, { id: filed.id }, {}, consumer.token);
    expect(court.data!.dispute.rights.courtPath).toEqual({ claimAmount: { amount: '5200.00' }, claimAmountIsPrice: false, amicableAttemptRequired: false });
    const query = `query($id: ID!) { dispute(id: $id) { rights { nextStep mediation { reason } } } }`;
    const fr = await post(query, { id: filed.id }, { 'accept-language': 'fr' }, consumer.token);
    expect(fr.errors).toBeUndefined();
    expect(fr.data!.dispute.rights.nextStep).toMatch(/^(Demandez|Attendez)/);
    expect(fr.data!.dispute.rights.mediation.reason).toContain('la réclamation écrite du');
    const argument = await post(`query($id: ID!) { dispute(id: $id) { rights(locale: en) { nextStep } } }`, { id: filed.id }, { 'accept-language': 'fr' }, consumer.token);
    expect(argument.data!.dispute.rights.nextStep).toMatch(/^(Ask|Wait)/);
  });

  // Review of the journeys, finding 1: the engine assesses as of 1900-01-01 to 2200-12-31; a dispute read as of a later instant is refused on `at`, not an internal error.
  it('disputeAsOf an instant past the dates assessed is refused on at; up to them its rights read', async () => {
    const actors = apiActors(api);
    const consumer = await actors.consumer();
    const merchant = await actors.merchant();
    const filed = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string) }, consumer.token), 'fileClaim').fileClaim;
    const query = `query($id: ID!, $at: String!) { disputeAsOf(id: $id, at: $at) { rights { nextStep } } }`;
    for (const at of ['2200-12-31', '2201-01-01', '9999-12-31T12:00:00Z']) {
      const answer = await post(query, { id: filed.id, at }, { 'accept-language': 'fr' }, consumer.token);
      expect((answer.errors as Array<{ extensions: unknown }>)[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'at', code: 'DATE_OUT_OF_RANGE', message: 'doit tomber entre le 1er janvier 1900 et le 31 décembre 2200, heure de Paris' }],
      });
    }
    // An instant without its offset would be read in the server's time zone (API probe: 2026-03-01T12:00:00
    // was a different instant on each server), and Date's looser forms are no instants at all: refused
    // on at, in French, like a date that does not exist.
    for (const at of ['2026-03-01T12:00:00', '2026-03-01 12:00', '2026-03-01 (hello)', '2026-03-01, 12:00', '2026-02-30', '2026-02-30T12:00:00Z']) {
      const answer = await post(query, { id: filed.id, at }, { 'accept-language': 'fr' }, consumer.token);
      expect({ at, problem: (answer.errors as Array<{ extensions: unknown }> | undefined)?.[0].extensions }).toMatchObject({
        at,
        problem: { code: 'BAD_USER_INPUT', fields: [{ field: 'at', code: 'NOT_AN_INSTANT_OR_DATE', message: 'doit être un instant ISO 8601 avec son décalage horaire, comme 2026-03-01T12:00:00Z, ou une date AAAA-MM-JJ' }] },
      });
    }
    for (const at of ['2030-03-01T12:00:00Z', '2030-03-01T13:00:00+01:00', '2030-03-01T12:00Z', '2030-03-01T12:00:00.123456Z']) {
      expect({ at, errors: (await post(query, { id: filed.id, at }, {}, consumer.token)).errors }).toEqual({ at, errors: undefined });
    }
    // A date is the end of that day in UTC, which is already the next day in Paris: 2200-12-30 is the last date accepted.
    const last = await post(query, { id: filed.id, at: '2200-12-30' }, { 'accept-language': 'fr' }, consumer.token);
    expect(last.errors).toBeUndefined();
    expect(last.data!.disputeAsOf.rights.nextStep).toEqual(expect.any(String));
  });
});

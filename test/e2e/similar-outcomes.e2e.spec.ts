import { apiActors, must, phoneClaim, startTestApp, type Account, type TestApp } from '@recours/testing';

/** similarOutcomes (issue 19 item 4): anonymous figures, each only when at least 10 disputes back it. */
describe('similarOutcomes', () => {
  let api: TestApp;
  let consumer: Account;
  let busy: Account;
  let quiet: Account;

  const QUERY = `query($input: SimilarOutcomesInput!) { similarOutcomes(input: $input) {
    merchant { enough endedDisputes outcomes { outcome remedy count share } medianDaysToResolution resolvedDisputes settledWithoutMediationShare note }
    category { enough endedDisputes outcomes { outcome remedy count share } medianDaysToResolution resolvedDisputes settledWithoutMediationShare note } } }`;
  type Figures = { enough: boolean; endedDisputes: number | null; outcomes: Array<{ outcome: string; remedy: string | null; count: number; share: number }> | null; medianDaysToResolution: number | null; resolvedDisputes: number | null; settledWithoutMediationShare: number | null; note: string };
  type Answer = { similarOutcomes: { merchant: Figures; category: Figures } };

  const run = async (mutation: string, input: Record<string, unknown>, as: Account, inputType = `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`) =>
    must(await api.gql<Record<string, { id: string; offers: Array<{ id: string; by: string }> }>>(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { id offers { id by } } }`, { input }, as.token), mutation)[mutation];
  const file = async (merchant: Account, category: string) => (await run('fileClaim', phoneClaim(merchant.merchantId as string, { product: { ...phoneClaim('x').product, category } }), consumer)).id;
  /** Filed, a repair offered and accepted, carried out: resolved without mediation. */
  async function repaired(merchant: Account, category: string): Promise<void> {
    const disputeId = await file(merchant, category);
    const offered = await run('makeOffer', { disputeId, remedy: 'REPAIR', terms: 'New battery within ten days' }, merchant);
    await run('acceptOffer', { disputeId, offerId: offered.offers.find((o) => o.by === 'MERCHANT')!.id }, consumer, 'OfferAnswerInput');
    await run('confirmRemedy', { disputeId, fulfilled: true, note: 'Works again' }, consumer);
  }
  const withdrawn = async (merchant: Account, category: string) => run('withdrawClaim', { disputeId: await file(merchant, category), reason: 'Sorted out in the shop' }, consumer);

  beforeAll(async () => {
    api = await startTestApp('similar-outcomes');
    const actors = apiActors(api);
    consumer = await actors.consumer();
    busy = await actors.merchant('Busy Shop');
    quiet = await actors.merchant('Quiet Shop');
    // Busy Shop: 10 smartphones repaired and 2 withdrawn (12 ended), one still open; Quiet Shop: 3 withdrawn.
    for (let i = 0; i < 10; i++) await repaired(busy, i % 2 ? 'Smartphone' : ' SMARTPHONE ');
    for (let i = 0; i < 2; i++) await withdrawn(busy, 'smartphone');
    await file(busy, 'smartphone');
    for (let i = 0; i < 3; i++) await withdrawn(quiet, 'Smartphone');
    await withdrawn(quiet, 'Téléviseur');
  }, 180_000);
  afterAll(() => api?.close());

  it('gives the figures where at least 10 ended disputes back them: outcomes by remedy, median days, share settled without mediation', async () => {
    const answer = must(await api.gql<Answer>(QUERY, { input: { merchantId: busy.merchantId, category: 'smartphone' } }), 'busy').similarOutcomes;
    expect(answer.merchant).toEqual({
      enough: true,
      endedDisputes: 12,
      outcomes: [
        { outcome: 'RESOLVED', remedy: 'REPAIR', count: 10, share: 0.833 },
        { outcome: 'WITHDRAWN', remedy: null, count: 2, share: 0.167 },
      ],
      medianDaysToResolution: expect.any(Number),
      resolvedDisputes: 10,
      settledWithoutMediationShare: 0.833,
      note: 'Based on 12 ended disputes.',
    });
    expect(answer.merchant.medianDaysToResolution).toBeGreaterThanOrEqual(0);
    // Across merchants: Busy's 12 and Quiet's 3 in the category, not Quiet's television.
    expect(answer.category).toMatchObject({ enough: true, endedDisputes: 15, resolvedDisputes: 10, settledWithoutMediationShare: 0.667 });
    expect(answer.category.outcomes).toEqual([
      { outcome: 'RESOLVED', remedy: 'REPAIR', count: 10, share: 0.667 },
      { outcome: 'WITHDRAWN', remedy: null, count: 5, share: 0.333 },
    ]);
  });

  it('says there are too few where fewer than 10 back a figure, in French and English, and shows no figure', async () => {
    const answer = must(await api.gql<Answer>(QUERY, { input: { merchantId: quiet.merchantId, category: 'SMARTPHONE' } }), 'quiet').similarOutcomes;
    const tooFew = { enough: false, endedDisputes: null, outcomes: null, medianDaysToResolution: null, resolvedDisputes: null, settledWithoutMediationShare: null };
    expect(answer.merchant).toEqual({ ...tooFew, note: 'Too few ended disputes (fewer than 10) to give figures without anyone being recognisable.' });
    // The category has 15 ended disputes but only 10 resolved: the median is shown; with Quiet Shop's television alone, nothing is.
    expect(answer.category.enough).toBe(true);
    const television = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'fr-FR' },
      body: JSON.stringify({ query: QUERY, variables: { input: { merchantId: quiet.merchantId, category: 'televiseur' } } }),
    }).then((r) => r.json() as Promise<{ data: Answer }>);
    expect(television.data.similarOutcomes.category).toEqual({ ...tooFew, note: 'Trop peu de litiges terminés (moins de 10) pour donner des chiffres sans qu’on puisse reconnaître personne.' });
  });

  it('refuses a malformed merchant id or category naming the field, and answers NOT_FOUND for an unknown merchant', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ merchantId: 'not-an-id', category: 'smartphone' }, 'input.merchantId'],
      [{ merchantId: busy.merchantId, category: '  ' }, 'input.category'],
      [{ merchantId: busy.merchantId, category: 'x'.repeat(101) }, 'input.category'],
      [{ merchantId: busy.merchantId, category: 'nul\u0000' }, 'input.category'],
    ];
    for (const [input, field] of cases) {
      const answer = await api.gql(QUERY, { input });
      expect({ field, code: answer.errors?.[0].extensions?.code, fields: (answer.errors?.[0].extensions?.fields as Array<{ field: string }>)?.map((f) => f.field) }).toEqual({ field, code: 'BAD_USER_INPUT', fields: [field] });
    }
    const unknown = await api.gql(QUERY, { input: { merchantId: '00000000-0000-4000-8000-000000000000', category: 'smartphone' } });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

import { DisputeCommands, DisputeHistories, DisputeTurns } from '@recours/dispute-commands';
import { EVENT_STORE, type EventStore } from '@recours/event-store';
import { apiActors, must, phoneClaim, startTestApp, type Account, type TestApp } from '@recours/testing';

// Accounts, claims taken to a rating through the API: slow on a loaded machine.
jest.setTimeout(180_000);

/**
 * A rating weighs in full when its author had confirmed her address when she rated and the
 * merchant acknowledged the claim, a quarter otherwise. A merchant sees each rating on its
 * disputes and knows who gave it and which claims it acknowledged: a published split of the
 * ratings by weight, or an average that moves as one known consumer rates or confirms her
 * address, told it whether she had confirmed it. The split is published nowhere; a rating needs
 * a confirmed address (leaveFeedback, ADDRESS_NOT_CONFIRMED); a confirmation after rating moves
 * nothing (docs/privacy.md, "Public figures").
 */
describe('the public scorecard does not tell whether a rater confirmed her address', () => {
  let api: TestApp;
  let base: string;

  const run = async (operation: string, input: Record<string, unknown>, token: string) =>
    must(await api.gql<Record<string, { id: string }>>(`mutation($input: ${operation[0].toUpperCase()}${operation.slice(1)}Input!) { ${operation}(input: $input) { id } }`, { input }, token), operation)[operation];

  /** A merchant rated 4 once, on a claim it acknowledged, by a consumer who confirmed her address (else she could not rate). */
  async function ratedOnce(name: string): Promise<Account> {
    const actors = apiActors(api);
    const merchant = await actors.merchant(name);
    const consumer = await actors.consumer('Rater', { confirmed: true });
    const { id: disputeId } = await run('fileClaim', phoneClaim(merchant.merchantId as string), consumer.token);
    await run('acknowledgeClaim', { disputeId }, merchant.token);
    await run('withdrawClaim', { disputeId }, consumer.token);
    await run('leaveFeedback', { disputeId, rating: 4 }, consumer.token);
    return merchant;
  }

  const SCORECARD = `query($id: ID!) { merchantScorecard(merchantId: $id) {
    claimsReceived answeredInTimeShare answeredInTimeBasis medianFirstResponseHours firstResponseBasis resolutionRate resolutionBasis
    mediationShare averageRating ratings ratingsFullWeight ratingsLimitedWeight ratingsSetAside } }`;
  const scorecard = async (merchant: Account) => {
    const { merchantId: _, ...figures } = must(await api.gql<{ merchantScorecard: Record<string, unknown> }>(SCORECARD, { id: merchant.merchantId }), 'merchantScorecard').merchantScorecard;
    return figures;
  };
  const openDataRow = async (merchant: Account) => {
    const json = (await (await fetch(`${base}/open-data/merchant-statistics.json`)).json()) as { rows: Array<Record<string, unknown>> };
    const { merchant_id: _, merchant_name: __, ...figures } = json.rows.find((row) => row.merchant_id === merchant.merchantId) ?? {};
    return figures;
  };

  beforeAll(async () => {
    api = await startTestApp('scorecard_rater_privacy');
    base = api.url.replace(/\/graphql$/, '');
  });
  afterAll(() => api?.close());

  it('publishes no split of the ratings by weight, on the scorecard nor in the open data', async () => {
    const merchant = await ratedOnce('Rated by Claire');
    expect(await scorecard(merchant)).toMatchObject({ ratings: 1, averageRating: 4, ratingsFullWeight: null, ratingsLimitedWeight: null });
    // The columns stay where readers of the files expect them, always empty.
    expect(await openDataRow(merchant)).toMatchObject({ ratings: 1, average_rating: 4, ratings_full_weight: null, ratings_limited_weight: null });
    // Per category and overall, all merchants together, no split either.
    for (const file of ['category-statistics', 'overall-statistics']) {
      const published = JSON.stringify(await (await fetch(`${base}/open-data/${file}.json`)).json());
      expect(published).not.toMatch(/"ratings_(full|limited)_weight":\s*\d/);
    }
  });

  it('a consumer who has not confirmed her address cannot rate: the figures do not move', async () => {
    const actors = apiActors(api);
    const merchant = await ratedOnce('Rated by Zoé');
    const before = await scorecard(merchant);
    const zoe = await actors.consumer('Zoé');
    const { id: disputeId } = await run('fileClaim', phoneClaim(merchant.merchantId as string), zoe.token);
    await run('acknowledgeClaim', { disputeId }, merchant.token);
    await run('withdrawClaim', { disputeId }, zoe.token);
    const refused = await api.gql(`mutation($input: LeaveFeedbackInput!) { leaveFeedback(input: $input) { id } }`, { input: { disputeId, rating: 1 } }, zoe.token);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'DOMAIN_RULE', rule: 'ADDRESS_NOT_CONFIRMED' });
    await api.projectionsCaughtUp();
    expect(await scorecard(merchant)).toMatchObject({ claimsReceived: 2, ratings: 1, averageRating: before.averageRating });
  });

  it('a rating given before rating needed a confirmed address keeps its limited weight when its author confirms later: the average does not move', async () => {
    const actors = apiActors(api);
    const store = api.app.get<EventStore>(EVENT_STORE);
    // The command path as it was: no check of the sender's address (no AccountReferences).
    const before = new DisputeCommands(store, new DisputeTurns(), new DisputeHistories(store));
    const merchant = await actors.merchant('Rated before');
    // 5 by a consumer who had confirmed her address, 1 by one who had not: both claims acknowledged.
    const rate = async (consumer: Account, rating: number) => {
      const { id: disputeId } = await run('fileClaim', phoneClaim(merchant.merchantId as string), consumer.token);
      await run('acknowledgeClaim', { disputeId }, merchant.token);
      await run('withdrawClaim', { disputeId }, consumer.token);
      await before.handle({ kind: 'CONSUMER', id: consumer.id }, new Date(), { type: 'GiveFeedback', disputeId, rating });
    };
    await rate(await actors.consumer('Claire', { confirmed: true }), 5);
    const late = await actors.consumer('Louise');
    await rate(late, 1);
    await api.projectionsCaughtUp();
    const rated = await scorecard(merchant);
    // (5 + 0.25) / 1.25
    expect(rated.ratings).toBe(2);
    expect(rated.averageRating).toBeCloseTo(4.2, 5);

    await actors.confirmAddress(late);
    await api.projectionsCaughtUp();
    // Re-weighed by her confirmation, it would be (5 + 1) / 2 = 3: the merchant would read that she confirmed.
    expect(await scorecard(merchant)).toEqual(rated);
    expect((await openDataRow(merchant)).average_rating).toBeCloseTo(4.2, 5);
  });

  it('keeps the split’s fields for existing clients, deprecated, saying why', async () => {
    const INTROSPECT = `{ __type(name: "MerchantScorecard") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }`;
    const fields = must(await api.gql<{ __type: { fields: Array<{ name: string; isDeprecated: boolean; deprecationReason: string | null }> } }>(INTROSPECT, {}), 'introspection').__type.fields;
    for (const name of ['ratingsFullWeight', 'ratingsLimitedWeight']) {
      expect(fields.find((field) => field.name === name)).toMatchObject({ isDeprecated: true, deprecationReason: expect.stringMatching(/confirmed her e-mail address/) });
    }
  });
});

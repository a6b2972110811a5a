import { apiActors, mailedToken, must, phoneClaim, startTestApp, type Account, type TestApp } from '@recours/testing';
import { Client } from 'pg';

// Four accounts, two claims taken to a rating through the API: slow on a loaded machine.
jest.setTimeout(180_000);

/**
 * A rating weighs in full once its author confirmed her address, a quarter otherwise. A merchant
 * sees each rating on its disputes and knows who gave it: a published split of the ratings by
 * weight, watched as one known consumer rates, told it whether she had confirmed her address.
 * Two merchants, each rated 4 once on a claim it acknowledged, one by a consumer who confirmed
 * her address and one by a consumer who did not, must publish the same figures.
 */
describe('the public scorecard does not tell whether a rater confirmed her address', () => {
  let api: TestApp;
  let base: string;

  const run = async (operation: string, input: Record<string, unknown>, token: string) =>
    must(await api.gql<Record<string, { id: string }>>(`mutation($input: ${operation[0].toUpperCase()}${operation.slice(1)}Input!) { ${operation}(input: $input) { id } }`, { input }, token), operation)[operation];

  /** A merchant rated 4 once, on a claim it acknowledged, by a consumer who confirmed her address or not. */
  async function ratedOnce(name: string, confirmed: boolean): Promise<Account> {
    const actors = apiActors(api);
    const merchant = await actors.merchant(name);
    const consumer = await actors.consumer('Rater');
    if (confirmed) {
      const db = new Client({ connectionString: api.database.url });
      await db.connect();
      const email = await db.query<{ email: string }>(`SELECT email FROM accounts.accounts WHERE id = $1`, [consumer.id]).finally(() => db.end());
      const token = await mailedToken(api.database.url, email.rows[0].email, 'VERIFY_EMAIL');
      must(await api.gql(`mutation($input: ConfirmEmailInput!) { confirmEmail(input: $input) { message } }`, { input: { token } }), 'confirmEmail');
    }
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

  it('publishes the same figures whether the one rater confirmed her address or not, on the scorecard and in the open data', async () => {
    const confirmedRater = await ratedOnce('Rated by Claire', true);
    const unconfirmedRater = await ratedOnce('Rated by Zoé', false);

    const [withConfirmed, withUnconfirmed] = [await scorecard(confirmedRater), await scorecard(unconfirmedRater)];
    expect(withConfirmed).toMatchObject({ ratings: 1, averageRating: 4, ratingsFullWeight: null, ratingsLimitedWeight: null });
    expect(withUnconfirmed).toEqual(withConfirmed);

    const [rowConfirmed, rowUnconfirmed] = [await openDataRow(confirmedRater), await openDataRow(unconfirmedRater)];
    // The columns stay where readers of the files expect them, always empty.
    expect(rowConfirmed).toMatchObject({ ratings: 1, average_rating: 4, ratings_full_weight: null, ratings_limited_weight: null });
    expect(rowUnconfirmed).toEqual(rowConfirmed);
    // Per category and overall, all merchants together, no split either.
    for (const file of ['category-statistics', 'overall-statistics']) {
      const published = JSON.stringify(await (await fetch(`${base}/open-data/${file}.json`)).json());
      expect(published).not.toMatch(/"ratings_(full|limited)_weight":\s*\d/);
    }
  });

  it('keeps the split’s fields for existing clients, deprecated, saying why', async () => {
    const INTROSPECT = `{ __type(name: "MerchantScorecard") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }`;
    const fields = must(await api.gql<{ __type: { fields: Array<{ name: string; isDeprecated: boolean; deprecationReason: string | null }> } }>(INTROSPECT, {}), 'introspection').__type.fields;
    for (const name of ['ratingsFullWeight', 'ratingsLimitedWeight']) {
      expect(fields.find((field) => field.name === name)).toMatchObject({ isDeprecated: true, deprecationReason: expect.stringMatching(/confirmed her e-mail address/) });
    }
  });
});

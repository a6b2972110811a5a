import { EVENT_STORE, type EventStore } from '@recours/event-store';
import { verifyStatistics } from '@recours/read-models';
import { apiActors, must, phoneClaim, startTestApp, type Account, type TestApp } from '@recours/testing';
import { Client } from 'pg';

const PARIS_MONTH = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit' });

// Two accounts, two claims and an offer through the API before the first test: slow on a loaded machine.
jest.setTimeout(120_000);

describe('open data: the merchants statistics, published and recomputed from the log', () => {
  let api: TestApp;
  let shop: Account;
  let base: string;
  beforeAll(async () => {
    api = await startTestApp('open_data');
    base = api.url.replace(/\/graphql$/, '');
    const actors = apiActors(api);
    shop = await actors.merchant('Open Shop');
    const consumer = await actors.consumer('Lina');
    const file = async (category = 'smartphone') =>
      must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(shop.merchantId as string, { product: { ...phoneClaim('').product, category } }) }, consumer.token), 'fileClaim').fileClaim.id;
    // The second spelled otherwise: one category all the same (trimmed, spaces collapsed, lower case).
    const [, answered] = [await file(), await file('  SmartPhone ')];
    await file('Gros   électroménager');
    must(await api.gql(`mutation($input: MakeOfferInput!) { makeOffer(input: $input) { id } }`, { input: { disputeId: answered, remedy: 'REPAIR', terms: 'Repaired within 15 days' } }, shop.token), 'makeOffer');
  });
  afterAll(() => api?.close());

  const month = () => {
    const parts = Object.fromEntries(PARIS_MONTH.formatToParts(new Date()).map((p) => [p.type, p.value]));
    return `${parts.year}-${parts.month}`;
  };

  it('publishes JSON and CSV to anyone, no account needed, named by the merchant', async () => {
    const json = await fetch(`${base}/open-data/merchant-statistics.json`);
    expect(json.status).toBe(200);
    const body = (await json.json()) as { rows: Array<Record<string, unknown>>; columns: string[] };
    const row = body.rows.find((r) => r.merchant_id === shop.merchantId);
    expect(row).toMatchObject({ month: month(), claims_received: 3, answered_in_time_share: 1, answered_in_time_basis: 1, first_response_basis: 1, mediation_share: 0, ratings: 0 });
    expect(String(row!.merchant_name)).toMatch(/^Open Shop /);

    const csv = await fetch(`${base}/open-data/merchant-statistics.csv`);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const [header, ...lines] = (await csv.text()).trim().split('\n');
    expect(header.split(',')).toEqual(body.columns);
    const line = lines.find((l) => l.startsWith(`${shop.merchantId},`));
    expect(line?.split(',').slice(2, 4)).toEqual([month(), '3']);
  });

  it('publishes the same figures per product category and overall, JSON and CSV', async () => {
    const json = (await (await fetch(`${base}/open-data/category-statistics.json`)).json()) as { rows: Array<Record<string, unknown>>; columns: string[] };
    expect(json.columns.slice(0, 3)).toEqual(['category', 'month', 'claims_received']);
    expect(json.rows).toEqual([
      expect.objectContaining({ category: 'gros électroménager', month: month(), claims_received: 1, answered_in_time_basis: 0, answered_in_time_share: null, mediation_share: 0 }),
      expect.objectContaining({ category: 'smartphone', month: month(), claims_received: 2, answered_in_time_share: 1, answered_in_time_basis: 1, mediation_share: 0 }),
    ]);
    const csv = await fetch(`${base}/open-data/category-statistics.csv`);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="category-statistics.csv"');
    const [header, ...lines] = (await csv.text()).trim().split('\n');
    expect(header.split(',')).toEqual(json.columns);
    expect(lines.map((l) => l.split(',').slice(0, 3))).toEqual([
      ['gros électroménager', month(), '1'],
      ['smartphone', month(), '2'],
    ]);

    const overall = (await (await fetch(`${base}/open-data/overall-statistics.json`)).json()) as { rows: Array<Record<string, unknown>>; columns: string[] };
    expect(overall.columns.slice(0, 2)).toEqual(['month', 'claims_received']);
    expect(overall.rows).toEqual([expect.objectContaining({ month: month(), claims_received: 3, answered_in_time_share: 1, answered_in_time_basis: 1 })]);
    expect((await (await fetch(`${base}/open-data/overall-statistics.csv`)).text()).trim().split('\n')[1].split(',').slice(0, 2)).toEqual([month(), '3']);
  });

  it('stats:verify finds every published figure in the log, and names a figure that is not', async () => {
    const store = api.app.get<EventStore>(EVENT_STORE);
    const agreed = await verifyStatistics({ store, connectionString: api.database.url, now: new Date() });
    expect(agreed.differences).toEqual([]);
    expect(agreed).toMatchObject({ rows: 1, categoryRows: 2, overallRows: 1 });
    expect(agreed.events).toBeGreaterThanOrEqual(4);

    // A read model that drifted from the log: the merchant's answer lost.
    const db = new Client({ connectionString: api.database.url });
    await db.connect();
    await db.query(`UPDATE read_models.merchant_claims SET answered_at = NULL WHERE merchant_id = $1`, [shop.merchantId]);
    // And a claim filed under another category than the one it was filed under.
    await db.query(`UPDATE read_models.merchant_claims SET category = 'audio' WHERE merchant_id = $1 AND category = 'gros électroménager'`, [shop.merchantId]);
    await db.end();
    const drifted = await verifyStatistics({ store, connectionString: api.database.url, now: new Date() });
    expect(drifted.differences).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^${shop.merchantId} ${month()} answeredInTimeShare: the log says 1, published null`)),
        `category "smartphone" ${month()} answeredInTimeShare: the log says 1, published null`,
        `overall ${month()} answeredInTimeShare: the log says 1, published null`,
        `category "gros électroménager" ${month()}: in the log (1 claims), not published`,
        `category "audio" ${month()}: published (1 claims), not in the log`,
      ]),
    );

  });
});

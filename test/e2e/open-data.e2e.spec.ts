import { EVENT_STORE, type EventStore } from '@recours/event-store';
import { CATEGORY_MIN_CONSUMERS, verifyStatistics } from '@recours/read-models';
import { apiActors, must, phoneClaim, startTestApp, type Account, type TestApp } from '@recours/testing';
import { Client } from 'pg';

const PARIS_MONTH = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit' });

// Six accounts, seven claims and an offer through the API: slow on a loaded machine.
jest.setTimeout(180_000);

describe('open data: the merchants statistics, published and recomputed from the log', () => {
  let api: TestApp;
  let shop: Account;
  let consumers: Account[];
  let base: string;
  const file = async (consumer: Account, category = 'smartphone') =>
    must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(shop.merchantId as string, { product: { ...phoneClaim('').product, category } }) }, consumer.token), 'fileClaim').fileClaim.id;
  const categoryRows = async () => (await (await fetch(`${base}/open-data/category-statistics.json`)).json()) as { rows: Array<Record<string, unknown>>; columns: string[]; minConsumersPerCategory: number };

  beforeAll(async () => {
    expect(CATEGORY_MIN_CONSUMERS).toBe(5);
    api = await startTestApp('open_data');
    base = api.url.replace(/\/graphql$/, '');
    const actors = apiActors(api);
    shop = await actors.merchant('Open Shop');
    consumers = [];
    for (let i = 0; i < CATEGORY_MIN_CONSUMERS; i++) consumers.push(await actors.consumer(`Lina ${i}`));
    // One consumer files twice (she counts once), the second time spelled otherwise: one category
    // all the same (trimmed, spaces collapsed, lower case). Then three more: four consumers, one
    // fewer than a category needs to be published.
    const [, answered] = [await file(consumers[0]), await file(consumers[0], '  SmartPhone ')];
    for (const consumer of consumers.slice(1, CATEGORY_MIN_CONSUMERS - 1)) await file(consumer);
    // A category only one consumer typed: it would name her.
    await file(consumers[0], 'Gros   Électroménager');
    must(await api.gql(`mutation($input: MakeOfferInput!) { makeOffer(input: $input) { id } }`, { input: { disputeId: answered, remedy: 'REPAIR', terms: 'Repaired within 15 days' } }, shop.token), 'makeOffer');
  });
  afterAll(() => api?.close());

  const month = () => {
    const parts = Object.fromEntries(PARIS_MONTH.formatToParts(new Date()).map((p) => [p.type, p.value]));
    return `${parts.year}-${parts.month}`;
  };

  it('publishes no category fewer consumers than CATEGORY_MIN_CONSUMERS filed in; every claim counts overall', async () => {
    const json = await categoryRows();
    expect(json.columns.slice(0, 3)).toEqual(['category', 'month', 'claims_received']);
    expect(json.rows).toEqual([]);
    expect(json.minConsumersPerCategory).toBe(CATEGORY_MIN_CONSUMERS);
    const csv = (await (await fetch(`${base}/open-data/category-statistics.csv`)).text()).trim().split('\n');
    expect(csv).toEqual([json.columns.join(',')]);
    const overall = (await (await fetch(`${base}/open-data/overall-statistics.json`)).json()) as { rows: Array<Record<string, unknown>> };
    expect(overall.rows).toEqual([expect.objectContaining({ month: month(), claims_received: 6 })]);
    // stats:verify applies the same threshold: nothing published, nothing missing.
    const verification = await verifyStatistics({ store: api.app.get<EventStore>(EVENT_STORE), connectionString: api.database.url, now: new Date() });
    expect(verification.differences).toEqual([]);
    expect(verification).toMatchObject({ rows: 1, categoryRows: 0, overallRows: 1 });

    // The fifth consumer: the category is published, all its claims; the other one still not.
    await file(consumers[CATEGORY_MIN_CONSUMERS - 1]);
    expect((await categoryRows()).rows.map((r) => [r.category, r.claims_received])).toEqual([['smartphone', 6]]);
  });

  it('publishes JSON and CSV to anyone, no account needed, named by the merchant', async () => {
    const json = await fetch(`${base}/open-data/merchant-statistics.json`);
    expect(json.status).toBe(200);
    const body = (await json.json()) as { rows: Array<Record<string, unknown>>; columns: string[] };
    const row = body.rows.find((r) => r.merchant_id === shop.merchantId);
    expect(row).toMatchObject({ month: month(), claims_received: 7, answered_in_time_share: 1, answered_in_time_basis: 1, first_response_basis: 1, mediation_share: 0, ratings: 0 });
    expect(String(row!.merchant_name)).toMatch(/^Open Shop /);

    const csv = await fetch(`${base}/open-data/merchant-statistics.csv`);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const [header, ...lines] = (await csv.text()).trim().split('\n');
    expect(header.split(',')).toEqual(body.columns);
    const line = lines.find((l) => l.startsWith(`${shop.merchantId},`));
    expect(line?.split(',').slice(2, 4)).toEqual([month(), '7']);
  });

  it('publishes the same figures per product category and overall, JSON and CSV', async () => {
    const json = await categoryRows();
    expect(json.rows).toEqual([expect.objectContaining({ category: 'smartphone', month: month(), claims_received: 6, answered_in_time_share: 1, answered_in_time_basis: 1, mediation_share: 0 })]);
    const csv = await fetch(`${base}/open-data/category-statistics.csv`);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="category-statistics.csv"');
    const [header, ...lines] = (await csv.text()).trim().split('\n');
    expect(header.split(',')).toEqual(json.columns);
    expect(lines.map((l) => l.split(',').slice(0, 3))).toEqual([['smartphone', month(), '6']]);

    const overall = (await (await fetch(`${base}/open-data/overall-statistics.json`)).json()) as { rows: Array<Record<string, unknown>>; columns: string[] };
    expect(overall.columns.slice(0, 2)).toEqual(['month', 'claims_received']);
    expect(overall.rows).toEqual([expect.objectContaining({ month: month(), claims_received: 7, answered_in_time_share: 1, answered_in_time_basis: 1 })]);
    expect((await (await fetch(`${base}/open-data/overall-statistics.csv`)).text()).trim().split('\n')[1].split(',').slice(0, 2)).toEqual([month(), '7']);
  });

  it('stats:verify finds every published figure in the log, and names a figure that is not', async () => {
    const store = api.app.get<EventStore>(EVENT_STORE);
    const agreed = await verifyStatistics({ store, connectionString: api.database.url, now: new Date() });
    expect(agreed.differences).toEqual([]);
    expect(agreed).toMatchObject({ rows: 1, categoryRows: 1, overallRows: 1 });
    expect(agreed.events).toBeGreaterThanOrEqual(8);

    // A read model that drifted from the log: the merchant's answer lost.
    const db = new Client({ connectionString: api.database.url });
    await db.connect();
    try {
      await db.query(`UPDATE read_models.merchant_claims SET answered_at = NULL WHERE merchant_id = $1`, [shop.merchantId]);
      const drifted = await verifyStatistics({ store, connectionString: api.database.url, now: new Date() });
      expect(drifted.differences).toEqual(
        expect.arrayContaining([
          expect.stringMatching(new RegExp(`^${shop.merchantId} ${month()} answeredInTimeShare: the log says 1, published null`)),
          `category "smartphone" ${month()} answeredInTimeShare: the log says 1, published null`,
          `overall ${month()} answeredInTimeShare: the log says 1, published null`,
        ]),
      );
      // And the claims filed under one category moved to another: the threshold counts the moved consumers there.
      await db.query(`UPDATE read_models.merchant_claims SET category = 'gros electromenager' WHERE merchant_id = $1 AND category = 'smartphone'`, [shop.merchantId]);
      const moved = await verifyStatistics({ store, connectionString: api.database.url, now: new Date() });
      expect(moved.differences).toEqual(
        expect.arrayContaining([`category "smartphone" ${month()}: in the log (6 claims), not published`, `category "gros electromenager" ${month()}: published (7 claims), not in the log`]),
      );
    } finally {
      await db.end();
    }
  });
});

import { ALL_PROJECTIONS } from '../projections/all-projections';
import { DisputeScript } from '../testing/dispute-script';
import { JOURNEYS, type Cast } from '../testing/journeys';
import { catchUp, lastPositionOf, startTestKit, type TestKit } from '../testing/test-kit';
import { DisputeSummaries } from './dispute-summaries.query';
import { InvalidPageError } from './page';

let kit: TestKit;
let summaries: DisputeSummaries;
let scripts: DisputeScript[];

const cast = (filedOn: string, consumerId = 'consumer-1'): Cast => ({ consumerId, merchantId: 'merchant-1', mediatorId: 'mediator-3', associationId: 'ufc-paris', filedOn });

beforeAll(async () => {
  kit = await startTestKit('summaries_query');
  // consumer-1 files five claims, one a day from 03-03 (two the same day); consumer-2 one.
  const plan: [string, keyof typeof JOURNEYS, Cast][] = [
    ['s-1', 'resolvedByRepair', cast('2025-03-03')],
    ['s-2', 'withAssociation', cast('2025-03-04')],
    ['s-3', 'agreedRepair', cast('2025-03-05')],
    ['s-4', 'withdrawn', cast('2025-03-06')],
    ['s-5', 'agreedRepair', cast('2025-03-06')],
    ['other', 'agreedRepair', cast('2025-03-07', 'consumer-2')],
  ];
  scripts = [];
  for (const [id, journey, c] of plan) {
    const script = new DisputeScript(id, kit.store);
    await JOURNEYS[journey](script, c);
    scripts.push(script);
  }
  await catchUp(kit.projector(ALL_PROJECTIONS), lastPositionOf(scripts));
  summaries = new DisputeSummaries(kit.dataSource);
});

afterAll(async () => kit?.close());

describe('DisputeSummaries', () => {
  it('finds one dispute at a glance', async () => {
    expect(await summaries.findDisputeSummary('s-2')).toEqual({
      disputeId: 's-2',
      consumerId: 'consumer-1',
      merchantId: 'merchant-1',
      mediatorId: null,
      advisers: [],
      associationId: 'ufc-paris',
      product: { name: 'Dishwasher DW-3', brand: 'Laverte', model: 'WX-900', category: 'Large appliances', condition: 'NEW' },
      status: 'AWAITING_MERCHANT',
      turn: 'MERCHANT',
      requestedRemedy: 'REPAIR',
      price: { amount: '649.00', currency: 'EUR' },
      openOffer: { offerId: 'c-1', side: 'CONSUMER', remedy: 'REFUND', amount: { amount: '649.00', currency: 'EUR' }, expiresAt: '2025-03-21T23:00:00.000Z' },
      agreedRemedy: null,
      nextDeadline: { kind: 'MERCHANT_RESPONSE', dueAt: '2025-03-17T23:00:00.000Z' },
      filedAt: '2025-03-04T09:00:00.000Z',
      lastActivityAt: '2025-03-07T12:00:00.000Z',
      version: 4,
      consumerVersion: 4,
      lastPosition: scripts[1].lastPosition,
    });
    expect(await summaries.findDisputeSummary('s-3')).toMatchObject({
      status: 'AGREED',
      openOffer: null,
      agreedRemedy: { remedy: 'REPAIR', amount: null, dueAt: '2025-03-20T23:00:00.000Z' },
    });
  });

  it('answers null for a dispute it does not know', async () => {
    expect(await summaries.findDisputeSummary('nope')).toBeNull();
  });

  it("pages a consumer's disputes, newest filed first, with the total", async () => {
    const first = await summaries.listDisputesForConsumer('consumer-1', { first: 2 });
    expect(first.nodes.map((d) => d.disputeId)).toEqual(['s-5', 's-4']);
    expect(first).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true } });
    const second = await summaries.listDisputesForConsumer('consumer-1', { first: 2, after: first.pageInfo.endCursor! });
    expect(second.nodes.map((d) => d.disputeId)).toEqual(['s-3', 's-2']);
    const third = await summaries.listDisputesForConsumer('consumer-1', { first: 2, after: second.pageInfo.endCursor! });
    expect(third.nodes.map((d) => d.disputeId)).toEqual(['s-1']);
    expect(third).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: false } });
    // Each node's cursor resumes right after it, the last one being the page's end cursor.
    expect(first.cursors).toHaveLength(2);
    expect(first.cursors[1]).toBe(first.pageInfo.endCursor);
    const afterFirst = await summaries.listDisputesForConsumer('consumer-1', { first: 1, after: first.cursors[0] });
    expect(afterFirst.nodes.map((d) => d.disputeId)).toEqual(['s-4']);
  });

  it('filters by status, the total with it', async () => {
    const agreed = await summaries.listDisputesForConsumer('consumer-1', { status: 'AGREED' });
    expect(agreed.nodes.map((d) => d.disputeId)).toEqual(['s-5', 's-3']);
    expect(agreed).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: false } });
    expect(await summaries.listDisputesForConsumer('consumer-9')).toEqual({ nodes: [], cursors: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('refuses a cursor it did not make, and a page size below one; null is the default size', async () => {
    await expect(summaries.listDisputesForConsumer('consumer-1', { after: 'bogus' })).rejects.toBeInstanceOf(InvalidPageError);
    // The right length and types, but no instant where the list sorts by one: refused before SQL.
    const shapedButWrong = Buffer.from(JSON.stringify(['nope', 'x'])).toString('base64url');
    await expect(summaries.listDisputesForConsumer('consumer-1', { after: shapedButWrong })).rejects.toBeInstanceOf(InvalidPageError);
    await expect(summaries.listDisputesForConsumer('consumer-1', { first: 0 })).rejects.toBeInstanceOf(InvalidPageError);
    expect((await summaries.listDisputesForConsumer('consumer-1', { first: null })).nodes.length).toBeGreaterThan(0);
  });
});

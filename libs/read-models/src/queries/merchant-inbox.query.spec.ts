import { ALL_PROJECTIONS } from '../projections/all-projections';
import { MERCHANT_INBOX, MERCHANT_INBOX_TALLY } from '../projections/dispute-cases/dispute-cases.tables';
import { writeTables } from '../projections/write-rows';
import { READ_MODELS_SCHEMA } from '../schema/read-models-schema';
import { DisputeScript } from '../testing/dispute-script';
import { JOURNEYS, type Cast } from '../testing/journeys';
import { claimOf, consumer } from '../testing/parties';
import { catchUp, lastPositionOf, startTestKit, type TestKit } from '../testing/test-kit';
import { MerchantInbox } from './merchant-inbox.query';

let kit: TestKit;
let inbox: MerchantInbox;

const cast = (merchantId = 'merchant-1'): Cast => ({ consumerId: 'consumer-1', merchantId, mediatorId: 'mediator-3', associationId: 'ufc-paris', filedOn: '2025-03-03' });
// Midnight in Paris after 16 March: the association's case falls due at this very instant.
const NOW = new Date('2025-03-16T23:00:00.000Z');

beforeAll(async () => {
  kit = await startTestKit('inbox_query');
  const scripts: DisputeScript[] = [];
  const play = async (id: string, journey: keyof typeof JOURNEYS, c = cast()) => {
    const script = new DisputeScript(id, kit.store);
    await JOURNEYS[journey](script, c);
    scripts.push(script);
  };
  const fresh = new DisputeScript('fresh', kit.store);
  await fresh.do('FileClaim', '2025-03-03T09:00:00.000Z', consumer(), claimOf('merchant-1'));
  scripts.push(fresh);
  await play('assoc', 'withAssociation');
  await play('agreed', 'agreedRepair');
  await play('med', 'inMediation');
  await play('silent', 'silentMerchant'); // waits for the platform, not the merchant
  await play('resolved', 'resolvedByRepair'); // over
  await play('elsewhere', 'agreedRepair', cast('merchant-2'));
  await catchUp(kit.projector(ALL_PROJECTIONS), lastPositionOf(scripts));
  // No dispute the decider can produce waits for the merchant without a date; the inbox still
  // orders such a row last, so one is written by hand, as the projection writes (its counts with it).
  const client = await kit.pool.connect();
  try {
    const rows = [
      { dispute_id: 'undated', merchant_id: 'merchant-1', consumer_id: 'consumer-1', product_name: 'Toaster', status: 'IN_MEDIATION', turn: 'BOTH', due_kind: null, due_at: null, last_activity_at: '2025-03-10T10:00:00Z', assignee_id: null, escalation_level: null },
    ];
    await writeTables(client, READ_MODELS_SCHEMA, [{ table: MERCHANT_INBOX, rows, tally: MERCHANT_INBOX_TALLY }]);
  } finally {
    client.release();
  }
  inbox = new MerchantInbox(kit.dataSource);
});

afterAll(async () => kit?.close());

describe('MerchantInbox', () => {
  it('lists what waits for the merchant, soonest due first, undated last, overdue judged at now', async () => {
    const page = await inbox.list('merchant-1', { now: NOW });
    expect(page.nodes.map(({ disputeId, turn, status, due, overdue }) => ({ disputeId, turn, status, due, overdue }))).toEqual([
      // Filed 03-03: the answer was due by 03-13.
      { disputeId: 'fresh', turn: 'MERCHANT', status: 'AWAITING_MERCHANT', due: { kind: 'MERCHANT_RESPONSE', at: '2025-03-13T23:00:00.000Z' }, overdue: true },
      // The counter-offer's response period passes exactly now: overdue.
      { disputeId: 'assoc', turn: 'MERCHANT', status: 'AWAITING_MERCHANT', due: { kind: 'MERCHANT_RESPONSE', at: '2025-03-16T23:00:00.000Z' }, overdue: true },
      { disputeId: 'agreed', turn: 'MERCHANT', status: 'AGREED', due: { kind: 'REMEDY_DUE', at: '2025-03-18T23:00:00.000Z' }, overdue: false },
      { disputeId: 'med', turn: 'MERCHANT', status: 'IN_MEDIATION', due: { kind: 'SETTLEMENT_ANSWER', at: '2025-04-07T22:00:00.000Z' }, overdue: false },
      { disputeId: 'undated', turn: 'BOTH', status: 'IN_MEDIATION', due: null, overdue: false },
    ]);
    expect(page).toMatchObject({ totalCount: 5, overdueCount: 2, pageInfo: { hasNextPage: false } });
    expect(page.nodes[0]).toMatchObject({ consumerId: 'consumer-1', productName: 'Washing machine WX-900', lastActivityAt: '2025-03-03T09:00:00.000Z' });
  });

  it('pages through dated and undated items alike', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await inbox.list('merchant-1', { now: NOW, first: 2, after });
      seen.push(...page.nodes.map((item) => item.disputeId));
      expect(page.totalCount).toBe(5);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(seen).toEqual(['fresh', 'assoc', 'agreed', 'med', 'undated']);
    const end = await inbox.list('merchant-1', { now: NOW, after: (await inbox.list('merchant-1', { now: NOW })).pageInfo.endCursor! });
    expect(end.nodes).toEqual([]);
  });

  it('narrows to one status, or to what is overdue', async () => {
    expect((await inbox.list('merchant-1', { now: NOW, status: 'AGREED' })).nodes.map((i) => i.disputeId)).toEqual(['agreed']);
    const overdue = await inbox.list('merchant-1', { now: NOW, overdueOnly: true });
    expect(overdue.nodes.map((i) => i.disputeId)).toEqual(['fresh', 'assoc']);
    expect(overdue).toMatchObject({ totalCount: 2, overdueCount: 2 });
  });

  it("shows nothing of another merchant's disputes", async () => {
    expect((await inbox.list('merchant-2', { now: NOW })).nodes.map((i) => i.disputeId)).toEqual(['elsewhere']);
  });
});

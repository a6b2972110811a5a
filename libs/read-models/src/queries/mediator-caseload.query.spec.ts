import { ALL_PROJECTIONS } from '../projections/all-projections';
import { DisputeScript } from '../testing/dispute-script';
import { JOURNEYS, type Cast } from '../testing/journeys';
import { admin } from '../testing/parties';
import { catchUp, lastPositionOf, startTestKit, type TestKit } from '../testing/test-kit';
import { MediatorCaseload } from './mediator-caseload.query';

let kit: TestKit;
let caseload: MediatorCaseload;

const cast = (filedOn: string, mediatorId = 'mediator-3'): Cast => ({ consumerId: 'consumer-1', merchantId: 'merchant-1', mediatorId, associationId: 'ufc-paris', filedOn });

beforeAll(async () => {
  kit = await startTestKit('caseload_query');
  const admissible = new DisputeScript('admissible', kit.store);
  await JOURNEYS.inMediation(admissible, cast('2025-03-03'));
  // Mediation requested on 03-11 after the merchant's silence; admissibility not decided by 04-01; a mediator assigned on 04-03.
  const requested = new DisputeScript('requested', kit.store);
  await JOURNEYS.silentMerchant(requested, cast('2025-02-28'));
  await requested.do('AssignMediator', '2025-04-03T10:00:00.000Z', admin, { mediatorId: 'mediator-3' });
  const other = new DisputeScript('other', kit.store);
  await JOURNEYS.inMediation(other, cast('2025-03-03', 'mediator-8'));
  await catchUp(kit.projector(ALL_PROJECTIONS), lastPositionOf([admissible, requested, other]));
  caseload = new MediatorCaseload(kit.dataSource);
});

afterAll(async () => kit?.close());

describe('MediatorCaseload', () => {
  it("lists a mediator's cases, the clock that runs out first first, with the days left on the 90-day clock", async () => {
    expect(await caseload.list('mediator-3', { now: new Date('2025-06-01T15:00:00Z') })).toEqual([
      {
        disputeId: 'requested',
        consumerId: 'consumer-1',
        merchantId: 'merchant-1',
        productName: 'Fridge FR-1',
        stage: 'REQUESTED',
        status: 'MEDIATION_REQUESTED',
        turn: 'MEDIATOR',
        // Filed 02-28, answer due by 03-10, mediation asked on 03-11: admissibility due by 04-01, recorded as passed.
        requestedAt: '2025-03-11T10:00:00.000Z',
        admissibilityDueAt: '2025-04-01T22:00:00.000Z',
        admissibilityOverdue: true,
        fileCompletedAt: null,
        outcomeDueOn: null,
        outcomeDueAt: null,
        outcomeOverdue: false,
        outcomeDaysLeft: null,
      },
      {
        disputeId: 'admissible',
        consumerId: 'consumer-1',
        merchantId: 'merchant-1',
        productName: 'Washing machine WX-900',
        stage: 'ADMISSIBLE',
        status: 'IN_MEDIATION',
        turn: 'MERCHANT',
        requestedAt: '2025-03-06T10:00:00.000Z',
        admissibilityDueAt: '2025-03-27T23:00:00.000Z',
        admissibilityOverdue: false,
        // The file the consumer sent with her request on 03-06: the 90 days run from it (R612-2, R612-5), not from the decision on 03-08.
        fileCompletedAt: '2025-03-06T10:00:00.000Z',
        outcomeDueOn: '2025-06-04',
        outcomeDueAt: '2025-06-04T22:00:00.000Z',
        outcomeOverdue: false,
        // 06-01 to 06-04.
        outcomeDaysLeft: 3,
      },
    ]);
  });

  it('counts the days left from today in France: zero on the last day, negative once it passed', async () => {
    const daysLeft = async (now: string) => (await caseload.list('mediator-3', { now: new Date(now) })).find((c) => c.disputeId === 'admissible')!.outcomeDaysLeft;
    // 23:59:59 in Paris (summer time) on the last day, then midnight in Paris: still 06-04 in UTC.
    expect(await daysLeft('2025-06-04T21:59:59Z')).toBe(0);
    expect(await daysLeft('2025-06-04T22:00:00Z')).toBe(-1);
    expect(await daysLeft('2025-06-06T00:00:00Z')).toBe(-2);
  });

  it('pages the caseload with the same order', async () => {
    const now = new Date('2025-06-01T15:00:00Z');
    const first = await caseload.page('mediator-3', { now, first: 1 });
    expect(first.nodes.map((c) => c.disputeId)).toEqual(['requested']);
    expect(first).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const second = await caseload.page('mediator-3', { now, first: 1, after: first.pageInfo.endCursor! });
    expect(second.nodes.map((c) => [c.disputeId, c.outcomeDaysLeft])).toEqual([['admissible', 3]]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect((await caseload.page('mediator-3', { now, status: 'IN_MEDIATION' })).nodes.map((c) => c.disputeId)).toEqual(['admissible']);
  });
});

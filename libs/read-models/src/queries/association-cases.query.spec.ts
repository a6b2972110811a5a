import { ALL_PROJECTIONS } from '../projections/all-projections';
import { DisputeScript } from '../testing/dispute-script';
import { JOURNEYS, type Cast } from '../testing/journeys';
import { association, consumer } from '../testing/parties';
import { catchUp, lastPositionOf, startTestKit, type TestKit } from '../testing/test-kit';
import { AssociationCases } from './association-cases.query';

let kit: TestKit;
let cases: AssociationCases;

const cast = (consumerId: string, filedOn: string, associationId = 'ufc-paris'): Cast => ({ consumerId, merchantId: 'merchant-1', mediatorId: 'mediator-3', associationId, filedOn });

beforeAll(async () => {
  kit = await startTestKit('association_query');
  const scripts = ['early', 'late', 'revoked', 'other', 'revoked-after-end', 'renounced', 'renounced-after-end'].map((id) => new DisputeScript(id, kit.store));
  await JOURNEYS.withAssociation(scripts[0], cast('consumer-1', '2025-03-03'));
  await JOURNEYS.withAssociation(scripts[1], cast('consumer-2', '2025-03-10'));
  await JOURNEYS.withAssociation(scripts[2], cast('consumer-3', '2025-03-05'));
  await scripts[2].do('RevokeRepresentation', '2025-03-09T10:00:00.000Z', consumer('consumer-3'), {});
  await JOURNEYS.withAssociation(scripts[3], cast('consumer-4', '2025-03-03', 'clcv-lyon'));
  // A mandate on a dispute that has ended is still hers to take back.
  await JOURNEYS.withAssociation(scripts[4], cast('consumer-5', '2025-03-04'));
  await scripts[4].do('WithdrawClaim', '2025-03-08T10:00:00.000Z', consumer('consumer-5'), {});
  await scripts[4].do('RevokeRepresentation', '2025-03-09T11:00:00.000Z', consumer('consumer-5'), {});
  // Renounced by the association (C. civ. art. 2007), while the dispute runs and after its end: gone as a revoked one.
  await JOURNEYS.withAssociation(scripts[5], cast('consumer-6', '2025-03-06'));
  await scripts[5].do('RenounceRepresentation', '2025-03-10T10:00:00.000Z', association('ufc-paris'), { reason: 'Nous ne pouvons plus suivre ce dossier.' });
  await JOURNEYS.withAssociation(scripts[6], cast('consumer-7', '2025-03-04'));
  await scripts[6].do('WithdrawClaim', '2025-03-08T10:00:00.000Z', consumer('consumer-7'), {});
  await scripts[6].do('RenounceRepresentation', '2025-03-10T11:00:00.000Z', association('ufc-paris'), { reason: 'Dossier clos.' });
  await catchUp(kit.projector(ALL_PROJECTIONS), lastPositionOf(scripts));
  cases = new AssociationCases(kit.dataSource);
});

afterAll(async () => kit?.close());

describe('AssociationCases', () => {
  it('lists the cases under a live mandate, most recently active first', async () => {
    const page = await cases.list('ufc-paris');
    expect(page.nodes).toEqual([
      {
        disputeId: 'late',
        consumerId: 'consumer-2',
        merchantId: 'merchant-1',
        productName: 'Dishwasher DW-3',
        status: 'AWAITING_MERCHANT',
        turn: 'MERCHANT',
        mandateGrantedAt: '2025-03-11T10:00:00.000Z',
        // The counter-offer of 03-13 gave the merchant to 03-23.
        nextDeadline: { kind: 'MERCHANT_RESPONSE', dueAt: '2025-03-23T23:00:00.000Z' },
        lastActivityAt: '2025-03-13T12:00:00.000Z',
      },
      expect.objectContaining({ disputeId: 'early', mandateGrantedAt: '2025-03-04T10:00:00.000Z', lastActivityAt: '2025-03-06T12:00:00.000Z' }),
    ]);
    // The revoked and renounced mandates (one of each after the dispute ended) are gone from the list, and another association's case was never in it.
    expect(page.totalCount).toBe(2);
    expect((await cases.list('clcv-lyon')).nodes.map((c) => c.disputeId)).toEqual(['other']);
  });

  it('pages, and filters by status', async () => {
    const first = await cases.list('ufc-paris', { first: 1 });
    expect(first).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const second = await cases.list('ufc-paris', { first: 1, after: first.pageInfo.endCursor! });
    expect([...first.nodes, ...second.nodes].map((c) => c.disputeId)).toEqual(['late', 'early']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect((await cases.list('ufc-paris', { status: 'AGREED' })).totalCount).toBe(0);
  });
});

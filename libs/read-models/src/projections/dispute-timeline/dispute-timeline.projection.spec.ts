import { disputeStreamId } from '@recours/disputes';
import { DisputeScript } from '../../testing/dispute-script';
import { JOURNEYS } from '../../testing/journeys';
import { catchUp, lastPositionOf, rowsOf, startTestKit, type TestKit } from '../../testing/test-kit';
import { disputeTimelineProjection } from './dispute-timeline.projection';

const ALL = ['CONSUMER', 'MERCHANT', 'MEDIATOR', 'ASSOCIATION'];
const cast = { consumerId: 'consumer-2', merchantId: 'merchant-1', mediatorId: 'mediator-3', associationId: 'ufc-paris', filedOn: '2025-03-03' };

let kit: TestKit;

beforeAll(async () => {
  kit = await startTestKit('dispute_timeline');
  const scripts = [new DisputeScript('med', kit.store), new DisputeScript('assoc', kit.store)];
  await JOURNEYS.inMediation(scripts[0], cast);
  await JOURNEYS.withAssociation(scripts[1], { ...cast, consumerId: 'consumer-3' });
  await catchUp(kit.projector([disputeTimelineProjection], { batchSize: 4 }), lastPositionOf(scripts));
});

afterAll(async () => kit?.close());

const timeline = (disputeId: string) =>
  rowsOf(kit.pool, 'SELECT stream_version, event_type, occurred_at, actor_kind, actor_id, on_behalf_of, summary, visible_to FROM read_models.dispute_timeline WHERE dispute_id = $1 ORDER BY stream_version', [disputeId]);

describe('dispute-timeline projection', () => {
  it('writes one line per event in plain words, private notes and side messages kept from the other side', async () => {
    expect(await timeline('med')).toEqual([
      { stream_version: 0, event_type: 'ClaimFiled', occurred_at: '2025-03-03T09:00:00.000Z', actor_kind: 'CONSUMER', actor_id: 'consumer-2', on_behalf_of: null, visible_to: ALL,
        summary: 'The consumer filed a claim about the Laverte Washing machine WX-900, asking for a repair. The merchant has until 2025-03-13 to answer.' },
      { stream_version: 1, event_type: 'ClaimRejected', occurred_at: '2025-03-05T10:00:00.000Z', actor_kind: 'MERCHANT_AGENT', actor_id: 'agent-7', on_behalf_of: null, visible_to: ALL,
        summary: 'The merchant rejected the claim: Limescale: misuse.' },
      { stream_version: 2, event_type: 'MediationRequested', occurred_at: '2025-03-06T10:00:00.000Z', actor_kind: 'CONSUMER', actor_id: 'consumer-2', on_behalf_of: null, visible_to: ALL,
        summary: 'The consumer asked for mediation (Refused without looking). The mediator has until 2025-03-27 to decide whether the request is admissible.' },
      { stream_version: 3, event_type: 'MediatorAssigned', occurred_at: '2025-03-07T10:00:00.000Z', actor_kind: 'ADMIN', actor_id: 'admin-1', on_behalf_of: null, visible_to: ALL,
        summary: 'The platform assigned a mediator.' },
      { stream_version: 4, event_type: 'MediationAdmissibilityDecided', occurred_at: '2025-03-08T10:00:00.000Z', actor_kind: 'MEDIATOR', actor_id: 'mediator-3', on_behalf_of: null, visible_to: ALL,
        summary: 'The mediator found the request admissible. The mediation has until 2025-06-06 to reach an outcome.' },
      { stream_version: 5, event_type: 'MessagePosted', occurred_at: '2025-03-09T10:00:00.000Z', actor_kind: 'MEDIATOR', actor_id: 'mediator-3', on_behalf_of: null, visible_to: ['MEDIATOR'],
        summary: 'The mediator noted privately: “Merchant seems firm”' },
      { stream_version: 6, event_type: 'MessagePosted', occurred_at: '2025-03-09T11:00:00.000Z', actor_kind: 'CONSUMER', actor_id: 'consumer-2', on_behalf_of: null, visible_to: ['CONSUMER', 'MEDIATOR', 'ASSOCIATION'],
        summary: 'The consumer wrote to the mediator: “I can send the repair report”' },
      { stream_version: 7, event_type: 'SettlementProposed', occurred_at: '2025-03-23T10:00:00.000Z', actor_kind: 'MEDIATOR', actor_id: 'mediator-3', on_behalf_of: null, visible_to: ALL,
        summary: 'The mediator proposed a settlement: a price reduction of 150.00 EUR, to be carried out within 30 days (Partial refund).' },
      { stream_version: 8, event_type: 'SettlementAccepted', occurred_at: '2025-03-24T10:00:00.000Z', actor_kind: 'CONSUMER', actor_id: 'consumer-2', on_behalf_of: null, visible_to: ALL,
        summary: 'The consumer accepted the settlement.' },
    ]);
  });

  it('says an association acted for the consumer, naming no id (names are the reader\'s, rendered at read time)', async () => {
    expect(await timeline('assoc')).toEqual([
      { stream_version: 0, event_type: 'ClaimFiled', occurred_at: '2025-03-03T09:00:00.000Z', actor_kind: 'CONSUMER', actor_id: 'consumer-3', on_behalf_of: null, visible_to: ALL,
        summary: 'The consumer filed a claim about the Laverte Dishwasher DW-3, asking for a repair. The merchant has until 2025-03-13 to answer.' },
      { stream_version: 1, event_type: 'RepresentationGranted', occurred_at: '2025-03-04T10:00:00.000Z', actor_kind: 'CONSUMER', actor_id: 'consumer-3', on_behalf_of: null, visible_to: ALL,
        summary: 'The consumer gave an association a mandate to act for them.' },
      { stream_version: 2, event_type: 'OfferMade', occurred_at: '2025-03-05T10:00:00.000Z', actor_kind: 'MERCHANT_AGENT', actor_id: 'agent-7', on_behalf_of: null, visible_to: ALL,
        summary: 'The merchant offered a price reduction of 50.00 EUR, to be carried out within 14 days. The offer is open until 2025-03-19.' },
      { stream_version: 3, event_type: 'OfferMade', occurred_at: '2025-03-06T10:00:00.000Z', actor_kind: 'ASSOCIATION', actor_id: 'ufc-paris', on_behalf_of: 'consumer-3', visible_to: ALL,
        summary: 'The association, for the consumer, made a counter-offer: a refund of 649.00 EUR, to be carried out within 14 days. The offer is open until 2025-03-20. The merchant has until 2025-03-16 to answer.' },
      { stream_version: 4, event_type: 'MessagePosted', occurred_at: '2025-03-06T12:00:00.000Z', actor_kind: 'ASSOCIATION', actor_id: 'ufc-paris', on_behalf_of: 'consumer-3', visible_to: ALL,
        summary: 'The association, for the consumer, wrote: “The defect is covered by the legal guarantee”' },
    ]);
  });

  it('keeps each event’s id and global position, as stored', async () => {
    const stored = await kit.store.readStream(disputeStreamId('med'));
    const rows = await rowsOf(kit.pool, `SELECT event_id, global_position FROM read_models.dispute_timeline WHERE dispute_id = 'med' ORDER BY stream_version`);
    expect(rows).toEqual(stored.map((event) => ({ event_id: event.id, global_position: event.globalPosition.toString() })));
  });
});

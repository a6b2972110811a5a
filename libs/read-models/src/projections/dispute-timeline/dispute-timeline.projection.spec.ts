import { disputeStreamId, type DisputeEventOfType } from '@recours/disputes';
import { DisputeScript, toNewEvent } from '../../testing/dispute-script';
import { association } from '../../testing/parties';
import { JOURNEYS } from '../../testing/journeys';
import { catchUp, lastPositionOf, rowsOf, startTestKit, type TestKit } from '../../testing/test-kit';
import { disputeTimelineProjection } from './dispute-timeline.projection';

const ALL = ['CONSUMER', 'MERCHANT', 'MEDIATOR', 'ASSOCIATION'];
const cast = { consumerId: 'consumer-2', merchantId: 'merchant-1', mediatorId: 'mediator-3', associationId: 'ufc-paris', filedOn: '2025-03-03' };

/** A timeline row as stored: who acted (kind, id, and the consumer an association acted for), what it says, who may read it. */
const line = (version: number, type: string, at: string, [kind, id, onBehalfOf = null]: [string, string, (string | null)?], summary: string, visibleTo = ALL) => ({
  stream_version: version,
  event_type: type,
  occurred_at: at,
  actor_kind: kind,
  actor_id: id,
  on_behalf_of: onBehalfOf,
  visible_to: visibleTo,
  summary,
});

let kit: TestKit;
/** The association's reason, owed to the consumer alone (C. civ. art. 2007). */
const WHY = 'Dossier infondé, nous ne le suivrons plus.';

beforeAll(async () => {
  kit = await startTestKit('dispute_timeline');
  const scripts = [new DisputeScript('med', kit.store), new DisputeScript('assoc', kit.store), new DisputeScript('renounced', kit.store), new DisputeScript('renounced-before', kit.store)];
  await JOURNEYS.inMediation(scripts[0], cast);
  await JOURNEYS.withAssociation(scripts[1], { ...cast, consumerId: 'consumer-3' });
  await JOURNEYS.withAssociation(scripts[2], { ...cast, consumerId: 'consumer-4' });
  await scripts[2].do('RenounceRepresentation', '2025-03-07T10:00:00.000Z', association(), { reason: WHY });
  // A stream recorded before RepresentationEnded existed: the renunciation alone.
  await JOURNEYS.withAssociation(scripts[3], { ...cast, consumerId: 'consumer-5' });
  const alone = scripts[2].events.at(-2) as DisputeEventOfType<'RepresentationRenounced'>;
  const appended = await kit.store.appendToStream(disputeStreamId('renounced-before'), [toNewEvent({ ...alone, data: { ...alone.data, disputeId: 'renounced-before', onBehalfOf: 'consumer-5' } }, association())], { expectedVersion: scripts[3].events.length - 1 });
  await catchUp(kit.projector([disputeTimelineProjection], { batchSize: 4 }), appended.lastPosition);
});

afterAll(async () => kit?.close());

const timeline = (disputeId: string) =>
  rowsOf(kit.pool, 'SELECT stream_version, event_type, occurred_at, actor_kind, actor_id, on_behalf_of, summary, visible_to FROM read_models.dispute_timeline WHERE dispute_id = $1 ORDER BY stream_version', [disputeId]);

describe('dispute-timeline projection', () => {
  it('writes one line per event in plain words, private notes and side messages kept from the other side', async () => {
    expect(await timeline('med')).toEqual([
      line(0, 'ClaimFiled', '2025-03-03T09:00:00.000Z', ['CONSUMER', 'consumer-2'], 'The consumer filed a claim about the Laverte Washing machine WX-900, asking for a repair. The merchant has until 13 March 2025 to answer.'),
      line(1, 'ClaimRejected', '2025-03-05T10:00:00.000Z', ['MERCHANT_AGENT', 'agent-7'], 'The merchant rejected the claim: Limescale: misuse.'),
      line(2, 'MediationRequested', '2025-03-06T10:00:00.000Z', ['CONSUMER', 'consumer-2'], 'The consumer asked for mediation (Refused without looking). The mediator has until 27 March 2025 to decide whether the request is admissible.'),
      line(3, 'MediatorAssigned', '2025-03-07T10:00:00.000Z', ['ADMIN', 'admin-1'], 'The platform assigned a mediator.'),
      line(4, 'MediationAdmissibilityDecided', '2025-03-08T10:00:00.000Z', ['MEDIATOR', 'mediator-3'], 'The mediator found the request admissible. The mediation has until 4 June 2025 to reach an outcome.'),
      line(5, 'MessagePosted', '2025-03-09T10:00:00.000Z', ['MEDIATOR', 'mediator-3'], 'The mediator noted privately: “Merchant seems firm”', ['MEDIATOR']),
      line(6, 'MessagePosted', '2025-03-09T11:00:00.000Z', ['CONSUMER', 'consumer-2'], 'The consumer wrote to the mediator: “I can send the repair report”', ['CONSUMER', 'MEDIATOR', 'ASSOCIATION']),
      line(7, 'SettlementProposed', '2025-03-23T10:00:00.000Z', ['MEDIATOR', 'mediator-3'], 'The mediator proposed a settlement: a price reduction of €150.00, to be carried out within 30 days (Partial refund). The parties have until 7 April 2025 to accept or refuse it.'),
      line(8, 'SettlementAccepted', '2025-03-24T10:00:00.000Z', ['CONSUMER', 'consumer-2'], 'The consumer accepted the settlement.'),
    ]);
  });

  it('says an association acted for the consumer, naming no id (names are the reader\'s, rendered at read time)', async () => {
    expect(await timeline('assoc')).toEqual([
      line(0, 'ClaimFiled', '2025-03-03T09:00:00.000Z', ['CONSUMER', 'consumer-3'], 'The consumer filed a claim about the Laverte Dishwasher DW-3, asking for a repair. The merchant has until 13 March 2025 to answer.'),
      line(1, 'RepresentationGranted', '2025-03-04T10:00:00.000Z', ['CONSUMER', 'consumer-3'], 'The consumer gave an association a mandate to act for them.'),
      line(2, 'OfferMade', '2025-03-05T10:00:00.000Z', ['MERCHANT_AGENT', 'agent-7'], 'The merchant offered a price reduction of €50.00, to be carried out within 14 days. The offer is open until 19 March 2025.'),
      line(3, 'OfferMade', '2025-03-06T10:00:00.000Z', ['ASSOCIATION', 'ufc-paris', 'consumer-3'], 'The association, for the consumer, made a counter-offer: a refund of €649.00, to be carried out within 14 days. The offer is open until 20 March 2025. The merchant has until 16 March 2025 to answer.'),
      line(4, 'MessagePosted', '2025-03-06T12:00:00.000Z', ['ASSOCIATION', 'ufc-paris', 'consumer-3'], 'The association, for the consumer, wrote: “The defect is covered by the legal guarantee”'),
    ]);
  });

  it('a renunciation: its reason on a line for the consumer’s side only, and a line for every party that the association no longer represents her, without it', async () => {
    const [renounced, ended] = (await timeline('renounced')).slice(-2);
    expect(renounced).toEqual(line(5, 'RepresentationRenounced', '2025-03-07T10:00:00.000Z', ['ASSOCIATION', 'ufc-paris', 'consumer-4'], `The association renounced the mandate: ${WHY}`, ['CONSUMER', 'ASSOCIATION']));
    expect(ended).toEqual(line(6, 'RepresentationEnded', '2025-03-07T10:00:00.000Z', ['ASSOCIATION', 'ufc-paris', 'consumer-4'], 'The association ended its mandate: it no longer represents the consumer in this dispute.'));
    const merchants = await rowsOf(kit.pool, `SELECT * FROM read_models.dispute_timeline WHERE dispute_id = 'renounced' AND 'MERCHANT' = ANY(visible_to)`);
    expect(merchants.map((row) => row.event_type)).toContain('RepresentationEnded');
    expect(JSON.stringify(merchants)).not.toContain('infondé');
  });

  it('a stream recorded before RepresentationEnded existed projects as it did: the renunciation for the consumer’s side, nothing for the others', async () => {
    const rows = await timeline('renounced-before');
    expect(rows.slice(-1)).toEqual([line(5, 'RepresentationRenounced', '2025-03-07T10:00:00.000Z', ['ASSOCIATION', 'ufc-paris', 'consumer-5'], `The association renounced the mandate: ${WHY}`, ['CONSUMER', 'ASSOCIATION'])]);
    expect(rows.map((row) => row.event_type)).not.toContain('RepresentationEnded');
  });

  it('keeps each event’s id and global position, as stored', async () => {
    const stored = await kit.store.readStream(disputeStreamId('med'));
    const rows = await rowsOf(kit.pool, `SELECT event_id, global_position FROM read_models.dispute_timeline WHERE dispute_id = 'med' ORDER BY stream_version`);
    expect(rows).toEqual(stored.map((event) => ({ event_id: event.id, global_position: event.globalPosition.toString() })));
  });
});

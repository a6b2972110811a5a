import { ALL_PROJECTIONS } from '../projections/all-projections';
import { DisputeScript } from '../testing/dispute-script';
import { association, consumer } from '../testing/parties';
import { JOURNEYS } from '../testing/journeys';
import { catchUp, startTestKit, type TestKit } from '../testing/test-kit';
import { DisputeTimeline } from './dispute-timeline.query';

let kit: TestKit;
let timeline: DisputeTimeline;

beforeAll(async () => {
  kit = await startTestKit('timeline_query');
  const script = new DisputeScript('med', kit.store);
  await JOURNEYS.inMediation(script, { consumerId: 'consumer-1', merchantId: 'merchant-1', mediatorId: 'mediator-3', associationId: 'ufc-paris', filedOn: '2025-03-03' });
  // The consumer mandates one association, which renounces; asks two others for advice, and stops with one.
  const consulted = new DisputeScript('consulted', kit.store);
  await JOURNEYS.withAssociation(consulted, { consumerId: 'consumer-2', merchantId: 'merchant-1', mediatorId: 'mediator-3', associationId: 'ufc-paris', filedOn: '2025-03-03' });
  await consulted.do('RenounceRepresentation', '2025-03-07T10:00:00.000Z', association('ufc-paris'), { reason: 'Dossier infondé' });
  await consulted.do('ShareForAdvice', '2025-03-08T10:00:00.000Z', consumer('consumer-2'), { associationId: 'clcv-lyon' });
  await consulted.do('ShareForAdvice', '2025-03-08T11:00:00.000Z', consumer('consumer-2'), { associationId: 'afoc-nantes' });
  await consulted.do('StopSharingForAdvice', '2025-03-08T12:00:00.000Z', consumer('consumer-2'), { associationId: 'afoc-nantes' });
  await catchUp(kit.projector(ALL_PROJECTIONS), consulted.lastPosition);
  timeline = new DisputeTimeline(kit.dataSource);
});

afterAll(async () => kit?.close());

const versions = async (viewer: Parameters<DisputeTimeline['forViewer']>[1]) => (await timeline.forViewer('med', viewer)).map((entry) => entry.version);

describe('DisputeTimeline', () => {
  it("gives each viewer the lines it may read: the mediator's note and the consumer's word to the mediator are not the merchant's", async () => {
    const ids = async (viewer: Parameters<DisputeTimeline['forViewer']>[1]) => (await timeline.forViewer('med', viewer)).map((entry) => entry.eventId);
    // The stream's events 5 (the mediator's note) and 6 (the consumer's word to the mediator).
    const all = await ids('MEDIATOR');
    expect(all).toHaveLength(9);
    expect(await ids('CONSUMER')).toEqual(all.filter((_, i) => i !== 5));
    expect(await ids('ASSOCIATION')).toEqual(all.filter((_, i) => i !== 5));
    expect(await ids('MERCHANT')).toEqual(all.filter((_, i) => i !== 5 && i !== 6));
  });

  it('numbers each viewer’s lines over what it may read: the lines kept from it leave no gap to count them by', async () => {
    expect(await versions('MEDIATOR')).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await versions('CONSUMER')).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(await versions('ASSOCIATION')).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(await versions('MERCHANT')).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('an association reads its own sharing for advice and its own renunciation, never another association’s; the consumer reads them all, each numbered without gaps', async () => {
    const read = async (viewer: 'CONSUMER' | 'ASSOCIATION', account?: string) => (await timeline.forViewer('consulted', viewer, account)).map((entry) => [entry.version, entry.type, entry.text]);
    const types = async (viewer: 'CONSUMER' | 'ASSOCIATION', account?: string) => (await read(viewer, account)).map(([, type]) => type);
    const kept = ['RepresentationRenounced', 'SharedForAdvice', 'SharingForAdviceEnded'];
    expect((await types('CONSUMER')).filter((type) => kept.includes(type as string))).toEqual(['RepresentationRenounced', 'SharedForAdvice', 'SharedForAdvice', 'SharingForAdviceEnded']);
    expect((await types('ASSOCIATION', 'clcv-lyon')).filter((type) => kept.includes(type as string))).toEqual(['SharedForAdvice']);
    expect((await types('ASSOCIATION', 'afoc-nantes')).filter((type) => kept.includes(type as string))).toEqual(['SharedForAdvice', 'SharingForAdviceEnded']);
    expect((await types('ASSOCIATION', 'ufc-paris')).filter((type) => kept.includes(type as string))).toEqual(['RepresentationRenounced']);
    // Without the association's account, none of those.
    expect((await types('ASSOCIATION')).filter((type) => kept.includes(type as string))).toEqual([]);
    const lyon = await read('ASSOCIATION', 'clcv-lyon');
    expect(lyon.map(([version]) => version)).toEqual(lyon.map((_, i) => i));
    expect(JSON.stringify(lyon)).not.toContain('infondé');
  });

  it('says who did what, when, in plain words', async () => {
    const [, rejected] = await timeline.forViewer('med', 'MERCHANT');
    expect(rejected).toEqual({
      version: 1,
      eventId: expect.any(String),
      type: 'ClaimRejected',
      at: '2025-03-05T10:00:00.000Z',
      actor: { kind: 'MERCHANT_AGENT', id: 'agent-7' },
      onBehalfOf: null,
      text: 'The merchant rejected the claim: Limescale: misuse.',
    });
    expect(await timeline.forViewer('unknown', 'CONSUMER')).toEqual([]);
  });
});

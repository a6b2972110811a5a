import { disputeEventOf, disputeStreamId, readsEvent, VERSION_READERS, type DisputeEventOfType } from '@recours/disputes';
import { DisputeScript, toNewEvent } from '../../testing/dispute-script';
import { association } from '../../testing/parties';
import { JOURNEYS, type Cast } from '../../testing/journeys';
import { catchUp, lastPositionOf, rowsOf, startTestKit, type TestKit } from '../../testing/test-kit';
import type { Projector } from '../../runner/projector';
import { disputeCasesProjection } from './dispute-cases.projection';

/*
 * Five disputes filed on 2025-03-03 at 09:00 UTC, driven through the real decider and the real
 * PostgreSQL event store, then projected. Every expected date below is worked out from the
 * default policy (10 days to answer, offers open 14 days, reminders 2 days before) and the
 * legal periods (21 days for admissibility, 90 for the outcome): a period of n days from day d
 * ends on d + n and has passed from midnight in Paris after it (23:00 UTC in March, 22:00 UTC from 30 March).
 */
const F = '2025-03-03';
const cast = (over: Partial<Cast>): Cast => ({ consumerId: 'consumer-1', merchantId: 'merchant-1', mediatorId: 'mediator-3', associationId: 'ufc-paris', filedOn: F, ...over });

let kit: TestKit;
let projector: Projector;
const scripts: Record<string, DisputeScript> = {};

beforeAll(async () => {
  kit = await startTestKit('dispute_cases');
  const play = async (id: string, journey: keyof typeof JOURNEYS, over: Partial<Cast>) => {
    scripts[id] = new DisputeScript(id, kit.store);
    await JOURNEYS[journey](scripts[id], cast(over));
  };
  await play('a-resolved', 'resolvedByRepair', {});
  await play('b-mediation', 'inMediation', { consumerId: 'consumer-2' });
  await play('c-association', 'withAssociation', { consumerId: 'consumer-3', merchantId: 'merchant-2' });
  await play('d-silent', 'silentMerchant', { consumerId: 'consumer-4', merchantId: 'merchant-2' });
  await play('e-agreed', 'agreedRepair', {});
  // Small batches: the journeys' events reach the projection over several transactions.
  projector = kit.projector([disputeCasesProjection], { batchSize: 7 });
  await catchUp(projector, lastPositionOf(Object.values(scripts)));
});

afterAll(async () => kit?.close());

const product = (name: string) => ({ name, brand: 'Laverte', model: 'WX-900', category: 'Large appliances', condition: 'NEW' });

describe('dispute-cases projection', () => {
  it('keeps one summary per dispute: parties, status, turn, amounts, next deadline, version and position', async () => {
    const rows = await rowsOf(kit.pool, 'SELECT * FROM read_models.dispute_summaries ORDER BY dispute_id');
    const common = { requested_remedy: 'REPAIR', price_amount: '649.00', price_currency: 'EUR', filed_at: '2025-03-03T09:00:00.000Z' };
    const noOffer = { offer_id: null, offer_side: null, offer_remedy: null, offer_amount: null, offer_currency: null, offer_expires_at: null };
    const noAgreement = { agreed_remedy: null, agreed_amount: null, agreed_currency: null, remedy_due_at: null };
    // None of these journeys shares a dispute for advice (the associations e2e spec does).
    expect(rows.map(({ state: _state, ...row }) => row)).toEqual(rows.map(() => expect.objectContaining({ advisers: [] })));
    // Each reader's count, over the events it reads (as dispute(id) counts: the adviser-timeline e2e spec compares the two).
    for (const row of rows) {
      const events = (await kit.store.readStream(disputeStreamId(row.dispute_id as string))).map(disputeEventOf);
      const counted = Object.fromEntries(VERSION_READERS.map((reader) => [reader, events.filter((event) => readsEvent(reader, event)).length - 1]));
      expect({ dispute: row.dispute_id, versions: row.reader_versions }).toEqual({ dispute: row.dispute_id, versions: { ...counted, OWN: {} } });
    }
    // Whoever the state names as the author of what it keeps (authorsOf): an erasure finds the dispute by them (disputesNaming).
    expect(Object.fromEntries(rows.map((row) => [row.dispute_id, row.authors]))).toEqual({
      'a-resolved': ['agent-7', 'consumer-1'],
      'b-mediation': ['consumer-2', 'mediator-3'],
      'c-association': ['agent-7', 'consumer-3', 'ufc-paris'],
      'd-silent': ['consumer-4'],
      'e-agreed': ['agent-7', 'consumer-1'],
    });
    expect(rows.map(({ state: _state, advisers: _advisers, reader_versions: _readers, assignee_id: _assignee, authors: _authors, ...row }) => row)).toEqual([
      {
        ...common, ...noOffer,
        dispute_id: 'a-resolved', consumer_id: 'consumer-1', merchant_id: 'merchant-1', mediator_id: null, association_id: null,
        product: product('Washing machine WX-900'), status: 'RESOLVED', turn: 'NONE',
        // The repair carried out stays the agreed remedy on record; nothing is due any more.
        agreed_remedy: 'REPAIR', agreed_amount: null, agreed_currency: null, remedy_due_at: null,
        next_deadline_kind: null, next_deadline_at: null,
        last_activity_at: '2025-03-14T10:00:00.000Z', version: 6, consumer_version: 6, last_position: String(scripts['a-resolved'].lastPosition),
        // Ended: the retention job counts RETENTION_YEARS from its end.
        retention_from: '2025-03-13T10:00:00.000Z',
      },
      {
        ...common, ...noOffer, ...noAgreement,
        dispute_id: 'b-mediation', consumer_id: 'consumer-2', merchant_id: 'merchant-1', mediator_id: 'mediator-3', association_id: null,
        product: product('Washing machine WX-900'), status: 'IN_MEDIATION',
        // The consumer accepted the settlement: the merchant's acceptance is awaited.
        turn: 'MERCHANT',
        // Admissible on 03-08: 90 days end on 06-06.
        next_deadline_kind: 'SETTLEMENT_ANSWER', next_deadline_at: '2025-04-07T22:00:00.000Z',
        last_activity_at: '2025-03-24T10:00:00.000Z', version: 8, last_position: String(scripts['b-mediation'].lastPosition), retention_from: null,
        // The mediator's own note is not the consumer's to count: her version is one behind the stream's.
        consumer_version: 7,
      },
      {
        ...common, ...noAgreement,
        dispute_id: 'c-association', consumer_id: 'consumer-3', merchant_id: 'merchant-2', mediator_id: null, association_id: 'ufc-paris',
        product: product('Dishwasher DW-3'), status: 'AWAITING_MERCHANT', turn: 'MERCHANT',
        // The association's counter-offer of 03-06 is the latest open offer (open 14 days: to 03-20).
        offer_id: 'c-1', offer_side: 'CONSUMER', offer_remedy: 'REFUND', offer_amount: '649.00', offer_currency: 'EUR', offer_expires_at: '2025-03-20T23:00:00.000Z',
        // The counter-offer gave the merchant 10 days to answer: to 03-16.
        next_deadline_kind: 'MERCHANT_RESPONSE', next_deadline_at: '2025-03-16T23:00:00.000Z',
        last_activity_at: '2025-03-06T12:00:00.000Z', version: 4, consumer_version: 4, last_position: String(scripts['c-association'].lastPosition), retention_from: null,
      },
      {
        ...common, ...noOffer, ...noAgreement,
        dispute_id: 'd-silent', consumer_id: 'consumer-4', merchant_id: 'merchant-2', mediator_id: null, association_id: null,
        product: product('Fridge FR-1'), status: 'MEDIATION_REQUESTED',
        // No mediator yet: the platform must assign one. Both running deadlines were recorded as passed.
        turn: 'ADMIN', next_deadline_kind: null, next_deadline_at: null,
        last_activity_at: '2025-04-04T22:00:00.000Z', version: 4, consumer_version: 4, last_position: String(scripts['d-silent'].lastPosition), retention_from: null,
      },
      {
        ...common, ...noOffer,
        dispute_id: 'e-agreed', consumer_id: 'consumer-1', merchant_id: 'merchant-1', mediator_id: null, association_id: null,
        product: product('Oven OV-2'), status: 'AGREED', turn: 'MERCHANT',
        // Accepted on 03-08, 10 days to carry it out: to 03-18.
        agreed_remedy: 'REPAIR', agreed_amount: null, agreed_currency: null, remedy_due_at: '2025-03-18T23:00:00.000Z',
        next_deadline_kind: 'REMEDY_DUE', next_deadline_at: '2025-03-18T23:00:00.000Z',
        last_activity_at: '2025-03-08T10:00:00.000Z', version: 2, consumer_version: 2, last_position: String(scripts['e-agreed'].lastPosition), retention_from: null,
      },
    ]);
  });

  it('keeps in each summary the state the decider folds from the stream, its messages without their words', async () => {
    const rows = await rowsOf(kit.pool, 'SELECT dispute_id, state FROM read_models.dispute_summaries');
    for (const row of rows) {
      const decided = JSON.parse(JSON.stringify(scripts[row.dispute_id as string].current));
      expect(row.state).toEqual({ ...decided, messages: decided.messages.map((message: object) => ({ ...message, body: '' })) });
    }
    // The mediation's journey wrote two messages: both are there, by whom and when, and no word of them.
    const [mediation] = rows.filter((row) => row.dispute_id === 'b-mediation') as Array<{ state: { messages: Array<{ messageId: string; body: string }> } }>;
    expect(mediation.state.messages.map(({ messageId, body }) => ({ messageId, body }))).toEqual([
      { messageId: 'note-1', body: '' },
      { messageId: 'm-1', body: '' },
    ]);
    expect(JSON.stringify(rows)).not.toContain('Merchant seems firm');
  });

  it('lists in the merchant inbox the disputes waiting for the merchant, with what is due and when', async () => {
    expect(await rowsOf(kit.pool, 'SELECT * FROM read_models.merchant_inbox ORDER BY dispute_id')).toEqual([
      {
        dispute_id: 'b-mediation', merchant_id: 'merchant-1', consumer_id: 'consumer-2', product_name: 'Washing machine WX-900',
        status: 'IN_MEDIATION', turn: 'MERCHANT', due_kind: 'SETTLEMENT_ANSWER', due_at: '2025-04-07T22:00:00.000Z', last_activity_at: '2025-03-24T10:00:00.000Z', assignee_id: null, escalation_level: 'FRONT_DESK',
      },
      {
        dispute_id: 'c-association', merchant_id: 'merchant-2', consumer_id: 'consumer-3', product_name: 'Dishwasher DW-3',
        status: 'AWAITING_MERCHANT', turn: 'MERCHANT', due_kind: 'MERCHANT_RESPONSE', due_at: '2025-03-16T23:00:00.000Z', last_activity_at: '2025-03-06T12:00:00.000Z', assignee_id: null, escalation_level: 'FRONT_DESK',
      },
      {
        dispute_id: 'e-agreed', merchant_id: 'merchant-1', consumer_id: 'consumer-1', product_name: 'Oven OV-2',
        status: 'AGREED', turn: 'MERCHANT', due_kind: 'REMEDY_DUE', due_at: '2025-03-18T23:00:00.000Z', last_activity_at: '2025-03-08T10:00:00.000Z', assignee_id: null, escalation_level: 'FRONT_DESK',
      },
    ]);
  });

  it('puts a mediation in its mediator caseload with both clocks', async () => {
    expect(await rowsOf(kit.pool, 'SELECT * FROM read_models.mediator_caseload ORDER BY dispute_id')).toEqual([
      {
        dispute_id: 'b-mediation', mediator_id: 'mediator-3', consumer_id: 'consumer-2', merchant_id: 'merchant-1', product_name: 'Washing machine WX-900',
        stage: 'ADMISSIBLE', status: 'IN_MEDIATION', turn: 'MERCHANT',
        // Requested 03-06: 21 days to decide admissibility, to 03-27.
        requested_at: '2025-03-06T10:00:00.000Z', admissibility_due_at: '2025-03-27T23:00:00.000Z', admissibility_overdue: false,
        // The file came with the request on 03-06: the 90 days run from it (R612-2, R612-5), not from the decision on 03-08.
        file_completed_at: '2025-03-06T10:00:00.000Z', outcome_due_on: '2025-06-04', outcome_due_at: '2025-06-04T22:00:00.000Z', outcome_overdue: false,
        next_due_at: '2025-06-04T22:00:00.000Z', last_activity_at: '2025-03-24T10:00:00.000Z',
      },
    ]);
  });

  it('lists a dispute for the association holding a live mandate on it', async () => {
    expect(await rowsOf(kit.pool, 'SELECT * FROM read_models.association_cases ORDER BY dispute_id')).toEqual([
      {
        dispute_id: 'c-association', association_id: 'ufc-paris', consumer_id: 'consumer-3', merchant_id: 'merchant-2', product_name: 'Dishwasher DW-3',
        status: 'AWAITING_MERCHANT', turn: 'MERCHANT', mandate_granted_at: '2025-03-04T10:00:00.000Z',
        next_deadline_kind: 'MERCHANT_RESPONSE', next_deadline_at: '2025-03-16T23:00:00.000Z', last_activity_at: '2025-03-06T12:00:00.000Z',
      },
    ]);
  });

  it('lists every deadline still running, with what it refers to and when to remind', async () => {
    expect(await rowsOf(kit.pool, 'SELECT * FROM read_models.open_deadlines ORDER BY due_at, dispute_id')).toEqual([
      // The counter-offer of 03-06 gave the merchant to 03-16.
      { dispute_id: 'c-association', kind: 'MERCHANT_RESPONSE', refers_to: '', due_on: '2025-03-16', due_at: '2025-03-16T23:00:00.000Z', owed_by: 'MERCHANT', remind_at: '2025-03-13T23:00:00.000Z', reminded: false },
      { dispute_id: 'e-agreed', kind: 'REMEDY_DUE', refers_to: '', due_on: '2025-03-18', due_at: '2025-03-18T23:00:00.000Z', owed_by: 'MERCHANT', remind_at: '2025-03-15T23:00:00.000Z', reminded: false },
      // The merchant's offer of 03-05 is for the consumer to answer; the counter-offer, for the merchant.
      { dispute_id: 'c-association', kind: 'OFFER_EXPIRY', refers_to: 'o-1', due_on: '2025-03-19', due_at: '2025-03-19T23:00:00.000Z', owed_by: 'CONSUMER', remind_at: '2025-03-16T23:00:00.000Z', reminded: false },
      { dispute_id: 'c-association', kind: 'OFFER_EXPIRY', refers_to: 'c-1', due_on: '2025-03-20', due_at: '2025-03-20T23:00:00.000Z', owed_by: 'MERCHANT', remind_at: '2025-03-17T23:00:00.000Z', reminded: false },
      // The mediator's proposal of 03-23 (15 days, R612-4), accepted by the consumer: the merchant's answer is awaited, reminded 3 days before.
      { dispute_id: 'b-mediation', kind: 'SETTLEMENT_ANSWER', refers_to: '', due_on: '2025-04-07', due_at: '2025-04-07T22:00:00.000Z', owed_by: 'MERCHANT', remind_at: '2025-04-04T22:00:00.000Z', reminded: false },
      { dispute_id: 'b-mediation', kind: 'MEDIATION_OUTCOME_DUE', refers_to: '', due_on: '2025-06-04', due_at: '2025-06-04T22:00:00.000Z', owed_by: 'MEDIATOR', remind_at: '2025-06-01T22:00:00.000Z', reminded: false },
    ]);
  });

  it('moves a dispute between read models as it goes on: the inbox, deadlines and mandate follow the latest event', async () => {
    const c = scripts['c-association'];
    const merchant = { kind: 'MERCHANT_AGENT' as const, id: 'agent-7', merchantId: 'merchant-2' };
    await c.do('AcceptOffer', '2025-03-07T10:00:00.000Z', merchant, { offerId: 'c-1' });
    await c.do('RevokeRepresentation', '2025-03-07T11:00:00.000Z', { kind: 'CONSUMER', id: 'consumer-3' }, {});
    // The runner went live after catching up: it applies these as they come.
    await catchUp(projector, lastPositionOf(Object.values(scripts)));

    const [summary] = await rowsOf(kit.pool, `SELECT status, turn, association_id, offer_id, agreed_remedy, agreed_amount, remedy_due_at, version FROM read_models.dispute_summaries WHERE dispute_id = 'c-association'`);
    // Refund agreed on 03-07, 14 days to pay: to 03-21. The merchant's own offer lapsed with the agreement.
    expect(summary).toEqual({ status: 'AGREED', turn: 'MERCHANT', association_id: null, offer_id: null, agreed_remedy: 'REFUND', agreed_amount: '649.00', remedy_due_at: '2025-03-21T23:00:00.000Z', version: c.events.length - 1 });
    expect(await rowsOf(kit.pool, `SELECT kind, refers_to, due_at FROM read_models.open_deadlines WHERE dispute_id = 'c-association'`)).toEqual([
      { kind: 'REMEDY_DUE', refers_to: '', due_at: '2025-03-21T23:00:00.000Z' },
    ]);
    expect(await rowsOf(kit.pool, `SELECT due_kind, due_at FROM read_models.merchant_inbox WHERE dispute_id = 'c-association'`)).toEqual([{ due_kind: 'REMEDY_DUE', due_at: '2025-03-21T23:00:00.000Z' }]);
    expect(await rowsOf(kit.pool, `SELECT dispute_id FROM read_models.association_cases`)).toEqual([]);
  });

  it('a renounced mandate leaves the same rows whether its stream holds RepresentationEnded or, recorded before it existed, RepresentationRenounced alone', async () => {
    const now = new DisputeScript('f-renounced', kit.store);
    const before = new DisputeScript('g-renounced-before', kit.store);
    await JOURNEYS.withAssociation(now, cast({ consumerId: 'consumer-6' }));
    await JOURNEYS.withAssociation(before, cast({ consumerId: 'consumer-6' }));
    await now.do('RenounceRepresentation', '2025-03-07T10:00:00.000Z', association(), { reason: 'Nous ne pouvons plus suivre ce dossier.' });
    const renounced = now.events[now.events.length - 2] as DisputeEventOfType<'RepresentationRenounced'>;
    const { lastPosition } = await kit.store.appendToStream(disputeStreamId(before.disputeId), [toNewEvent({ ...renounced, data: { ...renounced.data, disputeId: before.disputeId } }, association())], { expectedVersion: before.events.length - 1 });
    await catchUp(projector, lastPosition);

    const rows = await rowsOf(kit.pool, `SELECT * FROM read_models.dispute_summaries WHERE dispute_id IN ('f-renounced', 'g-renounced-before') ORDER BY dispute_id`);
    // Alike but for the activity the lists show: RepresentationEnded, which every party reads, moves
    // it; RepresentationRenounced alone, the consumer side's own, does not.
    const [a, b] = rows.map(({ dispute_id: _id, version: _v, consumer_version: _cv, reader_versions: _rv, last_position: _p, last_activity_at: _at, state, ...row }) => {
      const { lastSharedEventAt: _shared, ...folded } = state as Record<string, unknown>;
      return { ...row, state: { ...folded, disputeId: '' } };
    });
    expect(a).toEqual(b);
    const [ended, renouncedOnly] = rows.map((row) => new Date(row.last_activity_at as string).toISOString());
    expect(ended).toBe('2025-03-07T10:00:00.000Z');
    expect(renouncedOnly! < ended!).toBe(true);
    expect(a).toMatchObject({ association_id: null, state: { mandate: null } });
    expect(rows.map((row) => row.version)).toEqual([now.events.length - 1, before.events.length]);
    // The consumer reads both the renunciation and its end: her count is the stream's.
    expect(rows.map((row) => row.consumer_version)).toEqual(rows.map((row) => row.version));
    // The association named reads the renunciation too (its own, OWN), the others not; RepresentationEnded everyone.
    expect(rows.map((row) => row.reader_versions)).toEqual(
      rows.map(({ version }) => ({ CONSUMER: version, MERCHANT: (version as number) - 1, MEDIATOR: (version as number) - 1, ASSOCIATION: (version as number) - 1, ADMIN: (version as number) - 1, OWN: { 'ufc-paris': 1 } })),
    );
    expect(await rowsOf(kit.pool, `SELECT dispute_id FROM read_models.association_cases WHERE dispute_id IN ('f-renounced', 'g-renounced-before')`)).toEqual([]);
  });
});

import { ALL_PROJECTIONS } from '../projections/all-projections';
import type { Projector } from '../runner/projector';
import { DisputeScript } from '../testing/dispute-script';
import { JOURNEYS, type Cast } from '../testing/journeys';
import { system } from '../testing/parties';
import { catchUp, lastPositionOf, startTestKit, type TestKit } from '../testing/test-kit';
import { OpenDeadlines } from './open-deadlines.query';

let kit: TestKit;
let projector: Projector;
let deadlines: OpenDeadlines;
let assoc: DisputeScript;

const cast: Cast = { consumerId: 'consumer-1', merchantId: 'merchant-1', mediatorId: 'mediator-3', associationId: 'ufc-paris', filedOn: '2025-03-03' };

beforeAll(async () => {
  kit = await startTestKit('deadlines_query');
  assoc = new DisputeScript('assoc', kit.store);
  await JOURNEYS.withAssociation(assoc, cast);
  const agreed = new DisputeScript('agreed', kit.store);
  await JOURNEYS.agreedRepair(agreed, cast);
  projector = kit.projector(ALL_PROJECTIONS);
  await catchUp(projector, lastPositionOf([assoc, agreed]));
  deadlines = new OpenDeadlines(kit.dataSource);
});

afterAll(async () => kit?.close());

const at = (instant: string) => new Date(instant);

describe('OpenDeadlines', () => {
  it('lists the deadlines passed at an instant, oldest first, naming the offer an expiry is about', async () => {
    // The first passes at midnight in Paris after 16 March, 23:00 UTC: nothing a second before.
    expect(await deadlines.passedAt(at('2025-03-16T22:59:59Z'))).toEqual([]);
    expect(await deadlines.passedAt(at('2025-03-20T00:00:00Z'))).toEqual([
      { disputeId: 'assoc', kind: 'MERCHANT_RESPONSE', dueOn: '2025-03-16', dueAt: '2025-03-16T23:00:00.000Z', owedBy: 'MERCHANT', remindAt: '2025-03-13T23:00:00.000Z', reminded: false },
      { disputeId: 'agreed', kind: 'REMEDY_DUE', dueOn: '2025-03-18', dueAt: '2025-03-18T23:00:00.000Z', owedBy: 'MERCHANT', remindAt: '2025-03-15T23:00:00.000Z', reminded: false },
      { disputeId: 'assoc', kind: 'OFFER_EXPIRY', offerId: 'o-1', dueOn: '2025-03-19', dueAt: '2025-03-19T23:00:00.000Z', owedBy: 'CONSUMER', remindAt: '2025-03-16T23:00:00.000Z', reminded: false },
    ]);
    expect(await deadlines.passedAt(at('2025-04-01T00:00:00Z'), 1)).toHaveLength(1);
  });

  // Reminders three days, then one day, before each deadline (the policy's first step, then the day before).
  it('lists the reminders due and not yet sent, of deadlines still ahead', async () => {
    expect((await deadlines.remindersDueAt(at('2025-03-17T12:00:00Z'))).map((d) => [d.disputeId, d.kind])).toEqual([
      ['agreed', 'REMEDY_DUE'],
      ['assoc', 'OFFER_EXPIRY'],
    ]);
  });

  it('drops what the process manager recorded: a reminder sent, a deadline passed', async () => {
    await assoc.do('RecordDeadlineReminder', '2025-03-14T08:00:00.000Z', system, { deadline: 'MERCHANT_RESPONSE' });
    await catchUp(projector, assoc.lastPosition);
    // The three-day reminder is recorded; the day-before one opens on the 16th.
    expect(await deadlines.remindersDueAt(at('2025-03-15T12:00:00Z'))).toEqual([]);
    await assoc.do('RecordDeadlineReminder', '2025-03-16T08:00:00.000Z', system, { deadline: 'MERCHANT_RESPONSE' });
    await assoc.do('RecordDeadlinePassed', '2025-03-19T23:00:00.000Z', system, { deadline: 'OFFER_EXPIRY', offerId: 'o-1' });
    await catchUp(projector, assoc.lastPosition);
    expect((await deadlines.remindersDueAt(at('2025-03-16T12:00:00Z'))).map((d) => [d.disputeId, d.kind])).toEqual([['agreed', 'REMEDY_DUE']]);
    expect((await deadlines.passedAt(at('2025-03-20T00:00:00Z'))).map((d) => [d.disputeId, d.kind, d.offerId, d.reminded])).toEqual([
      ['assoc', 'MERCHANT_RESPONSE', undefined, true],
      ['agreed', 'REMEDY_DUE', undefined, false],
    ]);
  });
});

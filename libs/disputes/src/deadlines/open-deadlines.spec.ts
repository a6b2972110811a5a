import { deadlines } from './open-deadlines';
import { DEFAULT_DISPUTE_POLICY } from '../policy';
import { initialState } from '../state';
import { system } from '../testing/actors';
import { day, dayStart, onDay } from '../testing/calendar';
import { ctx, event, stateOf } from '../testing/dispute-spec';
import { claimFiled, claimRejected, consumerOffer, inMediation, mediationRequested, merchantOffer, offerAccepted } from '../testing/moments';

const kinds = (events: Parameters<typeof stateOf>[0]) => deadlines(stateOf(events)).map((d) => [d.kind, d.dueAt, d.owedBy, d.offerId ?? null]);

describe('deadlines', () => {
  it('none before filing', () => {
    expect(deadlines(initialState())).toEqual([]);
  });

  it('the merchant’s response: its last day, when it passes, when to remind', () => {
    expect(deadlines(stateOf([claimFiled()]))).toEqual([
      { kind: 'MERCHANT_RESPONSE', dueOn: onDay(10), dueAt: dayStart(11), owedBy: 'MERCHANT', remindAt: dayStart(8), reminded: false, nextReminderDays: 3 },
    ]);
  });

  it('an offer’s expiry is owed by the other side; the merchant no longer owes a response', () => {
    expect(kinds([claimFiled(), merchantOffer(day(1))])).toEqual([['OFFER_EXPIRY', dayStart(16), 'CONSUMER', 'offer-1']]);
  });

  it('a counter-offer: the merchant owes a response, both offers run, soonest first', () => {
    expect(kinds([claimFiled(), merchantOffer(day(1)), consumerOffer(day(2))])).toEqual([
      ['MERCHANT_RESPONSE', dayStart(13), 'MERCHANT', null],
      ['OFFER_EXPIRY', dayStart(16), 'CONSUMER', 'offer-1'],
      ['OFFER_EXPIRY', dayStart(17), 'MERCHANT', 'counter-1'],
    ]);
  });

  it('an offer answered or replaced no longer runs', () => {
    expect(kinds([claimFiled(), merchantOffer(day(1)), consumerOffer(day(2)), event('OfferRejected', { ...ctx(day(3), { kind: 'MERCHANT_AGENT', id: 'agent-7', merchantId: 'merchant-1' }), offerId: 'counter-1', reason: 'no' })])).toEqual([
      ['OFFER_EXPIRY', dayStart(16), 'CONSUMER', 'offer-1'],
    ]);
  });

  it('a deadline whose passing is recorded is no longer listed', () => {
    expect(kinds([claimFiled(), event('MerchantResponseOverdue', { ...ctx(dayStart(11), system), dueAt: dayStart(11) })])).toEqual([]);
  });

  it('an agreed remedy: only its due date', () => {
    expect(kinds([claimFiled(), merchantOffer(day(1)), offerAccepted(day(2), 'offer-1', 30)])).toEqual([['REMEDY_DUE', '2025-04-04T22:00:00.000Z', 'MERCHANT', null]]);
    expect(kinds([claimFiled(), merchantOffer(day(1)), offerAccepted(day(2), 'offer-1', 30), event('RemedyOverdue', { ...ctx('2025-04-04T22:00:00.000Z', system), dueAt: '2025-04-04T22:00:00.000Z' })])).toEqual([]);
  });

  it('a mediation: admissibility, then the outcome; offers still on the table keep running', () => {
    expect(kinds([claimFiled(), merchantOffer(day(1)), claimRejected(day(1)), mediationRequested(day(3))])).toEqual([
      ['OFFER_EXPIRY', dayStart(16), 'CONSUMER', 'offer-1'],
      ['ADMISSIBILITY_DUE', dayStart(25), 'MEDIATOR', null],
    ]);
    expect(kinds([claimFiled(), claimRejected(), mediationRequested(), event('AdmissibilityOverdue', { ...ctx(dayStart(25), system), dueAt: dayStart(25) })])).toEqual([]);
    expect(kinds(inMediation())).toEqual([['MEDIATION_OUTCOME_DUE', '2025-06-06T22:00:00.000Z', 'MEDIATOR', null]]);
    expect(kinds([...inMediation(), event('MediationOverdue', { ...ctx('2025-06-06T22:00:00.000Z', system), dueAt: '2025-06-06T22:00:00.000Z' })])).toEqual([]);
  });

  it('none once the dispute is over', () => {
    expect(kinds([claimFiled(), merchantOffer(day(1)), event('ClaimWithdrawn', ctx(day(2), { kind: 'CONSUMER', id: 'consumer-1' }))])).toEqual([]);
  });

  it('reminders follow the policy, and are marked once recorded', () => {
    expect(deadlines(stateOf([claimFiled({ policy: { ...DEFAULT_DISPUTE_POLICY, reminderDaysBefore: 0 } })]))[0]!.remindAt).toBeNull();
    expect(deadlines(stateOf([claimFiled({ policy: { ...DEFAULT_DISPUTE_POLICY, reminderDaysBefore: 5 } })]))[0]!.remindAt).toBe(dayStart(6));
    const reminder = (days?: number) =>
      event('DeadlineReminderRecorded', { ...ctx(dayStart(9), system), deadline: 'MERCHANT_RESPONSE', dueAt: dayStart(11), owedBy: 'MERCHANT', ...(days && { daysBefore: days }) });
    // Three days before, then the day before: the first recorded, the next one is listed.
    expect(deadlines(stateOf([claimFiled(), reminder(3)]))[0]).toMatchObject({ remindAt: dayStart(10), reminded: false, nextReminderDays: 1 });
    expect(deadlines(stateOf([claimFiled(), reminder(3), reminder(1)]))[0]).toMatchObject({ remindAt: dayStart(10), reminded: true });
    // The day-before reminder recorded alone (the process was down): the earlier one is moot.
    expect(deadlines(stateOf([claimFiled(), reminder(1)]))[0]!.reminded).toBe(true);
    // A reminder recorded before steps were named is the policy's first step.
    expect(deadlines(stateOf([claimFiled(), reminder()]))[0]).toMatchObject({ remindAt: dayStart(10), reminded: false, nextReminderDays: 1 });
    // A policy reminding the day before only has one step.
    expect(deadlines(stateOf([claimFiled({ policy: { ...DEFAULT_DISPUTE_POLICY, reminderDaysBefore: 1 } })]))[0]).toMatchObject({ remindAt: dayStart(10), nextReminderDays: 1 });
  });
});

import { DEFAULT_DISPUTE_POLICY } from '../policy';
import { deriveStatus } from '../status';
import { admin, system } from '../testing/actors';
import { day, dayStart } from '../testing/calendar';
import { command, ctx, event, given } from '../testing/dispute-spec';
import { claimFiled, claimRejected, inMediation, mediationRequested, merchantOffer, offerAccepted } from '../testing/moments';

const passed = (at: string, deadline: 'MERCHANT_RESPONSE' | 'OFFER_EXPIRY' | 'REMEDY_DUE' | 'ADMISSIBILITY_DUE' | 'MEDIATION_OUTCOME_DUE', offerId?: string) =>
  command('RecordDeadlinePassed', at, system, { deadline, ...(offerId && { offerId }) });
const remind = (at: string, deadline: 'MERCHANT_RESPONSE' | 'OFFER_EXPIRY' | 'REMEDY_DUE', offerId?: string) =>
  command('RecordDeadlineReminder', at, system, { deadline, ...(offerId && { offerId }) });

describe('RecordDeadlinePassed', () => {
  it('records the merchant’s silence once its response period has passed', () => {
    given([claimFiled()]).when(passed(dayStart(11), 'MERCHANT_RESPONSE')).then([event('MerchantResponseOverdue', { ...ctx(dayStart(11), system), dueAt: dayStart(11) })]);
    given([claimFiled()])
      .when(passed(dayStart(11), 'MERCHANT_RESPONSE'))
      .thenState((s) => expect(s.filed && [deriveStatus(s), s.merchantHadChance, s.merchantResponse]).toEqual(['AWAITING_MERCHANT', true, { dueAt: dayStart(11), overdue: true }]));
  });

  it('expires an offer left unanswered', () => {
    given([claimFiled(), merchantOffer(day(1))])
      .when(passed(dayStart(16), 'OFFER_EXPIRY', 'offer-1'))
      .then([event('OfferExpired', { ...ctx(dayStart(16), system), offerId: 'offer-1', expiresAt: dayStart(16) })]);
  });

  it('records an agreed remedy overdue', () => {
    given([claimFiled(), merchantOffer(day(1)), offerAccepted(day(2), 'offer-1', 30)])
      .when(passed('2025-04-04T22:00:00.000Z', 'REMEDY_DUE'))
      .then([event('RemedyOverdue', { ...ctx('2025-04-04T22:00:00.000Z', system), dueAt: '2025-04-04T22:00:00.000Z' })]);
  });

  it('records an admissibility decision overdue, three weeks after the request (L612-2)', () => {
    given([claimFiled(), claimRejected(), mediationRequested()])
      .when(passed(dayStart(25), 'ADMISSIBILITY_DUE'))
      .then([event('AdmissibilityOverdue', { ...ctx(dayStart(25), system), dueAt: dayStart(25) })]);
  });

  it('records a mediation outcome overdue, 90 days after the file was complete (R612-5)', () => {
    given(inMediation())
      .when(passed('2025-06-06T22:00:00.000Z', 'MEDIATION_OUTCOME_DUE'))
      .then([event('MediationOverdue', { ...ctx('2025-06-06T22:00:00.000Z', system), dueAt: '2025-06-06T22:00:00.000Z' })]);
  });

  it('not before the deadline', () => {
    given([claimFiled()]).when(passed('2025-03-13T22:59:59.999Z', 'MERCHANT_RESPONSE')).thenFails('DEADLINE_NOT_REACHED');
  });

  it('once, and only for a deadline still running', () => {
    given([claimFiled(), event('MerchantResponseOverdue', { ...ctx(dayStart(11), system), dueAt: dayStart(11) })]).when(passed(day(11), 'MERCHANT_RESPONSE')).thenFails('NO_SUCH_DEADLINE');
    given([claimFiled(), merchantOffer(day(1))]).when(passed(dayStart(16), 'MERCHANT_RESPONSE')).thenFails('NO_SUCH_DEADLINE');
    given([claimFiled(), merchantOffer(day(1))]).when(passed(dayStart(16), 'OFFER_EXPIRY', 'offer-2')).thenFails('NO_SUCH_DEADLINE');
    given([claimFiled()]).when(passed(day(40), 'REMEDY_DUE')).thenFails('NO_SUCH_DEADLINE');
  });

  it('by the deadline process only', () => {
    given([claimFiled()]).when({ ...passed(dayStart(11), 'MERCHANT_RESPONSE'), actor: admin }).thenFails('ROLE_NOT_ALLOWED');
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an unknown deadline', { deadline: 'TEA_TIME' }, 'deadline'],
    ['an offer expiry without its offer', { deadline: 'OFFER_EXPIRY' }, 'offerId'],
    ['an offer named for another deadline', { deadline: 'MERCHANT_RESPONSE', offerId: 'offer-1' }, 'offerId'],
    ['a malformed offer id', { deadline: 'OFFER_EXPIRY', offerId: '#1' }, 'offerId'],
  ])('refuses %s', (_case, payload, field) => {
    given([claimFiled()]).when(command('RecordDeadlinePassed', day(20), system, payload as never)).thenFails('INVALID_INPUT', field);
  });
});

describe('RecordDeadlineReminder', () => {
  const reminded = (at: string, days: number, dueAt = dayStart(11)) =>
    event('DeadlineReminderRecorded', { ...ctx(at, system), deadline: 'MERCHANT_RESPONSE', dueAt, owedBy: 'MERCHANT', daysBefore: days });

  it('reminds the owing party three days before the deadline, then the day before', () => {
    given([claimFiled()]).when(remind(dayStart(8), 'MERCHANT_RESPONSE')).then([reminded(dayStart(8), 3)]);
    given([claimFiled(), reminded(dayStart(8), 3)]).when(remind(dayStart(10), 'MERCHANT_RESPONSE')).then([reminded(dayStart(10), 1)]);
    given([claimFiled(), merchantOffer(day(1))])
      .when(remind(day(13), 'OFFER_EXPIRY', 'offer-1'))
      .then([event('DeadlineReminderRecorded', { ...ctx(day(13), system), deadline: 'OFFER_EXPIRY', dueAt: dayStart(16), owedBy: 'CONSUMER', offerId: 'offer-1', daysBefore: 3 })]);
  });

  it('once per step; a late process sends the day-before reminder, not the stale one', () => {
    given([claimFiled(), reminded(dayStart(8), 3)]).when(remind(day(9), 'MERCHANT_RESPONSE')).thenFails('REMINDER_TOO_EARLY');
    given([claimFiled(), reminded(dayStart(8), 3), reminded(dayStart(10), 1)]).when(remind(day(10), 'MERCHANT_RESPONSE')).thenFails('REMINDER_ALREADY_RECORDED');
    given([claimFiled()]).when(remind(day(10), 'MERCHANT_RESPONSE')).then([reminded(day(10), 1)]);
    given([claimFiled(), reminded(day(10), 1)]).when(remind(day(10, '11:00'), 'MERCHANT_RESPONSE')).thenFails('REMINDER_ALREADY_RECORDED');
  });

  it('a reminder recorded before steps were named counts as the first step', () => {
    const legacy = event('DeadlineReminderRecorded', { ...ctx(dayStart(9), system), deadline: 'MERCHANT_RESPONSE', dueAt: dayStart(11), owedBy: 'MERCHANT' });
    given([claimFiled(), legacy]).when(remind(dayStart(10), 'MERCHANT_RESPONSE')).then([reminded(dayStart(10), 1)]);
  });

  it('a new due date is a new deadline, reminded afresh', () => {
    const remindedThenEscalated = [
      claimFiled(),
      reminded(dayStart(8), 3),
      event('ClaimRejected', { ...ctx(day(9), { kind: 'MERCHANT_AGENT', id: 'agent-7', merchantId: 'merchant-1' }), reason: 'no', level: 'FRONT_DESK' }),
      event('EscalatedInternally', { ...ctx(day(10), { kind: 'CONSUMER', id: 'consumer-1' }), level: 'SUPERVISOR', merchantResponseDueAt: dayStart(21) }),
    ];
    given(remindedThenEscalated).when(remind(dayStart(18), 'MERCHANT_RESPONSE')).then([reminded(dayStart(18), 3, dayStart(21))]);
  });

  it('neither too early nor once the deadline passed', () => {
    given([claimFiled()]).when(remind(day(7), 'MERCHANT_RESPONSE')).thenFails('REMINDER_TOO_EARLY');
    given([claimFiled()]).when(remind(dayStart(11), 'MERCHANT_RESPONSE')).thenFails('REMINDER_TOO_LATE');
  });

  it('not when the policy disables reminders, nor for a deadline not running', () => {
    given([claimFiled({ policy: { ...DEFAULT_DISPUTE_POLICY, reminderDaysBefore: 0 } })]).when(remind(day(9), 'MERCHANT_RESPONSE')).thenFails('REMINDERS_DISABLED');
    given([claimFiled()]).when(remind(day(9), 'REMEDY_DUE')).thenFails('NO_SUCH_DEADLINE');
  });

  it('by the deadline process only, naming its deadline', () => {
    given([claimFiled()]).when({ ...remind(day(9), 'MERCHANT_RESPONSE'), actor: admin }).thenFails('ROLE_NOT_ALLOWED');
    given([claimFiled()]).when(command('RecordDeadlineReminder', day(9), system, { deadline: 'OFFER_EXPIRY' })).thenFails('INVALID_INPUT', 'offerId');
  });
});


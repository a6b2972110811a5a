import { deadlines, settlementReminderDays } from '../deadlines/open-deadlines';
import { evolve } from '../evolve';
import { notificationRuleOf } from '../events/notifications';
import { agent, consumer, mediator, system } from '../testing/actors';
import { day, dayStart } from '../testing/calendar';
import { command, ctx, event, given, stateOf } from '../testing/dispute-spec';
import { disputeDecider } from '../decider';
import { DomainError } from '../errors';
import { claimFiled, claimRejected, inMediation, mediationRequested, mediatorAssigned, settlementProposed } from '../testing/moments';
import { whoseTurn } from '../turn';
import { periodOfDays } from '../values/instant';

// R612-4: the mediator who proposes a solution sets a period to accept or refuse it.
// Day 6 is 9 March 2025 (winter time in Paris: midnight is 23:00 UTC the day before).

const propose = (at = day(6), extra: Record<string, unknown> = {}, settlementId = 'settlement-1') =>
  command('ProposeSettlement', at, mediator, {
    settlementId,
    remedy: 'PRICE_REDUCTION',
    amount: { amount: '150.00', currency: 'EUR' },
    daysToCarryOut: 14,
    terms: 'The merchant refunds 150 EUR; the consumer keeps the machine',
    ...extra,
  });
/** A proposal made on day 6 with the default 15 days: last day 24 March 2025, expired from midnight in Paris. */
const DUE_ON = '2025-03-24';
const DUE_AT = '2025-03-24T23:00:00.000Z';
const proposed = [...inMediation(), settlementProposed(day(6), 'settlement-1', { answerDueOn: DUE_ON, answerDueAt: DUE_AT })];
const expired = event('SettlementExpired', { ...ctx(DUE_AT, system), settlementId: 'settlement-1', answerDueAt: DUE_AT });
const passed = (at: string) => command('RecordDeadlinePassed', at, system, { deadline: 'SETTLEMENT_ANSWER' });

describe('ProposeSettlement: the answer period (R612-4)', () => {
  it('without daysToAnswer, gives the parties 15 days, the day of the proposal not counted, to midnight in Paris after the last', () => {
    given(inMediation()).when(propose()).then([settlementProposed(day(6), 'settlement-1', { answerDueOn: DUE_ON, answerDueAt: DUE_AT })]);
  });

  it('with daysToAnswer, the period the mediator set', () => {
    given(inMediation())
      .when(propose(day(6), { daysToAnswer: 30 }))
      .then([settlementProposed(day(6), 'settlement-1', { answerDueOn: '2025-04-08', answerDueAt: '2025-04-08T22:00:00.000Z' })]); // summer time by then
  });

  it('the default ends on the mediation’s last day at the latest (R612-5)', () => {
    // Admissible on day 5 (8 March 2025): the outcome is due by 6 June 2025. A proposal on 1 June gets 5 days, not 15.
    given(inMediation())
      .when(propose('2025-06-01T10:00:00.000Z'))
      .then([settlementProposed('2025-06-01T10:00:00.000Z', 'settlement-1', { answerDueOn: '2025-06-06', answerDueAt: '2025-06-06T22:00:00.000Z' })]);
  });

  it('refuses, on daysToAnswer, a period the mediator names that runs past the mediation’s last day; nothing is recorded', () => {
    given(inMediation()).when(propose('2025-06-01T10:00:00.000Z', { daysToAnswer: 7 })).thenFails('INVALID_INPUT', 'daysToAnswer');
    // Ending on the last day itself is within it.
    given(inMediation())
      .when(propose('2025-05-30T10:00:00.000Z', { daysToAnswer: 7 }))
      .then([settlementProposed('2025-05-30T10:00:00.000Z', 'settlement-1', { answerDueOn: '2025-06-06', answerDueAt: '2025-06-06T22:00:00.000Z' })]);
  });

  describe('with fewer than 7 days left before the mediation’s last day (6 June 2025)', () => {
    // Proposed on 1 June: 5 days left (2 to 6 June). A week is more than the mediation has left,
    // so any of those days may be given, and no more.
    const lastWeek = '2025-06-01T10:00:00.000Z';

    it('given a period of 1 to 5 days, accepts it as given', () => {
      given(inMediation())
        .when(propose(lastWeek, { daysToAnswer: 1 }))
        .then([settlementProposed(lastWeek, 'settlement-1', { answerDueOn: '2025-06-02', answerDueAt: '2025-06-02T22:00:00.000Z' })]);
      given(inMediation())
        .when(propose(lastWeek, { daysToAnswer: 3 }))
        .then([settlementProposed(lastWeek, 'settlement-1', { answerDueOn: '2025-06-04', answerDueAt: '2025-06-04T22:00:00.000Z' })]);
      given(inMediation())
        .when(propose(lastWeek, { daysToAnswer: 5 }))
        .then([settlementProposed(lastWeek, 'settlement-1', { answerDueOn: '2025-06-06', answerDueAt: '2025-06-06T22:00:00.000Z' })]);
    });

    it('given more days than are left, refuses them on daysToAnswer, naming the days allowed and the last day, in both languages', () => {
      given(inMediation()).when(propose(lastWeek, { daysToAnswer: 6 })).thenFails('INVALID_INPUT', 'daysToAnswer');
      const refusal = refusalOf(propose(lastWeek, { daysToAnswer: 6 }));
      expect(refusal.problem).toEqual({ code: 'AFTER_THE_MEDIATION_OUTCOME', params: { outcomeDueOn: '2025-06-06', min: 1, max: 5 } });
      expect(refusal.phrase.en).toBe('would end after 6 June 2025, the last day of the mediation (Article R612-5 of the French Consumer Code): give from 1 to 5 days, or none for the default');
      expect(refusal.phrase.fr).toBe('finirait après le 6 juin 2025, dernier jour de la médiation (article R612-5 du Code de la consommation)\u202f: indiquez de 1 à 5 jours, ou aucun pour le délai par défaut');
    });

    it('on the day before the last, 1 day is all there is to give', () => {
      given(inMediation())
        .when(propose('2025-06-05T10:00:00.000Z', { daysToAnswer: 1 }))
        .then([settlementProposed('2025-06-05T10:00:00.000Z', 'settlement-1', { answerDueOn: '2025-06-06', answerDueAt: '2025-06-06T22:00:00.000Z' })]);
      expect(refusalOf(propose('2025-06-05T10:00:00.000Z', { daysToAnswer: 2 })).phrase.en).toContain('give 1 day, or none for the default');
    });

    it('on the last day itself, no period can be given: only the default, which ends that day', () => {
      const lastDay = '2025-06-06T10:00:00.000Z';
      given(inMediation()).when(propose(lastDay, { daysToAnswer: 1 })).thenFails('INVALID_INPUT', 'daysToAnswer');
      expect(refusalOf(propose(lastDay, { daysToAnswer: 1 })).phrase.en).toBe('would end after 6 June 2025, the last day of the mediation (Article R612-5 of the French Consumer Code): that day is today, give none for the default, which ends today');
      given(inMediation())
        .when(propose(lastDay))
        .then([settlementProposed(lastDay, 'settlement-1', { answerDueOn: '2025-06-06', answerDueAt: '2025-06-06T22:00:00.000Z' })]);
    });
  });

  it('with a week or more left, fewer than 7 days are refused on daysToAnswer, naming the days allowed', () => {
    // Proposed on 20 May: 17 days left before 6 June.
    const refusal = refusalOf(propose('2025-05-20T10:00:00.000Z', { daysToAnswer: 6 }));
    expect([refusal.code, refusal.field, refusal.problem]).toEqual(['INVALID_INPUT', 'daysToAnswer', { code: 'NOT_IN_RANGE', params: { min: 7, max: 17 } }]);
    expect(refusal.phrase).toEqual({ en: 'must be a whole number from 7 to 17', fr: 'doit être un nombre entier de 7 à 17' });
  });

  // Until 2026-12-07 the payload refused these as « 1 à 90 » / “1 to 90”, a range the decider never allowed.
  it.each([0, 365])('refuses %i days naming the real range: a week to the days left, a week to 90 once the mediation is late', (daysToAnswer) => {
    // Proposed on 20 May: 17 days left before 6 June.
    const early = refusalOf(propose('2025-05-20T10:00:00.000Z', { daysToAnswer }));
    expect(early.field).toBe('daysToAnswer');
    expect(early.phrase.en).toMatch(/from 7 to 17 days|from 7 to 17$/);
    expect(early.phrase.fr).toMatch(/de 7 à 17 jours|de 7 à 17$/);
    const late = [...inMediation(), event('MediationOverdue', { ...ctx(dayStart(96), system), dueAt: dayStart(96) })];
    const refusal = refusalOf(propose(day(100), { daysToAnswer }), late);
    expect(refusal.problem).toEqual({ code: 'NOT_IN_RANGE', params: { min: 7, max: 90 } });
    expect(refusal.phrase).toEqual({ en: 'must be a whole number from 7 to 90', fr: 'doit être un nombre entier de 7 à 90' });
  });

  it('once the mediation is late, the period runs its days: there is no last day left to cap it to', () => {
    given([...inMediation(), event('MediationOverdue', { ...ctx(dayStart(96), system), dueAt: dayStart(96) })])
      .when(propose(day(100)))
      .then([settlementProposed(day(100), 'settlement-1', { ...periodAsFields(day(100), 15) })]);
  });

  it.each<[string, unknown]>([
    ['less than a week, no time to reflect (Directive 2013/11/EU art. 9(2)(c)), when the mediation has more left', 6],
    ['zero', 0],
    ['more than the mediation’s 90 days', 91],
    ['a fraction of a day', 10.5],
    ['not a number', '15'],
  ])('refuses daysToAnswer %s, naming the field', (_case, daysToAnswer) => {
    given(inMediation()).when(propose(day(6), { daysToAnswer })).thenFails('INVALID_INPUT', 'daysToAnswer');
  });

  it('accepts the bounds themselves', () => {
    given(inMediation()).when(propose(day(6), { daysToAnswer: 7 })).then([settlementProposed(day(6), 'settlement-1', periodAsFields(day(6), 7))]);
    // 90 days fit once the mediation was extended for a complex dispute (R612-5).
    const extended = event('MediationExtended', { ...ctx(day(6), mediator), reason: 'Expert report needed', previousOutcomeDueAt: periodOfDays(day(5), 90).dueAt, outcomeDueAt: periodOfDays(day(5), 180).dueAt });
    given([...inMediation(), extended]).when(propose(day(6), { daysToAnswer: 90 })).then([settlementProposed(day(6), 'settlement-1', periodAsFields(day(6), 90))]);
  });
});

describe('answering within the period', () => {
  const accept = (at: string) => command('AcceptSettlement', at, consumer, { settlementId: 'settlement-1' });

  it('until the end of the last day in Paris', () => {
    given(proposed).when(accept('2025-03-24T22:59:59.000Z')).then([event('SettlementAccepted', { ...ctx('2025-03-24T22:59:59.000Z', consumer), settlementId: 'settlement-1', side: 'CONSUMER', agreementReached: false })]);
  });

  it('refused once the period has ended, before and after its expiry is recorded', () => {
    given(proposed).when(accept(DUE_AT)).thenFails('SETTLEMENT_EXPIRED');
    given([...proposed, expired]).when(accept(day(25))).thenFails('SETTLEMENT_EXPIRED');
    given(proposed).when(command('RejectSettlement', DUE_AT, agent, { settlementId: 'settlement-1', reason: 'Too late anyway' })).thenFails('SETTLEMENT_EXPIRED');
  });

  it('a proposal recorded before answer periods existed stays open (no date to lapse on)', () => {
    const old = [...inMediation(), settlementProposed()];
    given(old).when(accept(day(60))).then([event('SettlementAccepted', { ...ctx(day(60), consumer), settlementId: 'settlement-1', side: 'CONSUMER', agreementReached: false })]);
    expect(deadlines(stateOf(old)).map((d) => d.kind)).toEqual(['MEDIATION_OUTCOME_DUE']);
  });
});

describe('the proposal lapses when its answer period ends unanswered', () => {
  it('is a deadline while pending, owed by the parties, then by the side that has not accepted', () => {
    expect(deadlines(stateOf(proposed)).find((d) => d.kind === 'SETTLEMENT_ANSWER')).toMatchObject({ dueOn: DUE_ON, dueAt: DUE_AT, owedBy: 'PARTIES', settlementId: 'settlement-1' });
    const oneAccepted = [...proposed, event('SettlementAccepted', { ...ctx(day(7), consumer), settlementId: 'settlement-1', side: 'CONSUMER', agreementReached: false })];
    expect(deadlines(stateOf(oneAccepted)).find((d) => d.kind === 'SETTLEMENT_ANSWER')?.owedBy).toBe('MERCHANT');
  });

  it('the deadline process records the expiry at midnight in Paris after the last day, not before', () => {
    given(proposed).when(passed('2025-03-24T22:59:59.000Z')).thenFails('DEADLINE_NOT_REACHED');
    given(proposed).when(passed(DUE_AT)).then([expired]);
  });

  it('once: a lapsed proposal is no deadline any more', () => {
    given([...proposed, expired]).when(passed(day(30))).thenFails('NO_SUCH_DEADLINE');
    expect(deadlines(stateOf([...proposed, expired])).map((d) => d.kind)).toEqual(['MEDIATION_OUTCOME_DUE']);
  });

  it('the mediation returns to where it was: the mediator may propose again', () => {
    given(proposed)
      .when(passed(DUE_AT))
      .thenState((s) => {
        expect(s.filed && [s.mediation!.stage, s.mediation!.settlements[0]!.status, whoseTurn(s)]).toEqual(['ADMISSIBLE', 'EXPIRED', 'MEDIATOR']);
      });
    given([...proposed, expired])
      .when(propose(day(25), {}, 'settlement-2'))
      .then([settlementProposed(day(25), 'settlement-2', periodAsFields(day(25), 15))]);
  });

  it('not for a proposal replaced before its period ended: the new one has its own', () => {
    const replaced = [...proposed, settlementProposed(day(10), 'settlement-2', { replacesSettlementId: 'settlement-1', ...periodAsFields(day(10), 15) })];
    expect(deadlines(stateOf(replaced)).find((d) => d.kind === 'SETTLEMENT_ANSWER')?.dueAt).toBe(periodOfDays(day(10), 15).dueAt);
    given(replaced).when(passed(DUE_AT)).thenFails('DEADLINE_NOT_REACHED');
  });

  it('tells both parties and the mediator, with the last day', () => {
    const before = stateOf(proposed);
    const after = evolve(before, expired);
    expect(notificationRuleOf(expired)!(expired, after as never, before as never)).toMatchObject({ kind: 'SETTLEMENT_EXPIRED', audiences: ['CONSUMER_SIDE', 'MERCHANT', 'MEDIATOR'], params: { remedy: 'PRICE_REDUCTION', answerDueOn: DUE_ON } });
  });
});

describe('the sides that have not answered are reminded of the answer date, once', () => {
  // The 15 days of `proposed` end on 24 March 2025: the reminder opens 3 days before, at the start
  // of 22 March in Paris (23:00 UTC on the 21st), the policy's first reminder.
  const REMIND_AT = '2025-03-21T23:00:00.000Z';
  const remind = (at: string) => command('RecordDeadlineReminder', at, system, { deadline: 'SETTLEMENT_ANSWER' });
  const reminded = (at = REMIND_AT, owedBy: 'PARTIES' | 'CONSUMER' | 'MERCHANT' = 'PARTIES', over: Record<string, unknown> = {}) =>
    event('DeadlineReminderRecorded', { ...ctx(at, system), deadline: 'SETTLEMENT_ANSWER', dueAt: DUE_AT, owedBy, settlementId: 'settlement-1', daysBefore: 3, ...over });
  const accepted = event('SettlementAccepted', { ...ctx(day(7), consumer), settlementId: 'settlement-1', side: 'CONSUMER', agreementReached: false });
  const tells = (events: ReturnType<typeof event>[], e: ReturnType<typeof event>) => notificationRuleOf(e)!(e as never, evolve(stateOf(events), e) as never, stateOf(events) as never);

  it('three days before the last day, to both sides while neither has answered', () => {
    expect(deadlines(stateOf(proposed)).find((d) => d.kind === 'SETTLEMENT_ANSWER')).toMatchObject({ remindAt: REMIND_AT, reminded: false, nextReminderDays: 3 });
    given(proposed).when(remind('2025-03-21T22:59:59.000Z')).thenFails('REMINDER_TOO_EARLY');
    given(proposed).when(remind(REMIND_AT)).then([reminded()]);
    expect(tells(proposed, reminded())).toEqual({
      kind: 'SETTLEMENT_ANSWER_REMINDER',
      audiences: ['CONSUMER_SIDE', 'MERCHANT'],
      params: { remedy: 'PRICE_REDUCTION', amount: '150.00', currency: 'EUR', answerDueOn: DUE_ON, daysBefore: 3 },
    });
  });

  it('once: recorded, it is not recorded again, and the deadline says so (a restart reads it from the events)', () => {
    given([...proposed, reminded()]).when(remind('2025-03-23T10:00:00.000Z')).thenFails('REMINDER_ALREADY_RECORDED');
    expect(deadlines(stateOf([...proposed, reminded()])).find((d) => d.kind === 'SETTLEMENT_ANSWER')).toMatchObject({ reminded: true });
  });

  it('not to a side that has accepted: only the other one is reminded', () => {
    given([...proposed, accepted]).when(remind(REMIND_AT)).then([reminded(REMIND_AT, 'MERCHANT')]);
    expect(tells([...proposed, accepted], reminded(REMIND_AT, 'MERCHANT'))).toMatchObject({ kind: 'SETTLEMENT_ANSWER_REMINDER', audiences: ['MERCHANT'] });
  });

  it('not once the proposal is refused, has lapsed or was agreed', () => {
    const refused = event('SettlementRejected', { ...ctx(day(8), agent), settlementId: 'settlement-1', side: 'MERCHANT', reason: 'Too much' });
    given([...proposed, refused]).when(remind(REMIND_AT)).thenFails('NO_SUCH_DEADLINE');
    given([...proposed, expired]).when(remind(day(30))).thenFails('NO_SUCH_DEADLINE');
    const agreed = event('SettlementAccepted', { ...ctx(day(8), agent), settlementId: 'settlement-1', side: 'MERCHANT', agreementReached: true, remedyDueOn: '2025-03-25', remedyDueAt: '2025-03-25T23:00:00.000Z' });
    given([...proposed, accepted, agreed]).when(remind(REMIND_AT)).thenFails('NO_SUCH_DEADLINE');
  });

  it('not for a proposal replaced: the new one is reminded before its own date, even a date the old one shared', () => {
    const replaced = [...proposed, settlementProposed(day(10), 'settlement-2', { replacesSettlementId: 'settlement-1', ...periodAsFields(day(10), 15) })];
    given(replaced).when(remind(REMIND_AT)).thenFails('REMINDER_TOO_EARLY');
    // Replaced after its reminder, by a proposal with the same last day: that one is reminded too.
    const sameDay = [...proposed, reminded(), settlementProposed('2025-03-22T09:00:00.000Z', 'settlement-2', { replacesSettlementId: 'settlement-1', answerDueOn: DUE_ON, answerDueAt: DUE_AT })];
    expect(deadlines(stateOf(sameDay)).find((d) => d.kind === 'SETTLEMENT_ANSWER')).toMatchObject({ settlementId: 'settlement-2', reminded: false });
  });

  it('a short period (near the mediation’s end) is reminded the day before, on its last day; one ending the day it was proposed is not reminded', () => {
    const short = [...inMediation(), settlementProposed('2025-06-01T10:00:00.000Z', 'settlement-1', { answerDueOn: '2025-06-04', answerDueAt: '2025-06-04T22:00:00.000Z' })];
    expect(deadlines(stateOf(short)).find((d) => d.kind === 'SETTLEMENT_ANSWER')).toMatchObject({ remindAt: '2025-06-03T22:00:00.000Z', nextReminderDays: 1 });
    given(short)
      .when(remind('2025-06-03T22:00:00.000Z'))
      .then([reminded('2025-06-03T22:00:00.000Z', 'PARTIES', { dueAt: '2025-06-04T22:00:00.000Z', daysBefore: 1 })]);
    const sameDay = [...inMediation(), settlementProposed('2025-06-06T10:00:00.000Z', 'settlement-1', { answerDueOn: '2025-06-06', answerDueAt: '2025-06-06T22:00:00.000Z' })];
    expect(deadlines(stateOf(sameDay)).find((d) => d.kind === 'SETTLEMENT_ANSWER')).toMatchObject({ remindAt: null, reminded: false });
    given(sameDay).when(remind('2025-06-06T12:00:00.000Z')).thenFails('REMINDERS_DISABLED');
  });

  it('the reminder step: the policy’s first one in the second half of the period, else the day before; none when the policy disables reminders', () => {
    const proposal = (days: number) => ({ proposedAt: day(6), ...periodAsFields(day(6), days) });
    expect([15, 7, 6, 5, 2, 1].map((days) => settlementReminderDays(proposal(days), 3))).toEqual([3, 3, 3, 1, 1, 1]);
    expect(settlementReminderDays(proposal(0), 3)).toBeNull();
    expect(settlementReminderDays(proposal(15), 0)).toBeNull();
  });
});

describe('evolve: SettlementProposed events of before the answer period', () => {
  it('replay to a pending proposal with no answer date, as before', () => {
    const s = stateOf([claimFiled(), claimRejected(), mediationRequested(), mediatorAssigned(), inMediation()[4]!, settlementProposed()]);
    const settlement = s.filed ? s.mediation!.settlements[0]! : undefined;
    expect(settlement).toMatchObject({ settlementId: 'settlement-1', status: 'PROPOSED' });
    expect(settlement).not.toHaveProperty('answerDueOn');
    expect(settlement).not.toHaveProperty('answerDueAt');
  });

  it('and new ones carry it into the state', () => {
    const s = stateOf(proposed);
    expect(s.filed && s.mediation!.settlements[0]).toMatchObject({ answerDueOn: DUE_ON, answerDueAt: DUE_AT, status: 'PROPOSED' });
  });
});

/** The refusal of a command given the dispute in mediation (admissible on day 5), to read its words. */
function refusalOf(c: ReturnType<typeof propose>, history = inMediation()): DomainError {
  const result = disputeDecider.decide(c, stateOf(history));
  if (!(result instanceof DomainError)) throw new Error(`expected a refusal, got ${JSON.stringify(result)}`);
  return result;
}

function periodAsFields(at: string, days: number) {
  const p = periodOfDays(at, days);
  return { answerDueOn: p.dueOn, answerDueAt: p.dueAt };
}

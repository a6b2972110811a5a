import { deadlines } from '../deadlines/open-deadlines';
import { evolve } from '../evolve';
import { notificationRuleOf } from '../events/notifications';
import { agent, consumer, mediator, system } from '../testing/actors';
import { day, dayStart } from '../testing/calendar';
import { command, ctx, event, given, stateOf } from '../testing/dispute-spec';
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

  it('once the mediation is late, the period runs its days: there is no last day left to cap it to', () => {
    given([...inMediation(), event('MediationOverdue', { ...ctx(dayStart(96), system), dueAt: dayStart(96) })])
      .when(propose(day(100)))
      .then([settlementProposed(day(100), 'settlement-1', { ...periodAsFields(day(100), 15) })]);
  });

  it.each<[string, unknown]>([
    ['less than a week, no time to reflect (Directive 2013/11/EU art. 9(2)(c))', 6],
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
    expect(deadlines(stateOf(proposed)).find((d) => d.kind === 'SETTLEMENT_ANSWER')).toMatchObject({ dueOn: DUE_ON, dueAt: DUE_AT, owedBy: 'PARTIES', remindAt: null });
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

function periodAsFields(at: string, days: number) {
  const p = periodOfDays(at, days);
  return { answerDueOn: p.dueOn, answerDueAt: p.dueAt };
}

import { disputeDecider } from './decider';
import { DomainError } from './errors';
import { admin, agent, association, consumer, mediator, otherConsumer, otherMediator, otherMerchantAgent, system } from './testing/actors';
import { day } from './testing/calendar';
import { command, ctx, event, given, raw } from './testing/dispute-spec';
import { claimFiled } from './testing/moments';

const message = (at: string, actor: unknown) => raw('PostMessage', at, actor, { messageId: 'm-1', body: 'Hello' });

describe('decide: what every command must carry', () => {
  it.each<[string, unknown, string]>([
    ['a command that is not an object', null, 'command'],
    ['an unknown command type', { ...message(day(1), consumer), type: 'Shout' }, 'type'],
    ['a dispute id with a slash', { ...message(day(1), consumer), disputeId: 'a/b' }, 'disputeId'],
    ['no actor', message(day(1), undefined), 'actor'],
    ['an unknown kind of actor', message(day(1), { kind: 'LAWYER', id: 'x' }), 'actor.kind'],
    ['an actor without id', message(day(1), { kind: 'CONSUMER' }), 'actor.id'],
    ['a merchant agent without merchant', message(day(1), { kind: 'MERCHANT_AGENT', id: 'agent-7' }), 'actor.merchantId'],
    ['a date instead of an instant', message('2025-03-04', consumer), 'at'],
    ['an instant without offset', message('2025-03-04T10:00:00', consumer), 'at'],
    ['an instant on a day that does not exist', message('2025-02-30T10:00:00Z', consumer), 'at'],
    ['an instant as a number', message(Date.UTC(2025, 2, 4) as never, consumer), 'at'],
  ])('refuses %s (INVALID_INPUT)', (_case, cmd, field) => {
    given([claimFiled()]).when(cmd as never).thenFails('INVALID_INPUT', field);
  });

  it('refuses any command but FileClaim on a dispute not filed', () => {
    given([]).when(message(day(1), consumer)).thenFails('DISPUTE_NOT_FOUND');
  });

  it('refuses a command addressed to another dispute', () => {
    given([claimFiled()]).when({ ...message(day(1), consumer), disputeId: 'dispute-43' } as never).thenFails('INVALID_INPUT', 'disputeId');
  });

  it('refuses a command dated before the last event, so nothing is decided in the past', () => {
    given([claimFiled(), event('ClaimAcknowledged', ctx(day(2), agent))]).when(message(day(1), consumer)).thenFails('INVALID_INPUT', 'at');
  });

  it('records only the actor fields it knows', () => {
    given([claimFiled()])
      .when(message(day(1), { ...agent, name: 'Bob', role: 'boss' }))
      .then([event('MessagePosted', { ...ctx(day(1), agent), messageId: 'm-1', body: 'Hello', visibility: 'ALL' })]);
    given([claimFiled()])
      .when(message(day(1), { ...consumer, merchantId: 'merchant-1' }))
      .then([event('MessagePosted', { ...ctx(day(1), consumer), messageId: 'm-1', body: 'Hello', visibility: 'ALL' })]);
  });

  it('returns refusals as DomainError values with a code and a message, never throws them', () => {
    const result = disputeDecider.decide(message(day(1), otherConsumer), disputeDecider.evolve(disputeDecider.initialState(), claimFiled()));
    expect(result).toBeInstanceOf(DomainError);
    expect(result).toMatchObject({ code: 'NOT_A_PARTY', name: 'DomainError' });
    expect((result as DomainError).message).toMatch(/party/);
  });
});

describe('decide: only a party may act', () => {
  it.each([
    ['another consumer', otherConsumer, 'NOT_A_PARTY'],
    ["another merchant's agent", otherMerchantAgent, 'NOT_A_PARTY'],
    ['a mediator before any is assigned', mediator, 'NOT_A_PARTY'],
    ['an association without mandate', association, 'NO_MANDATE'],
  ] as const)('refuses %s', (_who, actor, code) => {
    given([claimFiled()]).when(message(day(1), actor)).thenFails(code);
  });

  it('refuses a mediator other than the one assigned', () => {
    given([claimFiled(), event('ClaimRejected', { ...ctx(day(1), agent), reason: 'no', level: 'FRONT_DESK' }), event('MediationRequested', { ...ctx(day(2), consumer), writtenClaimOn: '2025-03-03', timeBarredAfter: '2026-03-03', admissibilityDueAt: '2025-03-27T00:00:00.000Z' }), event('MediatorAssigned', { ...ctx(day(2), admin), mediatorId: mediator.id })])
      .when(message(day(3), otherMediator))
      .thenFails('NOT_A_PARTY');
  });

  it('refuses an act outside the actor’s role, naming who may do it', () => {
    const result = disputeDecider.decide(
      command('RejectClaim', day(1), consumer, { reason: 'no' }),
      disputeDecider.evolve(disputeDecider.initialState(), claimFiled()),
    );
    expect(result).toMatchObject({ code: 'ROLE_NOT_ALLOWED', message: "only the merchant's agents may do this" });
    given([claimFiled()]).when(command('RequestMediation', day(1), system, {})).thenFails('ROLE_NOT_ALLOWED');
  });
});

describe('decide: a closed or withdrawn dispute accepts only feedback', () => {
  const closed = [claimFiled(), event('DisputeClosed', { ...ctx(day(1), consumer), outcome: 'UNRESOLVED', nextSteps: [{ kind: 'COURT', text: 'Tribunal judiciaire' }] })];
  const withdrawn = [claimFiled(), event('ClaimWithdrawn', ctx(day(1), consumer))];

  it.each([
    command('PostMessage', day(2), consumer, { messageId: 'm', body: 'still there?' }),
    command('AttachEvidence', day(2), agent, { kind: 'PHOTO', name: 'p', sha256: 'c'.repeat(64) }),
    command('MakeOffer', day(2), agent, { offerId: 'o', remedy: 'REPAIR' }),
    command('CloseDispute', day(2), admin, { outcome: 'RESOLVED' }),
    command('RecordDeadlinePassed', day(20), system, { deadline: 'MERCHANT_RESPONSE' }),
  ])('refuses $type once closed', (cmd) => {
    given(closed).when(cmd).thenFails('DISPUTE_CLOSED');
    given(withdrawn).when(cmd).thenFails('DISPUTE_CLOSED');
  });

  it('says why: withdrawn or closed', () => {
    const state = withdrawn.reduce(disputeDecider.evolve, disputeDecider.initialState());
    expect(disputeDecider.decide(command('WithdrawClaim', day(2), consumer, {}), state)).toMatchObject({ message: 'the claim was withdrawn' });
  });

  it('still accepts feedback', () => {
    given(closed).when(command('GiveFeedback', day(2), consumer, { rating: 2 })).then([event('FeedbackGiven', { ...ctx(day(2), consumer), rating: 2 })]);
  });
});

import { availableActions } from './available-actions';
import { initialState } from './state';
import { admin, agent, association, consumer, mediator, otherConsumer, system } from './testing/actors';
import { day, dayStart } from './testing/calendar';
import { ctx, event, stateOf } from './testing/dispute-spec';
import {
  claimFiled,
  claimRejected,
  closedUnresolved,
  inMediation,
  mediationRequested,
  mediatorAssigned,
  merchantOffer,
  settlementProposed,
} from './testing/moments';

describe('availableActions', () => {
  it('before filing: a consumer may file, nobody else may do anything', () => {
    expect(availableActions(initialState(), consumer, day(0))).toEqual(['FileClaim']);
    expect(availableActions(initialState(), agent, day(0))).toEqual([]);
  });

  it('nothing for a malformed actor or instant', () => {
    expect(availableActions(stateOf([claimFiled()]), { kind: 'KING', id: 'x' } as never, day(1))).toEqual([]);
    expect(availableActions(stateOf([claimFiled()]), consumer, 'tomorrow')).toEqual([]);
  });

  it('nothing for someone who is not a party', () => {
    expect(availableActions(stateOf([claimFiled()]), otherConsumer, day(1))).toEqual([]);
    expect(availableActions(stateOf([claimFiled()]), association, day(1))).toEqual([]);
  });

  it('after filing, the merchant answers; the consumer waits', () => {
    const filed = stateOf([claimFiled()]);
    expect(availableActions(filed, agent, day(1))).toEqual(['AttachEvidence', 'PostMessage', 'AcknowledgeClaim', 'RejectClaim', 'MakeOffer', 'AssignCase', 'AddInternalNote']);
    expect(availableActions(filed, consumer, day(1))).toEqual(['AttachEvidence', 'PostMessage', 'RecordFormalNotice', 'GrantRepresentation', 'ShareForAdvice', 'WithdrawClaim', 'CloseDispute']);
  });

  it('with an offer on the table, the consumer may answer it until it expires; the merchant may revise it', () => {
    const offered = stateOf([claimFiled(), merchantOffer(day(1))]);
    expect(availableActions(offered, consumer, day(2))).toEqual([
      'AttachEvidence',
      'PostMessage',
      'RecordFormalNotice',
      'MakeOffer',
      'AcceptOffer',
      'RejectOffer',
      'GrantRepresentation',
      'ShareForAdvice',
      'WithdrawClaim',
      'CloseDispute',
    ]);
    expect(availableActions(offered, consumer, dayStart(16))).not.toContain('AcceptOffer');
    expect(availableActions(offered, agent, day(2))).toEqual(['AttachEvidence', 'PostMessage', 'MakeOffer', 'AssignCase', 'AddInternalNote']);
  });

  it('after a refusal, the consumer may escalate or request a mediation', () => {
    expect(availableActions(stateOf([claimFiled(), claimRejected()]), consumer, day(3))).toEqual([
      'AttachEvidence',
      'PostMessage',
      'EscalateInternally',
      'RecordFormalNotice',
      'MakeOffer',
      'RequestMediation',
      'GrantRepresentation',
      'ShareForAdvice',
      'WithdrawClaim',
      'CloseDispute',
    ]);
    expect(availableActions(stateOf([claimFiled(), claimRejected()]), consumer, '2026-03-04T00:00:00.000Z')).not.toContain('RequestMediation');
  });

  it('the deadline process acts only when a reminder or a deadline is due', () => {
    const filed = stateOf([claimFiled()]);
    expect(availableActions(filed, system, day(1))).toEqual([]);
    expect(availableActions(filed, system, dayStart(9))).toEqual(['RecordDeadlineReminder']);
    expect(availableActions(filed, system, dayStart(11))).toEqual(['RecordDeadlinePassed']);
  });

  it('in a mediation: the admin assigns, the mediator decides then proposes, the parties answer', () => {
    const requested = stateOf([claimFiled(), claimRejected(), mediationRequested()]);
    expect(availableActions(requested, admin, day(4))).toEqual(['AssignMediator', 'CloseDispute', 'PlaceLegalHold']);
    expect(availableActions(stateOf([claimFiled(), claimRejected(), mediationRequested(), mediatorAssigned()]), mediator, day(5))).toEqual([
      'PostMessage',
      'DecideAdmissibility',
      'CloseDispute',
    ]);
    expect(availableActions(stateOf(inMediation()), mediator, day(6))).toEqual(['PostMessage', 'ExtendMediation', 'ProposeSettlement', 'CloseDispute']);
    const proposed = [...inMediation(), settlementProposed()];
    expect(availableActions(stateOf(proposed), agent, day(7))).toEqual(['AttachEvidence', 'PostMessage', 'AcceptSettlement', 'RejectSettlement', 'AssignCase', 'AddInternalNote']);
    const acceptedByMerchant = [...proposed, event('SettlementAccepted', { ...ctx(day(7), agent), settlementId: 'settlement-1', side: 'MERCHANT', agreementReached: false })];
    expect(availableActions(stateOf(acceptedByMerchant), agent, day(8))).toEqual(['AttachEvidence', 'PostMessage', 'AssignCase', 'AddInternalNote']);
    expect(availableActions(stateOf(acceptedByMerchant), consumer, day(8))).toContain('AcceptSettlement');
  });

  it('a closed dispute offers the consumer feedback, once', () => {
    const closed = [claimFiled(), closedUnresolved(day(2))];
    expect(availableActions(stateOf(closed), consumer, day(3))).toEqual(['GiveFeedback']);
    // The merchant's team still keeps its notes on an ended case.
    expect(availableActions(stateOf(closed), agent, day(3))).toEqual(['AddInternalNote']);
    expect(availableActions(stateOf([...closed, event('FeedbackGiven', { ...ctx(day(3), consumer), rating: 5 })]), consumer, day(4))).toEqual([]);
  });
});

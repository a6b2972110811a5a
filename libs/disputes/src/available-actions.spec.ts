import { availableActions as offeredNow } from './available-actions';
import { COMMAND_DESCRIPTIONS, DISPUTE_COMMAND_TYPES, type DisputeCommand, type DisputeCommandType } from './commands/dispute-command';
import { disputeDecider } from './decider';
import { DomainError } from './errors';
import type { DisputeEvent } from './events/dispute-event';
import { identify } from './parties';
import { initialState, type Dispute, type DisputeState } from './state';
import { admin, agent, association, consumer, mediator, otherAssociation, otherConsumer, otherMediator, otherMerchantAgent, system } from './testing/actors';
import { day, dayStart } from './testing/calendar';
import { ctx, DISPUTE_ID, event, stateOf } from './testing/dispute-spec';
import {
  claimFiled,
  claimRejected,
  closedUnresolved,
  inMediation,
  mediationRequested,
  mediatorAssigned,
  merchantOffer,
  representationGranted,
  settlementProposed,
} from './testing/moments';
import type { Actor } from './values/actor';

/**
 * The commands the stories below were written with: each list says exactly which of them is
 * offered. A command added since is left out of the lists (its own spec says when it is
 * offered) and checked by the last test, as every command is, against its description and decide.
 */
const TOLD: ReadonlySet<DisputeCommandType> = new Set<DisputeCommandType>([
  'FileClaim',
  ...(['AttachEvidence', 'PostMessage', 'AcknowledgeClaim', 'RejectClaim', 'EscalateInternally', 'RecordFormalNotice', 'MakeOffer', 'AcceptOffer', 'RejectOffer'] as const),
  ...(['RequestMediation', 'AssignMediator', 'ExtendMediation', 'DecideAdmissibility', 'ProposeSettlement', 'AcceptSettlement', 'RejectSettlement'] as const),
  ...(['ConfirmRemedyFulfilled', 'ReportRemedyCarriedOut', 'ReportRemedyFailed', 'GrantRepresentation', 'RevokeRepresentation', 'ShareForAdvice', 'StopSharingForAdvice'] as const),
  ...(['WithdrawClaim', 'CloseDispute', 'GiveFeedback', 'RecordDeadlinePassed', 'RecordDeadlineReminder', 'AssignCase', 'UnassignCase', 'AddInternalNote'] as const),
  ...(['PlaceLegalHold', 'LiftLegalHold', 'ApplyRetention', 'CompleteErasure'] as const),
]);
const availableActions = (state: DisputeState, actor: Actor, at: string) => offeredNow(state, actor, at).filter((type) => TOLD.has(type));

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
    // Before admissibility, a request she will not examine is refused (DecideAdmissibility), not closed.
    expect(availableActions(stateOf([claimFiled(), claimRejected(), mediationRequested(), mediatorAssigned()]), mediator, day(5))).toEqual(['PostMessage', 'DecideAdmissibility']);
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
    // A mandate still running: she may take it back after the end too; the association may no longer act.
    const closedUnderMandate = [claimFiled(), representationGranted(), closedUnresolved(day(2))];
    expect(availableActions(stateOf(closedUnderMandate), consumer, day(3))).toEqual(['RevokeRepresentation', 'GiveFeedback']);
    expect(availableActions(stateOf(closedUnderMandate), association, day(3))).toEqual([]);
  });

  it('the association holding the mandate may renounce it, while the dispute runs and after its end; nobody else is offered it', () => {
    const offered = (events: DisputeEvent[], actor: Actor, at: string) => offeredNow(stateOf(events), actor, at).includes('RenounceRepresentation');
    const underMandate = [claimFiled(), representationGranted()];
    expect(offered(underMandate, association, day(2))).toBe(true);
    expect(offered([...underMandate, closedUnresolved(day(2))], association, day(3))).toBe(true);
    for (const actor of [consumer, agent, admin, otherAssociation]) expect(offered(underMandate, actor, day(2))).toBe(false);
    expect(offered([claimFiled()], association, day(2))).toBe(false);
    const renounced = event('RepresentationRenounced', { ...ctx(day(2), association), onBehalfOf: consumer.id, associationId: association.id, reason: 'Plus de suivi possible.' });
    expect(offeredNow(stateOf([...underMandate, renounced]), association, day(3))).toEqual([]);
    // Hers again: she may give a mandate anew.
    expect(offeredNow(stateOf([...underMandate, renounced]), consumer, day(3))).toContain('GrantRepresentation');
  });

  const stories: Array<[string, DisputeEvent[], string]> = [
    ['filed', [claimFiled()], day(1)],
    ['filed, a mandate given', [claimFiled(), representationGranted()], day(1)],
    ['an offer made', [claimFiled(), merchantOffer(day(1))], day(2)],
    ['refused', [claimFiled(), claimRejected()], day(3)],
    ['mediation requested', [claimFiled(), claimRejected(), mediationRequested()], day(4)],
    ['in mediation', inMediation(), day(6)],
    ['a settlement proposed', [...inMediation(), settlementProposed()], day(7)],
    ['closed', [claimFiled(), closedUnresolved(day(2))], day(3)],
    ['closed under a mandate', [claimFiled(), representationGranted(), closedUnresolved(day(2))], day(3)],
  ];
  const actors = { consumer, agent, mediator, admin, association, system, otherConsumer, otherMerchantAgent, otherMediator, otherAssociation };

  // Derived from the descriptions, checked against decide: what a new command's author does not write here.
  it('every command, new ones too: never offered outside its roles (decide refuses it before reading a payload), and when offered, decide refuses at most its payload', () => {
    const wrong: string[] = [];
    for (const [story, events, at] of stories) {
      const state = stateOf(events);
      for (const [name, actor] of Object.entries(actors)) {
        const offered = offeredNow(state, actor, at);
        const party = identify(state as Dispute, actor);
        for (const type of DISPUTE_COMMAND_TYPES.filter((t) => t !== 'FileClaim')) {
          const decided = disputeDecider.decide({ type, disputeId: DISPUTE_ID, actor, at } as DisputeCommand, state);
          const refusedBeforePayload = decided instanceof DomainError && decided.code !== 'INVALID_INPUT';
          const inRole = !(party instanceof DomainError) && COMMAND_DESCRIPTIONS[type].roles.includes(party.role);
          if (!inRole && (offered.includes(type) || !refusedBeforePayload)) wrong.push(`${story}: ${type} by ${name}, not in its roles, ${offered.includes(type) ? 'offered' : `decided ${decided instanceof DomainError ? decided.code : 'events'}`}`);
          if (offered.includes(type) && refusedBeforePayload) wrong.push(`${story}: ${type} offered to ${name}, refused by decide: ${(decided as DomainError).code}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

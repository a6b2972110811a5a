import { availableActions } from './available-actions';
import type { DisputeCommand } from './commands/dispute-command';
import { decide } from './decide';
import { deadlines } from './deadlines/open-deadlines';
import { DomainError } from './errors';
import type { DisputeEvent } from './events/dispute-event';
import { evolve } from './evolve';
import { initialState, type DisputeState } from './state';
import { deriveStatus, type DisputeStatus } from './status';
import { admin, agent, association, consumer, mediator, supervisor, system } from './testing/actors';
import { day, dayStart } from './testing/calendar';
import { command } from './testing/dispute-spec';
import { fileClaimCommand } from './testing/washing-machine-claim';

/** Runs commands one by one as the API would: each must be on offer, then accepted. */
function journey() {
  let state: DisputeState = initialState();
  const events: DisputeEvent[] = [];
  const api = {
    do(cmd: DisputeCommand, expected?: DisputeStatus) {
      expect(availableActions(state, cmd.actor, cmd.at)).toContain(cmd.type);
      const result = decide(cmd, state);
      if (result instanceof DomainError) throw new Error(`${cmd.type} refused: ${result.code} ${result.message}`);
      state = result.reduce(evolve, state);
      events.push(...result);
      if (expected) expect(deriveStatus(state)).toBe(expected);
      return api;
    },
    refused(cmd: DisputeCommand, code: string) {
      expect(decide(cmd, state)).toMatchObject({ code });
      expect(availableActions(state, cmd.actor, cmd.at)).not.toContain(cmd.type);
      return api;
    },
    /** Refused for what it says, not for who sends it or when: the command stays on offer. */
    refusedPayload(cmd: DisputeCommand, code: string) {
      expect(decide(cmd, state)).toMatchObject({ code });
      expect(availableActions(state, cmd.actor, cmd.at)).toContain(cmd.type);
      return api;
    },
    get state() {
      return state;
    },
    types: () => events.map((e) => e.type),
  };
  return api;
}

const court = [{ kind: 'SMALL_CLAIMS' as const, text: 'Tribunal judiciaire, procédure simplifiée de recouvrement' }];

describe('journeys', () => {
  it('claim → offer → accepted → repair confirmed → resolved → feedback', () => {
    const j = journey()
      .do(fileClaimCommand(), 'AWAITING_MERCHANT')
      .do(command('AcknowledgeClaim', day(1), agent, {}), 'AWAITING_MERCHANT')
      .do(command('MakeOffer', day(2), agent, { offerId: 'offer-1', remedy: 'REPAIR', daysToCarryOut: 15, terms: 'Technician visit' }), 'AWAITING_CONSUMER')
      .refused(command('AcceptOffer', day(3), agent, { offerId: 'offer-1' }), 'OWN_OFFER')
      .do(command('AcceptOffer', day(3), consumer, { offerId: 'offer-1' }), 'AGREED')
      .do(command('ConfirmRemedyFulfilled', day(10), consumer, { note: 'Fixed' }), 'RESOLVED')
      .refused(command('PostMessage', day(11), consumer, { messageId: 'm', body: 'thanks' }), 'DISPUTE_CLOSED')
      .do(command('GiveFeedback', day(11), consumer, { rating: 5, comment: 'Quick' }), 'RESOLVED')
      .refused(command('GiveFeedback', day(12), consumer, { rating: 1 }), 'FEEDBACK_ALREADY_GIVEN');
    expect(j.types()).toEqual(['ClaimFiled', 'ClaimAcknowledged', 'OfferMade', 'OfferAccepted', 'RemedyFulfilled', 'DisputeClosed', 'FeedbackGiven']);
  });

  it('claim → refused → supervisor → complaints department → mediation → settlement accepted by both → agreed → fulfilled', () => {
    const j = journey()
      .do(fileClaimCommand())
      .refused(command('RequestMediation', day(1), consumer, {}), 'MEDIATION_TOO_EARLY')
      .do(command('RejectClaim', day(2), agent, { reason: 'Limescale: misuse' }), 'REJECTED')
      .do(command('EscalateInternally', day(3), consumer, { reason: 'No limescale, see photos' }), 'ESCALATED')
      .refused(command('EscalateInternally', day(4), consumer, {}), 'ESCALATION_TOO_EARLY')
      .do(command('RejectClaim', day(5), supervisor, { reason: 'Confirmed' }), 'REJECTED')
      .do(command('EscalateInternally', day(6), consumer, {}), 'ESCALATED')
      .do(command('RejectClaim', day(8), supervisor, { reason: 'Final answer' }), 'REJECTED')
      .refused(command('EscalateInternally', day(9), consumer, {}), 'ESCALATION_EXHAUSTED')
      .do(command('RequestMediation', day(9), consumer, { summary: 'Three refusals' }), 'MEDIATION_REQUESTED')
      .refused(command('DecideAdmissibility', day(10), mediator, { admissible: true }), 'NOT_A_PARTY')
      .do(command('AssignMediator', day(10), admin, { mediatorId: mediator.id }), 'MEDIATION_REQUESTED')
      .do(command('DecideAdmissibility', day(12), mediator, { admissible: true }), 'IN_MEDIATION')
      .do(command('ProposeSettlement', day(30), mediator, { settlementId: 's-1', remedy: 'REPLACEMENT', daysToCarryOut: 20, terms: 'New machine delivered and installed' }), 'IN_MEDIATION')
      .do(command('AcceptSettlement', day(31), consumer, { settlementId: 's-1' }), 'IN_MEDIATION')
      .do(command('AcceptSettlement', day(33), agent, { settlementId: 's-1' }), 'AGREED')
      .do(command('ConfirmRemedyFulfilled', day(45), consumer, {}), 'RESOLVED');
    expect(j.state.filed && j.state.escalation.history.map((h) => h.level)).toEqual(['SUPERVISOR', 'COMPLAINTS_DEPARTMENT']);
  });

  it('claim → offer → counter-offer refused → offer refused → mediation → settlement refused → closed unresolved with next steps', () => {
    const j = journey()
      .do(fileClaimCommand())
      .do(command('MakeOffer', day(1), agent, { offerId: 'o-1', remedy: 'PRICE_REDUCTION', amount: { amount: '50.00', currency: 'EUR' }, daysToCarryOut: 14 }), 'AWAITING_CONSUMER')
      .do(command('MakeOffer', day(2), consumer, { offerId: 'c-1', remedy: 'REFUND', amount: { amount: '649.00', currency: 'EUR' }, daysToCarryOut: 14 }), 'AWAITING_MERCHANT')
      .do(command('RejectOffer', day(3), agent, { offerId: 'c-1', reason: 'Not justified' }), 'AWAITING_CONSUMER')
      .do(command('RejectOffer', day(4), consumer, { offerId: 'o-1', reason: '50 EUR is not serious' }), 'AWAITING_MERCHANT')
      .do(command('RequestMediation', day(5), consumer, {}), 'MEDIATION_REQUESTED')
      .refused(command('MakeOffer', day(5), agent, { offerId: 'o-2', remedy: 'REPAIR' }), 'MEDIATION_IN_PROGRESS')
      .do(command('AssignMediator', day(6), admin, { mediatorId: mediator.id }))
      .do(command('DecideAdmissibility', day(7), mediator, { admissible: true }), 'IN_MEDIATION')
      .do(command('PostMessage', day(8), mediator, { messageId: 'note-1', body: 'Merchant seems firm', visibility: 'MEDIATOR_ONLY' }))
      .do(command('ProposeSettlement', day(20), mediator, { settlementId: 's-1', remedy: 'PRICE_REDUCTION', amount: { amount: '200.00', currency: 'EUR' }, terms: 'Partial refund' }))
      .do(command('RejectSettlement', day(22), agent, { settlementId: 's-1', reason: 'Too much' }), 'IN_MEDIATION')
      .do(command('CloseDispute', day(25), mediator, { outcome: 'UNRESOLVED', nextSteps: court, summary: 'No agreement' }), 'UNRESOLVED')
      .do(command('GiveFeedback', day(26), consumer, { rating: 3 }));
    expect(j.state.filed && j.state.closure?.nextSteps).toEqual(court);
  });

  it('merchant silence → reminder → response overdue (SYSTEM) → mediation allowed → admissibility overdue recorded', () => {
    const j = journey().do(fileClaimCommand());
    expect(deadlines(j.state).map((d) => d.kind)).toEqual(['MERCHANT_RESPONSE']);
    j.refused(command('RecordDeadlinePassed', day(10), system, { deadline: 'MERCHANT_RESPONSE' }), 'DEADLINE_NOT_REACHED')
      .do(command('RecordDeadlineReminder', day(9), system, { deadline: 'MERCHANT_RESPONSE' }))
      .do(command('RecordDeadlinePassed', dayStart(11), system, { deadline: 'MERCHANT_RESPONSE' }), 'AWAITING_MERCHANT')
      .do(command('RequestMediation', day(11), consumer, {}), 'MEDIATION_REQUESTED')
      .do(command('RecordDeadlinePassed', dayStart(33), system, { deadline: 'ADMISSIBILITY_DUE' }), 'MEDIATION_REQUESTED')
      .do(command('AssignMediator', day(33), admin, { mediatorId: mediator.id }))
      .do(command('DecideAdmissibility', day(34), mediator, { admissible: true }), 'IN_MEDIATION');
    expect(j.types().slice(1, 5)).toEqual(['DeadlineReminderRecorded', 'MerchantResponseOverdue', 'MediationRequested', 'AdmissibilityOverdue']);
  });

  it('repair fails, then a replacement → a new repair offered is declined, the refund taken; the association steers it for the consumer', () => {
    const j = journey()
      .do(fileClaimCommand())
      .do(command('GrantRepresentation', day(1), consumer, { associationId: association.id }))
      .do(command('MakeOffer', day(2), agent, { offerId: 'o-1', remedy: 'REPAIR', daysToCarryOut: 10 }))
      .do(command('AcceptOffer', day(3), association, { offerId: 'o-1' }), 'AGREED')
      .do(command('RecordDeadlinePassed', dayStart(14), system, { deadline: 'REMEDY_DUE' }), 'AGREED')
      .do(command('ReportRemedyFailed', day(14), association, { failure: 'NOT_CARRIED_OUT', description: 'Nobody came' }), 'AWAITING_MERCHANT')
      .do(command('MakeOffer', day(15), agent, { offerId: 'o-2', remedy: 'REPLACEMENT', daysToCarryOut: 7 }))
      .do(command('AcceptOffer', day(16), association, { offerId: 'o-2' }))
      .do(command('ReportRemedyFailed', day(30), association, { failure: 'DEFECT_RECURRED', description: 'E21 on the new one too' }))
      // Two failures close nothing: a new repair may be offered, and she may decline it for the refund L217-14 gives her.
      .do(command('MakeOffer', day(31), agent, { offerId: 'o-3', remedy: 'REPAIR', daysToCarryOut: 10 }), 'AWAITING_CONSUMER')
      .do(command('RejectOffer', day(31), association, { offerId: 'o-3', reason: 'Two failures: she wants her money back' }), 'AWAITING_MERCHANT')
      .do(command('MakeOffer', day(31), agent, { offerId: 'o-4', remedy: 'REFUND', amount: { amount: '649.00', currency: 'EUR' }, daysToCarryOut: 14 }))
      .do(command('AcceptOffer', day(32), association, { offerId: 'o-4' }))
      .do(command('RevokeRepresentation', day(33), consumer, {}))
      .refused(command('ConfirmRemedyFulfilled', day(40), association, {}), 'NO_MANDATE')
      .do(command('ConfirmRemedyFulfilled', day(40), consumer, {}), 'RESOLVED');
    expect(j.state.filed && j.state.remedyHistory.map((r) => [r.remedy, r.outcome])).toEqual([
      ['REPAIR', 'FAILED'],
      ['REPLACEMENT', 'FAILED'],
      ['REFUND', 'FULFILLED'],
    ]);
  });
});

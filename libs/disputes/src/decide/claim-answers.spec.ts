import {
  admissible,
  agent,
  association,
  claimFiled,
  claimRejected,
  command,
  consumer,
  consumerOffer,
  ctx,
  day,
  dayStart,
  event,
  given,
  mediationRequested,
  mediatorAssigned,
  merchantOffer,
  offerAccepted,
  otherMerchantAgent,
  supervisor,
} from '../testing/dispute-fixtures';
import { deadlines } from '../deadlines';

const escalated = (at: string, level: 'SUPERVISOR' | 'COMPLAINTS_DEPARTMENT', dueAt: string) =>
  event('EscalatedInternally', { ...ctx(at, consumer), level, merchantResponseDueAt: dueAt });

describe('AcknowledgeClaim', () => {
  it('records the merchant’s acknowledgement, with its note', () => {
    given([claimFiled()])
      .when(command('AcknowledgeClaim', day(1), agent, { note: 'Our technician will call you' }))
      .then([event('ClaimAcknowledged', { ...ctx(day(1), agent), note: 'Our technician will call you' })]);
    given([claimFiled()]).when(command('AcknowledgeClaim', day(1), agent, {})).then([event('ClaimAcknowledged', ctx(day(1), agent))]);
  });

  it('is not an answer: the response clock keeps running', () => {
    given([claimFiled()])
      .when(command('AcknowledgeClaim', day(1), agent, {}))
      .thenState((s) => expect(deadlines(s).map((d) => [d.kind, d.dueAt])).toEqual([['MERCHANT_RESPONSE', dayStart(11)]]));
  });

  it('happens once', () => {
    given([claimFiled(), event('ClaimAcknowledged', ctx(day(1), agent))]).when(command('AcknowledgeClaim', day(2), supervisor, {})).thenFails('ALREADY_ACKNOWLEDGED');
  });

  it('only by the merchant, on its turn, while negotiating', () => {
    given([claimFiled()]).when(command('AcknowledgeClaim', day(1), consumer, {})).thenFails('ROLE_NOT_ALLOWED');
    given([claimFiled(), claimRejected()]).when(command('AcknowledgeClaim', day(3), agent, {})).thenFails('NOT_YOUR_TURN');
    given([claimFiled(), claimRejected(), mediationRequested()]).when(command('AcknowledgeClaim', day(4), agent, {})).thenFails('MEDIATION_IN_PROGRESS');
  });

  it('checks the note', () => {
    given([claimFiled()]).when(command('AcknowledgeClaim', day(1), agent, { note: 'x'.repeat(2001) })).thenFails('INVALID_INPUT', 'note');
  });
});

describe('RejectClaim', () => {
  it('records the refusal and its level', () => {
    given([claimFiled()])
      .when(command('RejectClaim', day(2), agent, { reason: 'Misuse: limescale' }))
      .then([event('ClaimRejected', { ...ctx(day(2), agent), reason: 'Misuse: limescale', level: 'FRONT_DESK' })]);
  });

  it('refuses a counter-offer on the table along with the claim', () => {
    given([claimFiled(), merchantOffer(day(1)), consumerOffer(day(2))])
      .when(command('RejectClaim', day(3), agent, { reason: 'We maintain our position' }))
      .then([
        event('OfferRejected', { ...ctx(day(3), agent), offerId: 'counter-1', reason: 'We maintain our position' }),
        event('ClaimRejected', { ...ctx(day(3), agent), reason: 'We maintain our position', level: 'FRONT_DESK' }),
      ]);
  });

  it('at the level the claim was escalated to', () => {
    given([claimFiled(), claimRejected(), escalated(day(3), 'SUPERVISOR', dayStart(14))])
      .when(command('RejectClaim', day(4), supervisor, { reason: 'Confirmed' }))
      .then([event('ClaimRejected', { ...ctx(day(4), supervisor), reason: 'Confirmed', level: 'SUPERVISOR' })]);
  });

  it('only on the merchant’s turn', () => {
    given([claimFiled(), merchantOffer(day(1))]).when(command('RejectClaim', day(2), agent, { reason: 'no' })).thenFails('NOT_YOUR_TURN');
    given([claimFiled(), claimRejected()]).when(command('RejectClaim', day(3), agent, { reason: 'no, twice' })).thenFails('NOT_YOUR_TURN');
  });

  it('not once a remedy is agreed, nor by another merchant', () => {
    given([claimFiled(), merchantOffer(day(1)), offerAccepted(day(2), 'offer-1', 30)]).when(command('RejectClaim', day(3), agent, { reason: 'no' })).thenFails('AGREEMENT_PENDING');
    given([claimFiled()]).when(command('RejectClaim', day(1), otherMerchantAgent, { reason: 'no' })).thenFails('NOT_A_PARTY');
  });

  it('must give a reason', () => {
    given([claimFiled()]).when(command('RejectClaim', day(1), agent, { reason: ' ' })).thenFails('INVALID_INPUT', 'reason');
  });
});

describe('EscalateInternally', () => {
  it('takes a refused claim to a supervisor, who gets a fresh response period', () => {
    given([claimFiled(), claimRejected()])
      .when(command('EscalateInternally', day(3), consumer, { reason: 'The limescale claim is wrong' }))
      .then([event('EscalatedInternally', { ...ctx(day(3), consumer), level: 'SUPERVISOR', reason: 'The limescale claim is wrong', merchantResponseDueAt: dayStart(14) })]);
  });

  it('then to the complaints department, once the supervisor had its chance', () => {
    given([claimFiled(), claimRejected(), escalated(day(3), 'SUPERVISOR', dayStart(14)), event('ClaimRejected', { ...ctx(day(4), supervisor), reason: 'no', level: 'SUPERVISOR' })])
      .when(command('EscalateInternally', day(5), consumer, {}))
      .then([escalated(day(5), 'COMPLAINTS_DEPARTMENT', dayStart(16))]);
  });

  it('after the merchant’s silence past its response period', () => {
    given([claimFiled(), event('MerchantResponseOverdue', { ...ctx(dayStart(11), { kind: 'SYSTEM', id: 'pm' }), dueAt: dayStart(11) })])
      .when(command('EscalateInternally', day(12), consumer, {}))
      .then([escalated(day(12), 'SUPERVISOR', dayStart(23))]);
  });

  it('after the consumer refused the merchant’s offer, or let it lapse', () => {
    given([claimFiled(), merchantOffer(day(1)), event('OfferRejected', { ...ctx(day(2), consumer), offerId: 'offer-1', reason: 'too slow', merchantResponseDueAt: dayStart(13) })])
      .when(command('EscalateInternally', day(3), consumer, {}))
      .then([escalated(day(3), 'SUPERVISOR', dayStart(14))]);
    given([claimFiled(), merchantOffer(day(1)), event('OfferExpired', { ...ctx(dayStart(16), { kind: 'SYSTEM', id: 'pm' }), offerId: 'offer-1', expiresAt: dayStart(16) })])
      .when(command('EscalateInternally', day(16), consumer, {}))
      .then([escalated(day(16), 'SUPERVISOR', dayStart(27))]);
  });

  it('is too early while the merchant has not had its chance at this level', () => {
    given([claimFiled()]).when(command('EscalateInternally', day(1), consumer, {})).thenFails('ESCALATION_TOO_EARLY');
    given([claimFiled(), merchantOffer(day(1))]).when(command('EscalateInternally', day(2), consumer, {})).thenFails('ESCALATION_TOO_EARLY');
    given([claimFiled(), claimRejected(), escalated(day(3), 'SUPERVISOR', dayStart(14))]).when(command('EscalateInternally', day(4), consumer, {})).thenFails('ESCALATION_TOO_EARLY');
  });

  it('stops at the complaints department', () => {
    given([
      claimFiled(),
      claimRejected(),
      escalated(day(3), 'SUPERVISOR', dayStart(14)),
      event('ClaimRejected', { ...ctx(day(4), supervisor), reason: 'no', level: 'SUPERVISOR' }),
      escalated(day(5), 'COMPLAINTS_DEPARTMENT', dayStart(16)),
      event('ClaimRejected', { ...ctx(day(6), supervisor), reason: 'final', level: 'COMPLAINTS_DEPARTMENT' }),
    ])
      .when(command('EscalateInternally', day(7), consumer, {}))
      .thenFails('ESCALATION_EXHAUSTED');
  });

  it('may be done by the association for the consumer', () => {
    given([claimFiled(), event('RepresentationGranted', { ...ctx(day(1), consumer), associationId: association.id }), claimRejected()])
      .when(command('EscalateInternally', day(3), association, {}))
      .then([event('EscalatedInternally', { ...ctx(day(3), association), onBehalfOf: consumer.id, level: 'SUPERVISOR', merchantResponseDueAt: dayStart(14) })]);
  });

  it('only by the consumer’s side, while negotiating', () => {
    given([claimFiled(), claimRejected()]).when(command('EscalateInternally', day(3), agent, {})).thenFails('ROLE_NOT_ALLOWED');
    given([claimFiled(), claimRejected(), mediationRequested(), mediatorAssigned(), admissible()]).when(command('EscalateInternally', day(6), consumer, {})).thenFails('MEDIATION_IN_PROGRESS');
    given([claimFiled(), claimRejected()]).when(command('EscalateInternally', day(3), consumer, { reason: 'x'.repeat(2001) })).thenFails('INVALID_INPUT', 'reason');
  });
});

import { agent, association, consumer, supervisor } from '../testing/actors';
import { day, dayStart } from '../testing/calendar';
import { command, ctx, event, given } from '../testing/dispute-spec';
import { admissible, claimFiled, claimRejected, escalated, mediationRequested, mediatorAssigned, merchantOffer } from '../testing/moments';


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

import { agent, consumer, otherMerchantAgent, supervisor } from '../testing/actors';
import { day, dayStart } from '../testing/calendar';
import { command, ctx, event, given } from '../testing/dispute-spec';
import { claimFiled, claimRejected, consumerOffer, escalated, mediationRequested, merchantOffer, offerAccepted } from '../testing/moments';
import { deadlines } from '../deadlines/open-deadlines';

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

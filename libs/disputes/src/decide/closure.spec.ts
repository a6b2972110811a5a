import { deriveStatus } from '../status';
import {
  admin,
  agent,
  association,
  claimFiled,
  command,
  consumer,
  ctx,
  day,
  event,
  given,
  inMediation,
  mediator,
  merchantOffer,
  offerAccepted,
} from '../testing/dispute-fixtures';

const granted = event('RepresentationGranted', { ...ctx(day(0, '12:00'), consumer), associationId: association.id });
const court = [
  { kind: 'SMALL_CLAIMS' as const, text: 'Injonction de payer, tribunal judiciaire' },
  { kind: 'CONCILIATOR' as const, text: 'Conciliateur de justice, free of charge' },
];
const closedUnresolved = (at: string, by = consumer) => event('DisputeClosed', { ...ctx(at, by), outcome: 'UNRESOLVED', nextSteps: court });

describe('WithdrawClaim', () => {
  it('the consumer drops the claim, with or without a reason', () => {
    given([claimFiled()]).when(command('WithdrawClaim', day(1), consumer, { reason: 'Fixed it myself' })).then([event('ClaimWithdrawn', { ...ctx(day(1), consumer), reason: 'Fixed it myself' })]);
    given([claimFiled()]).when(command('WithdrawClaim', day(1), consumer, {})).then([event('ClaimWithdrawn', ctx(day(1), consumer))]);
    given([claimFiled()]).when(command('WithdrawClaim', day(1), consumer, {})).thenState((s) => expect(deriveStatus(s)).toBe('WITHDRAWN'));
  });

  it('at any stage, even during a mediation', () => {
    given(inMediation()).when(command('WithdrawClaim', day(6), consumer, {})).then([event('ClaimWithdrawn', ctx(day(6), consumer))]);
  });

  it('by the consumer’s side only', () => {
    given([claimFiled(), granted]).when(command('WithdrawClaim', day(1), association, {})).then([event('ClaimWithdrawn', ctx(day(1), association))]);
    given([claimFiled()]).when(command('WithdrawClaim', day(1), agent, {})).thenFails('ROLE_NOT_ALLOWED');
    given([claimFiled()]).when(command('WithdrawClaim', day(1), consumer, { reason: 'x'.repeat(2001) })).thenFails('INVALID_INPUT', 'reason');
  });
});

describe('CloseDispute', () => {
  it('unresolved, telling the consumer where to go next', () => {
    given([claimFiled()])
      .when(command('CloseDispute', day(1), consumer, { outcome: 'UNRESOLVED', nextSteps: court, summary: 'Going to court' }))
      .then([event('DisputeClosed', { ...ctx(day(1), consumer), outcome: 'UNRESOLVED', nextSteps: court, summary: 'Going to court' })]);
    given([claimFiled()])
      .when(command('CloseDispute', day(1), consumer, { outcome: 'UNRESOLVED', nextSteps: court }))
      .thenState((s) => expect(s.filed && [deriveStatus(s), s.closure!.nextSteps]).toEqual(['UNRESOLVED', court]));
  });

  it('resolved, by the consumer who says so', () => {
    given([claimFiled()])
      .when(command('CloseDispute', day(1), consumer, { outcome: 'RESOLVED', summary: 'Settled by phone' }))
      .then([event('DisputeClosed', { ...ctx(day(1), consumer), outcome: 'RESOLVED', summary: 'Settled by phone' })]);
    given([claimFiled()]).when(command('CloseDispute', day(1), consumer, { outcome: 'RESOLVED' })).thenState((s) => expect(deriveStatus(s)).toBe('RESOLVED'));
  });

  it('by the mediator, to end a failed mediation unresolved', () => {
    given(inMediation()).when(command('CloseDispute', day(6), mediator, { outcome: 'UNRESOLVED', nextSteps: court })).then([closedUnresolved(day(6), mediator)]);
    given(inMediation()).when(command('CloseDispute', day(6), mediator, { outcome: 'RESOLVED' })).thenFails('ROLE_NOT_ALLOWED');
  });

  it('not by the mediator once the mediation is over', () => {
    given([...inMediation(), merchantOffer(day(5, '12:00'), 'offer-9'), offerAccepted(day(6), 'offer-9', 30, consumer, true)])
      .when(command('CloseDispute', day(7), mediator, { outcome: 'UNRESOLVED', nextSteps: court }))
      .thenFails('NOT_IN_MEDIATION');
  });

  it('by the admin, at any stage', () => {
    given([claimFiled(), merchantOffer(day(1)), offerAccepted(day(2), 'offer-1', 30)])
      .when(command('CloseDispute', day(3), admin, { outcome: 'UNRESOLVED', nextSteps: court }))
      .then([closedUnresolved(day(3), admin)]);
  });

  it('not by the merchant', () => {
    given([claimFiled()]).when(command('CloseDispute', day(1), agent, { outcome: 'RESOLVED' })).thenFails('ROLE_NOT_ALLOWED');
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['no outcome', {}, 'outcome'],
    ['an unknown outcome', { outcome: 'DRAW' }, 'outcome'],
    ['unresolved without next steps', { outcome: 'UNRESOLVED' }, 'nextSteps'],
    ['resolved with next steps', { outcome: 'RESOLVED', nextSteps: court }, 'nextSteps'],
    ['a summary too long', { outcome: 'RESOLVED', summary: 'x'.repeat(2001) }, 'summary'],
  ])('refuses %s', (_case, payload, field) => {
    given([claimFiled()]).when(command('CloseDispute', day(1), consumer, payload as never)).thenFails('INVALID_INPUT', field);
  });
});

describe('GiveFeedback', () => {
  const closed = [claimFiled(), closedUnresolved(day(1))];

  it('the consumer rates the experience once the dispute is over', () => {
    given(closed).when(command('GiveFeedback', day(2), consumer, { rating: 4, comment: 'Clear and quick' })).then([event('FeedbackGiven', { ...ctx(day(2), consumer), rating: 4, comment: 'Clear and quick' })]);
    given([claimFiled(), event('ClaimWithdrawn', ctx(day(1), consumer))]).when(command('GiveFeedback', day(2), consumer, { rating: 1 })).then([event('FeedbackGiven', { ...ctx(day(2), consumer), rating: 1 })]);
  });

  it('once', () => {
    given([...closed, event('FeedbackGiven', { ...ctx(day(2), consumer), rating: 4 })]).when(command('GiveFeedback', day(3), consumer, { rating: 5 })).thenFails('FEEDBACK_ALREADY_GIVEN');
  });

  it('not while the dispute is open', () => {
    given([claimFiled()]).when(command('GiveFeedback', day(1), consumer, { rating: 5 })).thenFails('DISPUTE_STILL_OPEN');
  });

  it('by the consumer in person', () => {
    given([claimFiled(), granted, closedUnresolved(day(1))]).when(command('GiveFeedback', day(2), association, { rating: 5 })).thenFails('ROLE_NOT_ALLOWED');
    given(closed).when(command('GiveFeedback', day(2), agent, { rating: 5 })).thenFails('ROLE_NOT_ALLOWED');
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a rating of 0', { rating: 0 }, 'rating'],
    ['a rating of 6', { rating: 6 }, 'rating'],
    ['a rating of 4.5', { rating: 4.5 }, 'rating'],
    ['a rating as text', { rating: '5' }, 'rating'],
    ['a comment too long', { rating: 3, comment: 'x'.repeat(2001) }, 'comment'],
  ])('refuses %s', (_case, payload, field) => {
    given(closed).when(command('GiveFeedback', day(2), consumer, payload as never)).thenFails('INVALID_INPUT', field);
  });
});

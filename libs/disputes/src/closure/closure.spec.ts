import { deriveStatus } from '../status';
import { admin, agent, association, consumer, mediator } from '../testing/actors';
import { day } from '../testing/calendar';
import { command, ctx, event, given } from '../testing/dispute-spec';
import { claimFiled, claimRejected, closedUnresolved, COURT, inMediation, mediationRequested, mediatorAssigned, merchantOffer, offerAccepted, representationGranted } from '../testing/moments';


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
    given([claimFiled(), representationGranted()]).when(command('WithdrawClaim', day(1), association, {})).then([event('ClaimWithdrawn', ctx(day(1), association))]);
    given([claimFiled()]).when(command('WithdrawClaim', day(1), agent, {})).thenFails('ROLE_NOT_ALLOWED');
    given([claimFiled()]).when(command('WithdrawClaim', day(1), consumer, { reason: 'x'.repeat(2001) })).thenFails('INVALID_INPUT', 'reason');
  });
});

describe('CloseDispute', () => {
  it('unresolved, telling the consumer where to go next', () => {
    given([claimFiled()])
      .when(command('CloseDispute', day(1), consumer, { outcome: 'UNRESOLVED', nextSteps: COURT, summary: 'Going to COURT' }))
      .then([event('DisputeClosed', { ...ctx(day(1), consumer), outcome: 'UNRESOLVED', nextSteps: COURT, summary: 'Going to COURT' })]);
    given([claimFiled()])
      .when(command('CloseDispute', day(1), consumer, { outcome: 'UNRESOLVED', nextSteps: COURT }))
      .thenState((s) => expect(s.filed && [deriveStatus(s), s.closure!.nextSteps]).toEqual(['UNRESOLVED', COURT]));
  });

  it('resolved, by the consumer who says so', () => {
    given([claimFiled()])
      .when(command('CloseDispute', day(1), consumer, { outcome: 'RESOLVED', summary: 'Settled by phone' }))
      .then([event('DisputeClosed', { ...ctx(day(1), consumer), outcome: 'RESOLVED', summary: 'Settled by phone' })]);
    given([claimFiled()]).when(command('CloseDispute', day(1), consumer, { outcome: 'RESOLVED' })).thenState((s) => expect(deriveStatus(s)).toBe('RESOLVED'));
  });

  it('by the mediator, to end a failed mediation unresolved', () => {
    given(inMediation()).when(command('CloseDispute', day(6), mediator, { outcome: 'UNRESOLVED', nextSteps: COURT })).then([closedUnresolved(day(6), mediator)]);
    given(inMediation()).when(command('CloseDispute', day(6), mediator, { outcome: 'RESOLVED' })).thenFails('ROLE_NOT_ALLOWED');
  });

  it('not by the mediator before she decided admissibility: a request she will not examine is refused on a ground of L612-2', () => {
    const requested = [claimFiled(), claimRejected(), mediationRequested(), mediatorAssigned()];
    given(requested).when(command('CloseDispute', day(5), mediator, { outcome: 'UNRESOLVED', nextSteps: COURT })).thenFails('DECIDE_ADMISSIBILITY_FIRST');
    // The consumer may still leave, and the admin close, at that stage.
    given(requested).when(command('CloseDispute', day(5), consumer, { outcome: 'UNRESOLVED', nextSteps: COURT })).then([closedUnresolved(day(5), consumer)]);
  });

  it('not by the mediator once the mediation is over', () => {
    given([...inMediation(), merchantOffer(day(5, '12:00'), 'offer-9'), offerAccepted(day(6), 'offer-9', 30, consumer, true)])
      .when(command('CloseDispute', day(7), mediator, { outcome: 'UNRESOLVED', nextSteps: COURT }))
      .thenFails('NOT_IN_MEDIATION');
  });

  it('by the admin, at any stage', () => {
    given([claimFiled(), merchantOffer(day(1)), offerAccepted(day(2), 'offer-1', 30)])
      .when(command('CloseDispute', day(3), admin, { outcome: 'UNRESOLVED', nextSteps: COURT }))
      .then([closedUnresolved(day(3), admin)]);
  });

  it('not by the merchant', () => {
    given([claimFiled()]).when(command('CloseDispute', day(1), agent, { outcome: 'RESOLVED' })).thenFails('ROLE_NOT_ALLOWED');
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['no outcome', {}, 'outcome'],
    ['an unknown outcome', { outcome: 'DRAW' }, 'outcome'],
    ['unresolved without next steps', { outcome: 'UNRESOLVED' }, 'nextSteps'],
    ['resolved with next steps', { outcome: 'RESOLVED', nextSteps: COURT }, 'nextSteps'],
    ['a summary too long', { outcome: 'RESOLVED', summary: 'x'.repeat(2001) }, 'summary'],
  ])('refuses %s', (_case, payload, field) => {
    given([claimFiled()]).when(command('CloseDispute', day(1), consumer, payload as never)).thenFails('INVALID_INPUT', field);
  });
});

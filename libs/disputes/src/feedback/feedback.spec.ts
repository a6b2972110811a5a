import { agent, association, consumer } from '../testing/actors';
import { day } from '../testing/calendar';
import { command, ctx, event, given } from '../testing/dispute-spec';
import { claimFiled, closedUnresolved, representationGranted } from '../testing/moments';


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
    given([claimFiled(), representationGranted(), closedUnresolved(day(1))]).when(command('GiveFeedback', day(2), association, { rating: 5 })).thenFails('ROLE_NOT_ALLOWED');
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

import type { GiveFeedback } from '../commands/closure-commands';
import { DomainError } from '../errors';
import { phaseOf } from '../phase';
import { checked, integer, optionalText } from '../validation/input';
import { MAX_NOTE } from '../validation/shapes';
import type { CommandHandler } from './command-handler';
import { contextOf } from './parties';

/** The consumer rates the experience once, after the end: the only act a closed dispute accepts. */
export const giveFeedback: CommandHandler<GiveFeedback> = {
  roles: ['CONSUMER'],
  allowedWhenEnded: true,
  guard(dispute) {
    if (phaseOf(dispute) !== 'ENDED') return new DomainError('DISPUTE_STILL_OPEN', 'feedback is given once the dispute is closed or withdrawn');
    if (dispute.feedback) return new DomainError('FEEDBACK_ALREADY_GIVEN', `feedback was given at ${dispute.feedback.at}`);
    return null;
  },
  validate: (c) =>
    checked(() => {
      integer(c.rating, 'rating', 1, 5);
      optionalText(c.comment, 'comment', { max: MAX_NOTE });
    }),
  decide: (c, dispute, party, at) => [
    { type: 'FeedbackGiven', schemaVersion: 1, data: { ...contextOf(dispute, party, at), rating: c.rating, ...(c.comment !== undefined && { comment: c.comment }) } },
  ],
};

import type { DisputeCommandOf } from '../commands/command-envelope';
import { DomainError } from '../errors';
import { phaseOf } from '../phase';
import { z } from 'zod';
import { integer } from '../validation/input';
import { note } from '../validation/shapes';
import type { RulesOf } from '../commands/command-rules';
import { contextOf } from '../parties';
import { recorded } from '../events/recorded';

export type GiveFeedback = DisputeCommandOf<'GiveFeedback', { rating: number; comment?: string }>;

export type FeedbackCommand = GiveFeedback;

/** Who may send each command, when, with what payload, and what it records. */
export const feedbackRules: RulesOf<FeedbackCommand> = {
  /** The consumer rates the experience once, after the end: the only act a closed dispute accepts. */
  GiveFeedback: {
    roles: ['CONSUMER'],
    allowedWhenEnded: true,
    guard(dispute) {
      if (phaseOf(dispute) !== 'ENDED') return new DomainError('DISPUTE_STILL_OPEN');
      if (dispute.feedback) return new DomainError('FEEDBACK_ALREADY_GIVEN', { givenAt: dispute.feedback.at });
      return null;
    },
    payload: z.object({ rating: integer(1, 5), comment: note().optional() }),
    mutation: {
      name: 'leaveFeedback',
      description:
        "The consumer rates how the dispute was handled (1–5), once it has ended. Refused while her e-mail address is not confirmed (DOMAIN_RULE, ADDRESS_NOT_CONFIRMED; resendEmailConfirmation sends the link again): a rating's weight in the merchant's public average must not depend on that confirmation, which the merchant would then read from the average.",
    },
    // A rating (feedback always carries one) weighs on the merchant's public average, in full
    // when the claim was acknowledged: with every rater confirmed, nothing but the acknowledgement
    // (which the merchant knows) sets its weight (docs/privacy.md, "Public figures").
    requiresConfirmedAddress: true,
    decide: (c, dispute, party, at) => [
      recorded('FeedbackGiven', contextOf(dispute, party, at), { rating: c.rating, ...(c.comment !== undefined && { comment: c.comment }) }),
    ],
  },
};

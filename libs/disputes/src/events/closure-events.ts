import type { NextStep } from '../values/next-steps';
import type { DisputeEventOf, EventContext } from './event-envelope';

export type ClaimWithdrawn = DisputeEventOf<'ClaimWithdrawn', EventContext & { reason?: string }>;

export type DisputeOutcome = 'RESOLVED' | 'UNRESOLVED';

/** UNRESOLVED always tells the consumer where to go next; RESOLVED never does. */
export type DisputeClosed = DisputeEventOf<
  'DisputeClosed',
  EventContext & ({ outcome: 'RESOLVED'; summary?: string } | { outcome: 'UNRESOLVED'; nextSteps: NextStep[]; summary?: string })
>;

/** The consumer's rating of the experience, once the dispute is over. */
export type FeedbackGiven = DisputeEventOf<'FeedbackGiven', EventContext & { rating: number; comment?: string }>;

import type { Instant } from '../values/instant';
import type { DeadlineKind } from '../values/deadline-kind';
import type { NextStep } from '../values/next-steps';
import type { DisputeEventOf, EventContext } from './event-envelope';

/** The consumer lets a consumer association act on its behalf in this dispute. */
export type RepresentationGranted = DisputeEventOf<'RepresentationGranted', EventContext & { associationId: string }>;

export type RepresentationRevoked = DisputeEventOf<'RepresentationRevoked', EventContext & { associationId: string }>;

export type DeadlineReminderRecorded = DisputeEventOf<
  'DeadlineReminderRecorded',
  EventContext & { deadline: DeadlineKind; dueAt: Instant; owedBy: 'CONSUMER' | 'MERCHANT' | 'MEDIATOR'; offerId?: string }
>;

export type ClaimWithdrawn = DisputeEventOf<'ClaimWithdrawn', EventContext & { reason?: string }>;

export type DisputeOutcome = 'RESOLVED' | 'UNRESOLVED';

/** UNRESOLVED always tells the consumer where to go next; RESOLVED never does. */
export type DisputeClosed = DisputeEventOf<
  'DisputeClosed',
  EventContext & ({ outcome: 'RESOLVED'; summary?: string } | { outcome: 'UNRESOLVED'; nextSteps: NextStep[]; summary?: string })
>;

export type FeedbackGiven = DisputeEventOf<'FeedbackGiven', EventContext & { rating: number; comment?: string }>;

import type { DeadlineKind } from '../values/deadline-kind';
import type { DisputeCommandOf } from './command-envelope';

/**
 * Sent by the deadline process manager for a deadline listed by `deadlines(state)` once its
 * `dueAt` has passed; `offerId` names the offer for OFFER_EXPIRY.
 */
export type RecordDeadlinePassed = DisputeCommandOf<'RecordDeadlinePassed', { deadline: DeadlineKind; offerId?: string }>;

/** Sent by the process manager between a deadline's `remindAt` and its `dueAt`. */
export type RecordDeadlineReminder = DisputeCommandOf<
  'RecordDeadlineReminder',
  { deadline: DeadlineKind; offerId?: string }
>;

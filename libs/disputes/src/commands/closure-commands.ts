import type { DeadlineKind } from '../values/deadline-kind';
import type { NextStep } from '../values/next-steps';
import type { DisputeCommandOf } from './command-envelope';

export type GrantRepresentation = DisputeCommandOf<'GrantRepresentation', { associationId: string }>;

export type RevokeRepresentation = DisputeCommandOf<'RevokeRepresentation'>;

export type WithdrawClaim = DisputeCommandOf<'WithdrawClaim', { reason?: string }>;

/** `nextSteps` is required for UNRESOLVED and refused for RESOLVED. */
export type CloseDispute = DisputeCommandOf<
  'CloseDispute',
  { outcome: 'RESOLVED' | 'UNRESOLVED'; nextSteps?: NextStep[]; summary?: string }
>;

export type GiveFeedback = DisputeCommandOf<'GiveFeedback', { rating: number; comment?: string }>;

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

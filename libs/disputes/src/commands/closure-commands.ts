import type { NextStep } from '../values/next-steps';
import type { DisputeCommandOf } from './command-envelope';

export type WithdrawClaim = DisputeCommandOf<'WithdrawClaim', { reason?: string }>;

/** `nextSteps` is required for UNRESOLVED and refused for RESOLVED. */
export type CloseDispute = DisputeCommandOf<
  'CloseDispute',
  { outcome: 'RESOLVED' | 'UNRESOLVED'; nextSteps?: NextStep[]; summary?: string }
>;

export type GiveFeedback = DisputeCommandOf<'GiveFeedback', { rating: number; comment?: string }>;

import { MAX_IN_KIND_REMEDY_DAYS } from './legal-periods';

/**
 * Deadlines the platform sets (as opposed to the law). A claim snapshots its policy when filed,
 * so changing the defaults later never moves the deadlines of a dispute already running.
 */
export interface DisputePolicy {
  /** Days the merchant has to answer whenever the turn passes to it. */
  merchantResponseDays: number;
  /** Days an offer stays open for acceptance. */
  offerValidityDays: number;
  /** Days to carry out an agreed repair or replacement when the parties name none; at most 30 (L217-10). */
  remedyDays: number;
  /**
   * Days before a deadline when the owing party is first reminded; a last reminder follows the
   * day before (see `reminderSteps`). 0 disables reminders.
   */
  reminderDaysBefore: number;
}

export const DEFAULT_DISPUTE_POLICY: Readonly<DisputePolicy> = Object.freeze({
  merchantResponseDays: 10,
  offerValidityDays: 14,
  remedyDays: MAX_IN_KIND_REMEDY_DAYS,
  reminderDaysBefore: 3,
});

/** Bounds a policy must respect; the remedy cap is the law's. */
export const POLICY_BOUNDS: Readonly<Record<keyof DisputePolicy, { min: number; max: number }>> = Object.freeze({
  merchantResponseDays: { min: 1, max: 60 },
  offerValidityDays: { min: 1, max: 90 },
  remedyDays: { min: 1, max: MAX_IN_KIND_REMEDY_DAYS },
  reminderDaysBefore: { min: 0, max: 30 },
});

/** Days before each deadline when the owing party is reminded, earliest first: the policy's, then the day before. */
export function reminderSteps(policy: Pick<DisputePolicy, 'reminderDaysBefore'>): number[] {
  const first = policy.reminderDaysBefore;
  if (first <= 0) return [];
  return first > 1 ? [first, 1] : [1];
}

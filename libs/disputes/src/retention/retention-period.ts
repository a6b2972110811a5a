import { addDays, addMonths, parisDateOf } from '@recours/consumer-law';
import type { Dispute } from '../state';
import { isBefore, periodEndingOn, periodOfDays, startOf, type Instant } from '../values/instant';

/** When the dispute ended (closed, or the claim withdrawn): its retention runs from then. */
export const endedAt = (dispute: Dispute): Instant | undefined => dispute.closure?.at ?? dispute.withdrawal?.at;

/**
 * What the retention job looks for: when the dispute ended, unless it is kept for litigation or
 * its erasure was carried out (then nothing is left for the job to do). An erasure recorded but
 * not carried out (a crash in between) keeps it, so that the job takes it up again.
 */
export const retentionFrom = (dispute: Dispute): Instant | undefined => (dispute.legalHold || dispute.erased?.completedAt ? undefined : endedAt(dispute));

/**
 * The first instant the dispute may be erased: `years` calendar years after the day it ended,
 * a day in Paris, that day included (midnight in Paris after it), as a limitation period is counted.
 */
export const erasableFrom = (ended: Instant, years: number): Instant => periodEndingOn(addMonths(parisDateOf(ended), 12 * years)).dueAt;

/** The erasure a notice given at `at` announces: `noticeDays` full days later at the soonest, never before the period ends. */
export function erasureAnnouncedAt(ended: Instant, years: number, at: Instant, noticeDays: number): Instant {
  const afterNotice = periodOfDays(at, noticeDays).dueAt;
  const end = erasableFrom(ended, years);
  return isBefore(afterNotice, end) ? end : afterNotice;
}

/** From when the notice may be given: `noticeDays` days in Paris before the period ends (its midnight in Paris, whatever changes of clock fall between). */
export const noticeFrom = (ended: Instant, years: number, noticeDays: number): Instant => startOf(addDays(parisDateOf(erasableFrom(ended, years)), -noticeDays));

import { daysBetween, parisDateOf, type CalendarDate } from '@recours/consumer-law';
import { isBefore, lastDayOf, periodEndingOn, periodOfDays, type Instant, type Period } from '../values/instant';
import { MAX_SETTLEMENT_ANSWER_DAYS, MIN_SETTLEMENT_ANSWER_DAYS } from './settlement-answer-limits';

/**
 * R612-4 (Code de la consommation): the mediator who proposes a solution "fixe un délai
 * d'acceptation ou de refus de celle-ci". The law sets no length; Directive 2013/11/EU art. 9(2)(c)
 * asks for "a reasonable period of time to reflect". recours's default is 15 days, counted as every
 * period of the dispute is (Paris days, the day of the proposal not counted): long enough to read
 * the proposal and take advice, about the period a direct offer stays open (the policy's 14 days),
 * and short enough to leave time for another proposal within the 90 days of R612-5.
 */
export const DEFAULT_SETTLEMENT_ANSWER_DAYS = 15;
// The bounds, in a file of their own the web form reads too: one definition.
export { MAX_SETTLEMENT_ANSWER_DAYS, MIN_SETTLEMENT_ANSWER_DAYS };

/**
 * The days a mediator may give the parties on a proposal made at `at`: a week to 90 days, and no
 * further than the mediation's last day. With fewer than a week left, any of the days left (the
 * last day itself when it is today: none can be typed, the default ends today). `outcomeDueOn`
 * names the last day while it caps the period; once the outcome date has passed (the mediation is
 * late) nothing caps it.
 */
export function settlementAnswerDaysAllowed(at: Instant, outcomeDueAt: Instant | null): { min: number; max: number; outcomeDueOn?: CalendarDate } {
  if (!outcomeDueAt || !isBefore(at, outcomeDueAt)) return { min: MIN_SETTLEMENT_ANSWER_DAYS, max: MAX_SETTLEMENT_ANSWER_DAYS };
  const outcomeDueOn = lastDayOf(outcomeDueAt);
  const left = daysBetween(parisDateOf(at), outcomeDueOn);
  // Fewer than a week left: the mediator chooses among the days there are, not only the last one.
  return { min: left < MIN_SETTLEMENT_ANSWER_DAYS ? Math.min(1, left) : MIN_SETTLEMENT_ANSWER_DAYS, max: Math.min(MAX_SETTLEMENT_ANSWER_DAYS, left), outcomeDueOn };
}

/**
 * The answer period of a proposal made at `at`: `days` when the mediator named them (the decider
 * has checked them against `settlementAnswerDaysAllowed`), else the default, ending on the outcome
 * date's last day at the latest. Once the outcome date has passed (the mediation is late) nothing
 * is left to cap to: the period runs its days.
 */
export function settlementAnswerPeriod(at: Instant, days: number | undefined, outcomeDueAt: Instant | null): Period {
  const period = periodOfDays(at, days ?? DEFAULT_SETTLEMENT_ANSWER_DAYS);
  if (!outcomeDueAt || !isBefore(at, outcomeDueAt)) return period;
  const lastOutcomeDay = lastDayOf(outcomeDueAt);
  return period.dueOn <= lastOutcomeDay ? period : periodEndingOn(lastOutcomeDay);
}

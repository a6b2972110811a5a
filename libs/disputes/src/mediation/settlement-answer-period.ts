import { isBefore, lastDayOf, periodEndingOn, periodOfDays, type Instant, type Period } from '../values/instant';
import { MEDIATION_OUTCOME_DAYS } from '../legal-periods';

/**
 * R612-4 (Code de la consommation): the mediator who proposes a solution "fixe un délai
 * d'acceptation ou de refus de celle-ci". The law sets no length; Directive 2013/11/EU art. 9(2)(c)
 * asks for "a reasonable period of time to reflect". recours's default is 15 days, counted as every
 * period of the dispute is (Paris days, the day of the proposal not counted): long enough to read
 * the proposal and take advice, about the period a direct offer stays open (the policy's 14 days),
 * and short enough to leave time for another proposal within the 90 days of R612-5.
 */
export const DEFAULT_SETTLEMENT_ANSWER_DAYS = 15;
/** Less than a week is no time to reflect (art. 9(2)(c)); more than the mediation's 90 days is no answer period at all. */
export const MIN_SETTLEMENT_ANSWER_DAYS = 7;
export const MAX_SETTLEMENT_ANSWER_DAYS = MEDIATION_OUTCOME_DAYS;

/**
 * The answer period of a proposal made at `at`: `days` when the mediator named them (null when
 * they run past the mediation's outcome date, which the decider refuses on `daysToAnswer`), else
 * the default, ending on the outcome date's last day at the latest. Once the outcome date has
 * passed (the mediation is late) nothing is left to cap to: the period runs its days.
 */
export function settlementAnswerPeriod(at: Instant, days: number | undefined, outcomeDueAt: Instant | null): Period | null {
  const period = periodOfDays(at, days ?? DEFAULT_SETTLEMENT_ANSWER_DAYS);
  if (!outcomeDueAt || !isBefore(at, outcomeDueAt)) return period;
  const lastOutcomeDay = lastDayOf(outcomeDueAt);
  if (period.dueOn <= lastOutcomeDay) return period;
  return days === undefined ? periodEndingOn(lastOutcomeDay) : null;
}

import { legalLastDay, parisToday } from '../../../i18n/format';
import { MAX_SETTLEMENT_ANSWER_DAYS, MIN_SETTLEMENT_ANSWER_DAYS } from '../../../../../../libs/disputes/src/mediation/settlement-answer-limits';

/**
 * The week the parties have at least to answer a proposal, unless the mediation has fewer days
 * left, and at most 90: the limits the API's decider judges the field by (libs/disputes,
 * settlement-answer-limits.ts, the one definition), as this does for the form's limits and hint.
 */
export { MAX_SETTLEMENT_ANSWER_DAYS, MIN_SETTLEMENT_ANSWER_DAYS };

const DAY_MS = 86_400_000;
const daysFrom = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/**
 * The days a mediator may give on a proposal made now (libs/disputes' settlementAnswerDaysAllowed):
 * a week to `max` (the field's bound), ending on the mediation's last day at the latest (`lastDay`);
 * with fewer than a week left, any of the days left; none on the last day itself (the default then
 * ends that day). Once the outcome date has passed nothing caps the period.
 */
export function settlementAnswerDays(
  max: number,
  outcomeDueAt: string | null | undefined,
  outcomeDueOn?: string | null,
  now: Date = new Date(),
): { min: number; max: number; lastDay?: string } {
  const lastDay = legalLastDay(outcomeDueAt, outcomeDueOn);
  if (!outcomeDueAt || !lastDay || Date.parse(outcomeDueAt) <= now.getTime()) return { min: MIN_SETTLEMENT_ANSWER_DAYS, max };
  const left = daysFrom(parisToday(now), lastDay);
  return { min: left < MIN_SETTLEMENT_ANSWER_DAYS ? Math.min(1, left) : MIN_SETTLEMENT_ANSWER_DAYS, max: Math.min(max, left), lastDay };
}

/**
 * The hint under the field, as a catalogue key and its values (lastDay as the page writes a day):
 * none on the last day; a single number when only one is allowed (a week or one day left: « De 1
 * à 1 jour » read wrong); else the range.
 */
export function settlementAnswerHint(
  allowed: { min: number; max: number; lastDay?: string },
  day: (isoDate: string) => string,
): { key: 'settlement.daysToAnswerNone' | 'settlement.daysToAnswerExactly' | 'settlement.daysToAnswerRange'; values: Record<string, string | number> } | undefined {
  if (allowed.lastDay === undefined) return undefined;
  const lastDay = day(allowed.lastDay);
  if (allowed.max === 0) return { key: 'settlement.daysToAnswerNone', values: { lastDay } };
  if (allowed.min === allowed.max) return { key: 'settlement.daysToAnswerExactly', values: { days: allowed.max, lastDay } };
  return { key: 'settlement.daysToAnswerRange', values: { min: allowed.min, max: allowed.max, lastDay } };
}

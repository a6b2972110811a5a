import { parisDateOf } from '@recours/consumer-law';
import { INADMISSIBILITY_GROUNDS, type InadmissibilityGround } from '@recours/disputes';
import { MEDIATION_OUTCOMES, type MediationFacts, type MediationOutcome } from '@recours/read-models';

/**
 * What a consumer mediator publishes each year (Code de la consommation R614-2): requests
 * received (1°), refused and on which ground (3°), interrupted (4°: withdrawn), the time taken
 * (5°), carried out (6°); here with the R612-5 extensions. Each figure falls in the month (Paris
 * time) of its own fact: a request in the month it was made, a refusal or acceptance in the
 * month of the decision, an outcome and its duration in the month the mediation ended.
 */
export interface ActivityFigures {
  received: number;
  refused: number;
  accepted: number;
  /** Every ground of L612-2, then `null`: refusals that gave none (decided before grounds existed, or left unsaid). */
  refusals: { ground: InadmissibilityGround | null; requests: number }[];
  /** Mediations that ended other than by a refusal. */
  completed: number;
  outcomes: { outcome: MediationOutcome; mediations: number }[];
  /** From the request to the end, in days with one decimal; null when none ended. */
  averageDurationDays: number | null;
  medianDurationDays: number | null;
  extended: number;
  carriedOut: number;
}

export interface ActivityReport extends ActivityFigures {
  year: number;
  /** January to December, each with the figures of its month. */
  months: (ActivityFigures & { month: number })[];
}

const DAY_MS = 86_400_000;

/** The (Paris) year and month an instant falls in. */
function monthOf(instant: string | null): { year: number; month: number } | null {
  if (!instant) return null;
  const day = parisDateOf(instant);
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)) };
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

function figuresOf(facts: readonly MediationFacts[], inPeriod: (instant: string | null) => boolean): ActivityFigures {
  const decided = facts.filter((f) => inPeriod(f.decided_at));
  const refused = decided.filter((f) => f.admissible === false);
  const ended = facts.filter((f) => f.outcome !== null && inPeriod(f.ended_at));
  const durations = ended.map((f) => (Date.parse(f.ended_at!) - Date.parse(f.requested_at)) / DAY_MS).sort((a, b) => a - b);
  const middle = durations.length >> 1;
  return {
    received: facts.filter((f) => inPeriod(f.requested_at)).length,
    refused: refused.length,
    accepted: decided.filter((f) => f.admissible === true).length,
    refusals: [...INADMISSIBILITY_GROUNDS, null].map((ground) => ({ ground, requests: refused.filter((f) => (f.ground ?? null) === ground).length })),
    completed: ended.length,
    outcomes: MEDIATION_OUTCOMES.map((outcome) => ({ outcome, mediations: ended.filter((f) => f.outcome === outcome).length })),
    averageDurationDays: durations.length === 0 ? null : oneDecimal(durations.reduce((a, b) => a + b, 0) / durations.length),
    medianDurationDays: durations.length === 0 ? null : oneDecimal(durations.length % 2 ? durations[middle] : (durations[middle - 1] + durations[middle]) / 2),
    extended: facts.filter((f) => inPeriod(f.extended_at)).length,
    carriedOut: facts.filter((f) => inPeriod(f.carried_out_at)).length,
  };
}

/** The report of one year from the facts of the mediations that had anything happen in it (others are ignored). */
export function activityReport(facts: readonly MediationFacts[], year: number): ActivityReport {
  const inYear = (instant: string | null) => monthOf(instant)?.year === year;
  return {
    year,
    ...figuresOf(facts, inYear),
    months: Array.from({ length: 12 }, (_, i) => {
      const month = i + 1;
      return { month, ...figuresOf(facts, (instant) => inYear(instant) && monthOf(instant)!.month === month) };
    }),
  };
}

import type { DataSource } from 'typeorm';
import { MERCHANT_CLAIMS, RATER_VERIFICATIONS } from '../projections/merchant-scorecard/merchant-claims.tables';
import { quoteSchema, READ_MODELS_SCHEMA } from '../schema/read-models-schema';

/**
 * What a rating weighs, beside a full one, when its author had not confirmed her address when
 * she rated or the merchant never acknowledged the claim: throwaway accounts are still heard, but
 * a handful of them cannot move the average much (issue 12 item 4). Only ratings given before
 * rating needed a confirmed address (GiveFeedback) can still lack one.
 */
export const LIMITED_RATING_WEIGHT = 0.25;

/** A merchant's public record on the platform. Shares are in [0, 1], null while nothing counts yet. */
export interface MerchantScorecard {
  merchantId: string;
  claimsReceived: number;
  /** Of the claims whose first response period is over (or answered), those answered in time (offer or refusal). */
  answeredInTimeShare: number | null;
  /** The claims that share is taken over. */
  answeredInTimeBasis: number;
  /** From filing to the merchant's first word (acknowledgement, message, offer or refusal), over the claims answered. */
  medianFirstResponseSeconds: number | null;
  /** The claims that median is taken over. */
  firstResponseBasis: number;
  /** Of the disputes closed, those closed as resolved (withdrawn claims are not counted). */
  resolutionRate: number | null;
  resolutionBasis: number;
  /** Of the claims received, those that went to mediation. */
  mediationShare: number | null;
  /** Weighted: in full when the author had confirmed her address when she rated and the merchant acknowledged the claim, else LIMITED_RATING_WEIGHT. */
  averageRating: number | null;
  /**
   * The ratings the average is taken over. How many of them weigh in full is not published: a
   * merchant sees each rating on its disputes, so that split, watched as one known consumer
   * rates, would tell whether she confirmed her address (docs/privacy.md, "Public figures").
   */
  ratings: number;
  /** Ratings left out: on claims withdrawn before the merchant could answer. */
  ratingsSetAside: number;
}

export interface ScorecardRow {
  received: number;
  answerable: number;
  answered_in_time: number;
  median_first_response: number | null;
  first_responses: number;
  closed: number;
  resolved: number;
  mediated: number;
  average_rating: string | null;
  ratings: number;
  set_aside: number;
}

/**
 * The claims that count, each with whether the merchant had a chance to answer and whether its
 * rating weighs in full: the one definition the scorecard and the open data share (and
 * recompute-statistics' fullWeight, in plain code). The confirmation counts as it stood when
 * she rated: a later one would move the average, and so tell the merchant, who knows each rating
 * and which claims it acknowledged, that she confirmed her address (docs/privacy.md, "Public figures").
 */
export function claimsWithWeights(schema: string, where: string): string {
  const s = quoteSchema(schema);
  return `WITH claims AS (
     SELECT c.*,
            NOT (c.outcome = 'WITHDRAWN' AND c.first_response_at IS NULL AND c.withdrawn_at IS NOT NULL AND c.withdrawn_at < c.response_due_at) AS had_a_chance,
            (v.verified_at <= c.rated_at AND c.first_response_at IS NOT NULL) IS TRUE AS full_weight
       FROM ${s}.${MERCHANT_CLAIMS.name} c LEFT JOIN ${s}.${RATER_VERIFICATIONS.name} v ON v.account_id = c.consumer_id
      WHERE ${where})`;
}

/** The figures over `claims`, named as ScorecardRow; `now` and `weight` are the placeholders of the instant and of LIMITED_RATING_WEIGHT. */
export const scorecardFigures = (now: string, weight: string): string => `count(*)::int AS received,
  (count(*) FILTER (WHERE had_a_chance AND (answered_at IS NOT NULL OR response_due_at <= ${now})))::int AS answerable,
  (count(*) FILTER (WHERE had_a_chance AND answered_at < response_due_at))::int AS answered_in_time,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_response_at - filed_at)) FILTER (WHERE had_a_chance) AS median_first_response,
  (count(first_response_at) FILTER (WHERE had_a_chance))::int AS first_responses,
  (count(*) FILTER (WHERE outcome IN ('RESOLVED', 'UNRESOLVED')))::int AS closed,
  (count(*) FILTER (WHERE outcome = 'RESOLVED'))::int AS resolved,
  (count(*) FILTER (WHERE mediation_requested_at IS NOT NULL))::int AS mediated,
  sum(rating * CASE WHEN full_weight THEN 1 ELSE ${weight}::numeric END) FILTER (WHERE had_a_chance)
    / nullif(sum(CASE WHEN full_weight THEN 1 ELSE ${weight}::numeric END) FILTER (WHERE had_a_chance AND rating IS NOT NULL), 0) AS average_rating,
  (count(rating) FILTER (WHERE had_a_chance))::int AS ratings,
  (count(rating) FILTER (WHERE NOT had_a_chance))::int AS set_aside`;

/**
 * Computed at query time from the per-claim facts: a median cannot be kept as a running total.
 * A claim the merchant had no chance to answer — withdrawn before its deadline and before any
 * word from the merchant — counts as received and nothing else: not in the answer times (it
 * used to count as "not answered in time"), and its rating not at all.
 */
export class MerchantScorecards {
  constructor(private readonly dataSource: DataSource) {}

  async forMerchant(merchantId: string, { now }: { now: Date }): Promise<MerchantScorecard> {
    const [r]: ScorecardRow[] = await this.dataSource.query(`${claimsWithWeights(READ_MODELS_SCHEMA, 'c.merchant_id = $1')} SELECT ${scorecardFigures('$2', '$3')} FROM claims`, [merchantId, now, LIMITED_RATING_WEIGHT]);
    return scorecardOf(merchantId, r);
  }
}

/** The figures as published: shares in [0, 1], null while nothing counts yet. */
export function scorecardOf(merchantId: string, r: ScorecardRow): MerchantScorecard {
  const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);
  return {
    merchantId,
    claimsReceived: r.received,
    answeredInTimeShare: share(r.answered_in_time, r.answerable),
    answeredInTimeBasis: r.answerable,
    medianFirstResponseSeconds: r.median_first_response === null ? null : Number(r.median_first_response),
    firstResponseBasis: r.first_responses,
    resolutionRate: share(r.resolved, r.closed),
    resolutionBasis: r.closed,
    mediationShare: share(r.mediated, r.received),
    averageRating: r.average_rating === null ? null : Number(r.average_rating),
    ratings: r.ratings,
    ratingsSetAside: r.set_aside,
  };
}

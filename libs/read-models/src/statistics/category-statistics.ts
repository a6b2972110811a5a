import { LIMITED_RATING_WEIGHT, claimsWithWeights, scorecardFigures, scorecardOf, type MerchantScorecard, type ScorecardRow } from '../queries/merchant-scorecard.query';
import { READ_MODELS_SCHEMA } from '../schema/read-models-schema';
import { STATISTICS_TIME_ZONE, type RunSql } from './merchant-statistics';

/** The scorecard's figures, without the merchant: what a category or the whole platform publishes. */
export type PublishedFigures = Omit<MerchantScorecard, 'merchantId'>;

/** One product category's figures over the claims filed in one month (`YYYY-MM`, Paris time), all merchants together. */
export interface MonthlyCategoryStatistics extends PublishedFigures {
  /** categoryKey of the category as filed (no accents, lower case). */
  category: string;
  month: string;
}

/** Every claim of one month, all merchants and categories together. */
export interface MonthlyOverallStatistics extends PublishedFigures {
  month: string;
}

const figuresOf = (row: ScorecardRow): PublishedFigures => {
  const { merchantId: _, ...figures } = scorecardOf('', row);
  return figures;
};

/**
 * A category is free text typed on the claim form: one typed by a single consumer names her.
 * It is published (every month of it) only once at least this many distinct consumers have
 * filed a claim in it, all months and merchants together; the claims of the other categories
 * are left out of the per-category figures (no "other" row, which a typed category could be
 * named) and are counted in the overall figures and the merchants' like every claim.
 */
export const CATEGORY_MIN_CONSUMERS = 5;

/**
 * Per category and month, with the scorecard's own definitions (claimsWithWeights,
 * scorecardFigures): what the open data publishes and stats:verify checks, for the categories
 * at least CATEGORY_MIN_CONSUMERS consumers filed in. A claim projected before categories were
 * kept has none until the rebuild that version 3 of merchant-scorecard runs at start; it is
 * left out meanwhile rather than counted under an empty name.
 */
export async function monthlyCategoryStatistics(run: RunSql, { now, schema = READ_MODELS_SCHEMA }: { now: Date; schema?: string }): Promise<MonthlyCategoryStatistics[]> {
  const rows = (await run(
    `${claimsWithWeights(schema, 'c.category IS NOT NULL')},
     published AS (SELECT category FROM claims GROUP BY category HAVING count(DISTINCT consumer_id) >= $3)
     SELECT category, to_char(filed_at AT TIME ZONE '${STATISTICS_TIME_ZONE}', 'YYYY-MM') AS month, ${scorecardFigures('$1', '$2')}
       FROM claims WHERE category IN (SELECT category FROM published)
      GROUP BY category, month ORDER BY category COLLATE "C", month`,
    [now, LIMITED_RATING_WEIGHT, CATEGORY_MIN_CONSUMERS],
  )) as Array<ScorecardRow & { category: string; month: string }>;
  return rows.map((row) => ({ category: row.category, month: row.month, ...figuresOf(row) }));
}

/** Every claim by month, the same figures over the whole platform. */
export async function monthlyOverallStatistics(run: RunSql, { now, schema = READ_MODELS_SCHEMA }: { now: Date; schema?: string }): Promise<MonthlyOverallStatistics[]> {
  const rows = (await run(
    `${claimsWithWeights(schema, 'true')}
     SELECT to_char(filed_at AT TIME ZONE '${STATISTICS_TIME_ZONE}', 'YYYY-MM') AS month, ${scorecardFigures('$1', '$2')}
       FROM claims GROUP BY month ORDER BY month`,
    [now, LIMITED_RATING_WEIGHT],
  )) as Array<ScorecardRow & { month: string }>;
  return rows.map((row) => ({ month: row.month, ...figuresOf(row) }));
}

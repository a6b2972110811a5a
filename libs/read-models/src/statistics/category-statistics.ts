import { LIMITED_RATING_WEIGHT, claimsWithWeights, scorecardFigures, scorecardOf, type MerchantScorecard, type ScorecardRow } from '../queries/merchant-scorecard.query';
import { READ_MODELS_SCHEMA } from '../schema/read-models-schema';
import { STATISTICS_TIME_ZONE, type RunSql } from './merchant-statistics';

/** The scorecard's figures, without the merchant: what a category or the whole platform publishes. */
export type PublishedFigures = Omit<MerchantScorecard, 'merchantId'>;

/** One product category's figures over the claims filed in one month (`YYYY-MM`, Paris time), all merchants together. */
export interface MonthlyCategoryStatistics extends PublishedFigures {
  /** categoryKey of the category as filed (lower case). */
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
 * Per category and month, with the scorecard's own definitions (claimsWithWeights,
 * scorecardFigures): what the open data publishes and stats:verify checks. A claim projected
 * before categories were kept has none until the rebuild that version 3 of merchant-scorecard
 * runs at start; it is left out meanwhile rather than counted under an empty name.
 */
export async function monthlyCategoryStatistics(run: RunSql, { now, schema = READ_MODELS_SCHEMA }: { now: Date; schema?: string }): Promise<MonthlyCategoryStatistics[]> {
  const rows = (await run(
    `${claimsWithWeights(schema, 'c.category IS NOT NULL')}
     SELECT category, to_char(filed_at AT TIME ZONE '${STATISTICS_TIME_ZONE}', 'YYYY-MM') AS month, ${scorecardFigures('$1', '$2')}
       FROM claims GROUP BY category, month ORDER BY category COLLATE "C", month`,
    [now, LIMITED_RATING_WEIGHT],
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

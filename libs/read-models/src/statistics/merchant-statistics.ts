import { LIMITED_RATING_WEIGHT, claimsWithWeights, scorecardFigures, scorecardOf, type MerchantScorecard, type ScorecardRow } from '../queries/merchant-scorecard.query';
import { READ_MODELS_SCHEMA } from '../schema/read-models-schema';

/** Published statistics are by calendar month of filing, as French people count months. */
export const STATISTICS_TIME_ZONE = 'Europe/Paris';

/** One merchant's scorecard over the claims filed in one month (`YYYY-MM`, Paris time). */
export interface MonthlyMerchantStatistics extends MerchantScorecard {
  month: string;
}

/** Runs SQL and answers its rows: a TypeORM DataSource's `query`, or a pg client's adapted. */
export type RunSql = (sql: string, values: unknown[]) => Promise<object[]>;

/**
 * Every merchant's public figures by month of filing, from the same definition as the scorecard
 * (claimsWithWeights, scorecardFigures): what the open data publishes and stats:verify checks.
 */
export async function monthlyMerchantStatistics(run: RunSql, { now, schema = READ_MODELS_SCHEMA }: { now: Date; schema?: string }): Promise<MonthlyMerchantStatistics[]> {
  const rows = (await run(
    `${claimsWithWeights(schema, 'true')}
     SELECT merchant_id, to_char(filed_at AT TIME ZONE '${STATISTICS_TIME_ZONE}', 'YYYY-MM') AS month, ${scorecardFigures('$1', '$2')}
       FROM claims GROUP BY merchant_id, month ORDER BY merchant_id, month`,
    [now, LIMITED_RATING_WEIGHT],
  )) as Array<ScorecardRow & { merchant_id: string; month: string }>;
  return rows.map((row) => ({ ...scorecardOf(row.merchant_id, row), month: row.month }));
}

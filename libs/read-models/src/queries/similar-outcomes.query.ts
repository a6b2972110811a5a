import type { DataSource } from 'typeorm';
import { categoryKey } from '../projections/category-key';

/** The fewest disputes a figure is shown on: below it, the answer only says there are too few. */
export const MIN_DISPUTES_BEHIND_A_FIGURE = 10;

export interface OutcomeCount {
  /** RESOLVED, UNRESOLVED or WITHDRAWN. */
  outcome: 'RESOLVED' | 'UNRESOLVED' | 'WITHDRAWN';
  /** The remedy carried out (resolved disputes), null otherwise or when none was recorded. */
  remedy: string | null;
  count: number;
  /** Of the ended disputes, 0–1. */
  share: number;
}

/** How the ended disputes of one scope went; every figure null when too few disputes back it. */
export interface OutcomeFigures {
  /** At least MIN_DISPUTES_BEHIND_A_FIGURE ended disputes: the outcomes and the share are shown. */
  enough: boolean;
  /** The ended disputes the figures are taken over (null when too few: even the count is not shown). */
  endedDisputes: number | null;
  outcomes: OutcomeCount[] | null;
  /** Median days from filing to the end, over the resolved disputes (null when fewer than the minimum were resolved). */
  medianDaysToResolution: number | null;
  resolvedDisputes: number | null;
  /** Share of the ended disputes resolved without mediation having been requested. */
  settledWithoutMediationShare: number | null;
}

export interface SimilarOutcomesAnswer {
  /** Disputes in this category with this merchant. */
  merchant: OutcomeFigures;
  /** Disputes in this category, every merchant together. */
  category: OutcomeFigures;
}

interface Row {
  outcome: OutcomeCount['outcome'];
  remedy: string | null;
  count: number;
}

/**
 * How disputes like hers ended (issue 19 item 4): anonymous counts from dispute_outcomes, with a
 * figure given only when at least ten disputes back it, so that no dispute can be told apart.
 */
export class SimilarOutcomes {
  constructor(private readonly dataSource: DataSource) {}

  async for(merchantId: string, category: string): Promise<SimilarOutcomesAnswer> {
    const key = categoryKey(category);
    const [merchant, all] = await Promise.all([this.figures(key, merchantId), this.figures(key, null)]);
    return { merchant, category: all };
  }

  private async figures(key: string, merchantId: string | null): Promise<OutcomeFigures> {
    const scope = `category_key = $1${merchantId ? ' AND merchant_id = $2' : ''}`;
    const parameters = merchantId ? [key, merchantId] : [key];
    const [counts, times] = await Promise.all([
      this.dataSource.query<Row[]>(`SELECT outcome, remedy, count(*)::int AS count FROM read_models.dispute_outcomes WHERE ${scope} GROUP BY outcome, remedy ORDER BY count(*) DESC, outcome, remedy NULLS LAST`, parameters),
      this.dataSource.query<Array<{ resolved: number; median: number | null; settled: number }>>(
        `SELECT count(*) FILTER (WHERE outcome = 'RESOLVED')::int AS resolved,
                (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ended_at - filed_at) / 86400) FILTER (WHERE outcome = 'RESOLVED'))::float8 AS median,
                count(*) FILTER (WHERE outcome = 'RESOLVED' AND NOT mediated)::int AS settled
           FROM read_models.dispute_outcomes WHERE ${scope}`,
        parameters,
      ),
    ]);
    const ended = counts.reduce((sum, row) => sum + row.count, 0);
    const { resolved, median, settled } = times[0] ?? { resolved: 0, median: null, settled: 0 };
    const enough = ended >= MIN_DISPUTES_BEHIND_A_FIGURE;
    const resolvedEnough = resolved >= MIN_DISPUTES_BEHIND_A_FIGURE;
    return {
      enough,
      endedDisputes: enough ? ended : null,
      outcomes: enough ? counts.map((row) => ({ outcome: row.outcome, remedy: row.remedy, count: row.count, share: round(row.count / ended) })) : null,
      medianDaysToResolution: resolvedEnough && median !== null ? Math.round(median * 10) / 10 : null,
      resolvedDisputes: resolvedEnough ? resolved : null,
      settledWithoutMediationShare: enough ? round(settled / ended) : null,
    };
  }
}

const round = (share: number): number => Math.round(share * 1000) / 1000;

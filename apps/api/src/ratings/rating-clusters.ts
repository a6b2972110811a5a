import { Inject, Injectable } from '@nestjs/common';
import { READ_MODELS_DATA_SOURCE } from '@recours/read-models';
import type { DataSource } from 'typeorm';

/** Ratings looked at: those of the last 30 days. */
const WINDOW_DAYS = 30;
/** A rating is a new account's when given within 14 days of the account's creation, or by an account whose address was never confirmed. */
const NEW_ACCOUNT_DAYS = 14;
/** This many new accounts' ratings of one merchant are worth an admin's look. */
export const CLUSTER_SIZE = Number(process.env.RATING_CLUSTER_SIZE ?? 3);

export interface RatingCluster {
  merchantId: string;
  merchantName: string;
  ratings: number;
  averageRating: number;
  firstRatedAt: Date;
  lastRatedAt: Date;
}

/**
 * Clusters of new accounts rating one merchant (issue 12 item 4): a merchant rating itself
 * through throwaway consumers, or a competitor sinking it. Flagged to the admin, who judges.
 * An account must confirm its address to rate (a working mailbox each), and its rating then
 * weighs in full on a claim the merchant acknowledged: this list is what catches such accounts.
 * ("Never confirmed" still finds the ratings given before a rating needed a confirmed address.)
 */
@Injectable()
export class RatingClusters {
  constructor(@Inject(READ_MODELS_DATA_SOURCE) private readonly dataSource: DataSource) {}

  async recent(now: Date): Promise<RatingCluster[]> {
    const rows: Array<{ merchant_id: string; name: string; ratings: number; average: number; first: Date; last: Date }> = await this.dataSource.query(
      `SELECT c.merchant_id, m.name, count(*)::int AS ratings, avg(c.rating)::float AS average, min(c.rated_at) AS first, max(c.rated_at) AS last
         FROM read_models.merchant_claims c
         JOIN accounts.accounts a ON a.id::text = c.consumer_id
         JOIN accounts.merchants m ON m.id::text = c.merchant_id
        WHERE c.rating IS NOT NULL AND c.rated_at > $1::timestamptz - make_interval(days => $2)
          AND (a.email_verified_at IS NULL OR c.rated_at < a.created_at + make_interval(days => $3))
        GROUP BY c.merchant_id, m.name
       HAVING count(*) >= $4
        ORDER BY count(*) DESC, c.merchant_id
        LIMIT 100`,
      [now, WINDOW_DAYS, NEW_ACCOUNT_DAYS, CLUSTER_SIZE],
    );
    return rows.map((r) => ({ merchantId: r.merchant_id, merchantName: r.name, ratings: r.ratings, averageRating: r.average, firstRatedAt: r.first, lastRatedAt: r.last }));
  }
}

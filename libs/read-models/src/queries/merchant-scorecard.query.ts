import type { DataSource } from 'typeorm';
import { MerchantClaimEntity } from '../schema/entities/merchant-claim.entity';

/** A merchant's public record on the platform. Shares are in [0, 1], null while nothing counts yet. */
export interface MerchantScorecard {
  merchantId: string;
  claimsReceived: number;
  /** Of the claims whose first response period is over (or answered), those answered in time (offer or refusal). */
  answeredInTimeShare: number | null;
  /** From filing to the merchant's first word (acknowledgement, message, offer or refusal), over the claims answered. */
  medianFirstResponseSeconds: number | null;
  /** Of the disputes closed, those closed as resolved (withdrawn claims are not counted). */
  resolutionRate: number | null;
  /** Of the claims received, those that went to mediation. */
  mediationShare: number | null;
  averageRating: number | null;
  ratings: number;
}

interface ScorecardRow {
  received: number;
  answerable: number;
  answered_in_time: number;
  median_first_response: number | null;
  closed: number;
  resolved: number;
  mediated: number;
  average_rating: string | null;
  ratings: number;
}

/** Computed at query time from the per-claim facts: a median cannot be kept as a running total. */
export class MerchantScorecards {
  constructor(private readonly dataSource: DataSource) {}

  async forMerchant(merchantId: string, { now }: { now: Date }): Promise<MerchantScorecard> {
    const row = await this.dataSource
      .getRepository(MerchantClaimEntity)
      .createQueryBuilder('c')
      .select('count(*)::int', 'received')
      .addSelect('(count(*) FILTER (WHERE c.answeredAt IS NOT NULL OR c.responseDueAt <= :now))::int', 'answerable')
      .addSelect('(count(*) FILTER (WHERE c.answeredAt < c.responseDueAt))::int', 'answered_in_time')
      .addSelect('percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM c.firstResponseAt - c.filedAt))', 'median_first_response')
      .addSelect(`(count(*) FILTER (WHERE c.outcome IN ('RESOLVED', 'UNRESOLVED')))::int`, 'closed')
      .addSelect(`(count(*) FILTER (WHERE c.outcome = 'RESOLVED'))::int`, 'resolved')
      .addSelect('(count(*) FILTER (WHERE c.mediationRequestedAt IS NOT NULL))::int', 'mediated')
      .addSelect('avg(c.rating)', 'average_rating')
      .addSelect('count(c.rating)::int', 'ratings')
      .where('c.merchantId = :merchantId', { merchantId })
      .setParameter('now', now)
      .getRawOne<ScorecardRow>();
    const r = row!;
    const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);
    return {
      merchantId,
      claimsReceived: r.received,
      answeredInTimeShare: share(r.answered_in_time, r.answerable),
      medianFirstResponseSeconds: r.median_first_response === null ? null : Number(r.median_first_response),
      resolutionRate: share(r.resolved, r.closed),
      mediationShare: share(r.mediated, r.received),
      averageRating: r.average_rating === null ? null : Number(r.average_rating),
      ratings: r.ratings,
    };
  }
}

import type { ClaimFacts } from '../projections/merchant-scorecard/claim-facts';
import { LIMITED_RATING_WEIGHT } from '../queries/merchant-scorecard.query';
import { STATISTICS_TIME_ZONE, type MonthlyMerchantStatistics } from './merchant-statistics';

const monthOf = new Intl.DateTimeFormat('en-CA', { timeZone: STATISTICS_TIME_ZONE, year: 'numeric', month: '2-digit' });

/**
 * The published figures computed again in plain code from claims' facts folded from the log:
 * a second, independent reading of the rules the SQL applies (docs/read-models.md), so that a
 * slip in either shows as a difference. Keep the two in step when a rule changes.
 */
export function recomputeStatistics(claims: Iterable<ClaimFacts>, verifiedAccounts: ReadonlySet<string>, now: Date): MonthlyMerchantStatistics[] {
  const groups = new Map<string, ClaimFacts[]>();
  for (const claim of claims) {
    const parts = Object.fromEntries(monthOf.formatToParts(new Date(claim.filed_at)).map((p) => [p.type, p.value]));
    const key = `${claim.merchant_id}\u0000${parts.year}-${parts.month}`;
    groups.set(key, [...(groups.get(key) ?? []), claim]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, group]) => {
      const [merchantId, month] = key.split('\u0000');
      return { ...figures(group, verifiedAccounts, now), merchantId, month };
    });
}

function figures(claims: ClaimFacts[], verified: ReadonlySet<string>, now: Date): Omit<MonthlyMerchantStatistics, 'merchantId' | 'month'> {
  const time = (instant: string) => new Date(instant).getTime();
  // A claim withdrawn before its deadline and before any word from the merchant: received, nothing else.
  const hadAChance = (c: ClaimFacts) => !(c.outcome === 'WITHDRAWN' && c.first_response_at === null && c.withdrawn_at !== null && time(c.withdrawn_at) < time(c.response_due_at));
  const fullWeight = (c: ClaimFacts) => c.consumer_id !== null && verified.has(c.consumer_id) && c.first_response_at !== null;
  const counted = claims.filter(hadAChance);
  const answerable = counted.filter((c) => c.answered_at !== null || time(c.response_due_at) <= now.getTime());
  const answeredInTime = counted.filter((c) => c.answered_at !== null && time(c.answered_at) < time(c.response_due_at));
  const responses = counted.filter((c) => c.first_response_at !== null).map((c) => (time(c.first_response_at!) - time(c.filed_at)) / 1000);
  const closed = claims.filter((c) => c.outcome === 'RESOLVED' || c.outcome === 'UNRESOLVED');
  const resolved = closed.filter((c) => c.outcome === 'RESOLVED');
  const mediated = claims.filter((c) => c.mediation_requested_at !== null);
  const rated = counted.filter((c) => c.rating !== null);
  const weight = (c: ClaimFacts) => (fullWeight(c) ? 1 : LIMITED_RATING_WEIGHT);
  const weights = rated.reduce((sum, c) => sum + weight(c), 0);
  const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);
  const ratingsFullWeight = rated.filter(fullWeight).length;
  return {
    claimsReceived: claims.length,
    answeredInTimeShare: share(answeredInTime.length, answerable.length),
    answeredInTimeBasis: answerable.length,
    medianFirstResponseSeconds: median(responses),
    firstResponseBasis: responses.length,
    resolutionRate: share(resolved.length, closed.length),
    resolutionBasis: closed.length,
    mediationShare: share(mediated.length, claims.length),
    averageRating: weights === 0 ? null : rated.reduce((sum, c) => sum + c.rating! * weight(c), 0) / weights,
    ratings: rated.length,
    ratingsFullWeight,
    ratingsLimitedWeight: rated.length - ratingsFullWeight,
    ratingsSetAside: claims.filter((c) => !hadAChance(c) && c.rating !== null).length,
  };
}

/** PostgreSQL's percentile_cont(0.5): the middle value, or the mean of the two middle ones. */
function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  return (sorted[Math.floor(middle)] + sorted[Math.ceil(middle)]) / 2;
}

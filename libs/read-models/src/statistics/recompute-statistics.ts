import type { ClaimFacts } from '../projections/merchant-scorecard/claim-facts';
import { LIMITED_RATING_WEIGHT } from '../queries/merchant-scorecard.query';
import { CATEGORY_MIN_CONSUMERS, type MonthlyCategoryStatistics, type MonthlyOverallStatistics, type PublishedFigures } from './category-statistics';
import { STATISTICS_TIME_ZONE, type MonthlyMerchantStatistics } from './merchant-statistics';

/** When each account first confirmed its address (AccountEmailVerified), by account id. */
export type AddressConfirmations = ReadonlyMap<string, string>;

const monthOf = new Intl.DateTimeFormat('en-CA', { timeZone: STATISTICS_TIME_ZONE, year: 'numeric', month: '2-digit' });

/**
 * The published figures computed again in plain code from claims' facts folded from the log:
 * a second, independent reading of the rules the SQL applies (docs/read-models.md), so that a
 * slip in either shows as a difference. Keep the two in step when a rule changes.
 */
export function recomputeStatistics(claims: Iterable<ClaimFacts>, verifiedAccounts: AddressConfirmations, now: Date): MonthlyMerchantStatistics[] {
  return grouped(claims, (claim) => [claim.merchant_id]).map(({ key: [merchantId], month, group }) => ({ ...figures(group, verifiedAccounts, now), merchantId, month }));
}

/**
 * The same, per product category (categoryKey, folded like the projection does), for the
 * categories at least CATEGORY_MIN_CONSUMERS distinct consumers filed in, over all months.
 */
export function recomputeCategoryStatistics(claims: Iterable<ClaimFacts>, verifiedAccounts: AddressConfirmations, now: Date): MonthlyCategoryStatistics[] {
  const all = [...claims];
  const consumers = new Map<string, Set<string>>();
  for (const claim of all) {
    if (claim.consumer_id === null) continue;
    const seen = consumers.get(claim.category) ?? new Set<string>();
    seen.add(claim.consumer_id);
    consumers.set(claim.category, seen);
  }
  const published = all.filter((claim) => (consumers.get(claim.category)?.size ?? 0) >= CATEGORY_MIN_CONSUMERS);
  return grouped(published, (claim) => [claim.category]).map(({ key: [category], month, group }) => ({ category, month, ...figures(group, verifiedAccounts, now) }));
}

/** The same over every claim of each month. */
export function recomputeOverallStatistics(claims: Iterable<ClaimFacts>, verifiedAccounts: AddressConfirmations, now: Date): MonthlyOverallStatistics[] {
  return grouped(claims, () => []).map(({ month, group }) => ({ month, ...figures(group, verifiedAccounts, now) }));
}

/** Claims grouped by `keyOf` and month of filing (Paris time), in the order of their keys. */
function grouped(claims: Iterable<ClaimFacts>, keyOf: (claim: ClaimFacts) => string[]): Array<{ key: string[]; month: string; group: ClaimFacts[] }> {
  const groups = new Map<string, ClaimFacts[]>();
  for (const claim of claims) {
    const parts = Object.fromEntries(monthOf.formatToParts(new Date(claim.filed_at)).map((p) => [p.type, p.value]));
    const key = [...keyOf(claim), `${parts.year}-${parts.month}`].join('\u0000');
    const group = groups.get(key);
    if (group) group.push(claim);
    else groups.set(key, [claim]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, group]) => {
      const parts = key.split('\u0000');
      return { key: parts.slice(0, -1), month: parts[parts.length - 1], group };
    });
}

function figures(claims: ClaimFacts[], verified: AddressConfirmations, now: Date): PublishedFigures {
  const time = (instant: string) => new Date(instant).getTime();
  // A claim withdrawn before its deadline and before any word from the merchant: received, nothing else.
  const hadAChance = (c: ClaimFacts) => !(c.outcome === 'WITHDRAWN' && c.first_response_at === null && c.withdrawn_at !== null && time(c.withdrawn_at) < time(c.response_due_at));
  // As claimsWithWeights: confirmed when she rated (not since), and acknowledged.
  const confirmedWhenRated = (c: ClaimFacts) => {
    const confirmedAt = c.consumer_id === null ? undefined : verified.get(c.consumer_id);
    return confirmedAt !== undefined && c.rated_at !== null && time(confirmedAt) <= time(c.rated_at);
  };
  const fullWeight = (c: ClaimFacts) => confirmedWhenRated(c) && c.first_response_at !== null;
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

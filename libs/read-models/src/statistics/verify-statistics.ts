import { ACCOUNT_EMAIL_VERIFIED, DISPUTE_STREAM_PREFIX, disputeEventOf, type AccountEmailVerified } from '@recours/disputes';
import type { EventStore } from '@recours/event-store';
import { Client } from 'pg';
import { disputeIdOf } from '../projections/dispute-id-of';
import { CLAIM_FACT_EVENT_TYPES, recordClaimFact, type ClaimFacts } from '../projections/merchant-scorecard/claim-facts';
import { merchantScorecardProjection } from '../projections/merchant-scorecard/merchant-scorecard.projection';
import { readCheckpoints } from '../runner/checkpoints';
import { eventPages } from '../runner/event-pages';
import { READ_MODELS_SCHEMA } from '../schema/read-models-schema';
import { monthlyCategoryStatistics, monthlyOverallStatistics, type MonthlyCategoryStatistics, type MonthlyOverallStatistics, type PublishedFigures } from './category-statistics';
import { monthlyMerchantStatistics, type MonthlyMerchantStatistics, type RunSql } from './merchant-statistics';
import { recomputeCategoryStatistics, recomputeOverallStatistics, recomputeStatistics } from './recompute-statistics';

export interface StatisticsVerification {
  /** The log position the read models stood at, up to which the log was replayed. */
  position: bigint | undefined;
  /** Merchant × month rows published. */
  rows: number;
  /** Category × month rows published. */
  categoryRows: number;
  /** Month rows of the overall figures published. */
  overallRows: number;
  events: number;
  /** One line per figure that differs, empty when every published figure is what the log says. */
  differences: string[];
}

/**
 * `npm run stats:verify`: every published figure recomputed from the events. The published
 * figures and the projection's checkpoint are read in one snapshot, then the log is replayed up
 * to that very position, so a projector running meanwhile cannot make a false difference.
 */
export async function verifyStatistics({ store, connectionString, now, schema = READ_MODELS_SCHEMA }: { store: EventStore; connectionString: string; now: Date; schema?: string }): Promise<StatisticsVerification> {
  const client = new Client({ connectionString, application_name: 'recours-stats-verify' });
  await client.connect();
  let published: MonthlyMerchantStatistics[];
  let categories: MonthlyCategoryStatistics[];
  let overall: MonthlyOverallStatistics[];
  let position: bigint | undefined;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    position = (await readCheckpoints(client, schema, [merchantScorecardProjection.name])).get(merchantScorecardProjection.name)?.position;
    const run: RunSql = async (sql, values) => (await client.query(sql, values)).rows;
    published = await monthlyMerchantStatistics(run, { now, schema });
    categories = await monthlyCategoryStatistics(run, { now, schema });
    overall = await monthlyOverallStatistics(run, { now, schema });
    await client.query('COMMIT');
  } finally {
    await client.end();
  }

  const claims = new Map<string, ClaimFacts>();
  const verified = new Map<string, string>();
  let events = 0;
  if (position !== undefined) {
    pages: for await (const page of eventPages(store, undefined, { eventTypes: [...CLAIM_FACT_EVENT_TYPES, ACCOUNT_EMAIL_VERIFIED] }, 2_000)) {
      for (const event of page.events) {
        if (event.globalPosition > position) break pages;
        events++;
        if (event.type === ACCOUNT_EMAIL_VERIFIED) {
          // The first confirmation counts, as in rater_verifications.
          const { accountId, at } = (event as unknown as AccountEmailVerified).data;
          if (!verified.has(accountId)) verified.set(accountId, at);
        }
        else if (event.streamId.startsWith(DISPUTE_STREAM_PREFIX)) {
          const id = disputeIdOf(event.streamId);
          claims.set(id, recordClaimFact(claims.get(id), disputeEventOf(event)));
        }
      }
    }
  }
  return {
    position,
    rows: published.length,
    categoryRows: categories.length,
    overallRows: overall.length,
    events,
    differences: [
      ...compare(recomputeStatistics(claims.values(), verified, now), published, (row) => `${row.merchantId} ${row.month}`),
      ...compare(recomputeCategoryStatistics(claims.values(), verified, now), categories, (row) => `category "${row.category}" ${row.month}`),
      ...compare(recomputeOverallStatistics(claims.values(), verified, now), overall, (row) => `overall ${row.month}`),
    ],
  };
}

/** Each expected row's figures against the published row of the same key; `key` names a row in the differences. */
function compare<Row extends PublishedFigures>(expected: Row[], published: Row[], key: (row: Row) => string): string[] {
  const found = new Map(published.map((row) => [key(row), row]));
  const differences: string[] = [];
  for (const row of expected) {
    const other = found.get(key(row));
    found.delete(key(row));
    if (!other) {
      differences.push(`${key(row)}: in the log (${row.claimsReceived} claims), not published`);
      continue;
    }
    for (const [field, value] of Object.entries(row) as Array<[keyof Row, unknown]>) {
      if (!same(value, other[field])) differences.push(`${key(row)} ${String(field)}: the log says ${String(value)}, published ${String(other[field])}`);
    }
  }
  for (const row of found.values()) differences.push(`${key(row)}: published (${row.claimsReceived} claims), not in the log`);
  return differences;
}

/** Equal, or equal to the last few digits a float carries (a mean, a median, a share). */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  return a === b;
}

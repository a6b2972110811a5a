import type { RecordedEvent } from '@recours/event-store';
import { ACCOUNT_EMAIL_VERIFIED, DISPUTE_STREAM_PREFIX, disputeEventOf, type AccountEmailVerified } from '@recours/disputes';
import { disputeEventsUpTo } from '../../erasure/replay-dispute';
import type { Erasure, Projection, ProjectionTarget } from '../../runner/projection';
import { cacheChanged, cachedRows, flushUnwritten } from '../../runner/write-behind';
import { quoteSchema } from '../../schema/read-models-schema';
import { disputeIdOf } from '../dispute-id-of';
import { upsertRows } from '../write-rows';
import { CLAIM_FACT_EVENT_TYPES, recordClaimFact, type ClaimFacts } from './claim-facts';
import { MERCHANT_CLAIMS, RATER_VERIFICATIONS } from './merchant-claims.tables';

/** A claim's facts as the projection holds them between batches. */
interface Held {
  facts: ClaimFacts;
  /** Changed since written. */
  dirty: boolean;
}

/**
 * Keeps the per-claim facts behind the public merchant scorecard; reads only the events that
 * change them. Like dispute-cases, it reads back only what its cache lacks and, in a rebuild,
 * writes a claim's row when it leaves the cache or at the end.
 */
export const merchantScorecardProjection: Projection = {
  name: 'merchant-scorecard',
  // 2: who filed, withdrawal and rating times, and the accounts' address confirmations (issue 12 item 4).
  // 3: the claim's category and problem description (issue 19 items 2 and 5).
  // 4: the category folded without accents, as the search's (one categoryKey).
  version: 4, // raise it with any change to what it writes or to its tables' shape (read-model-tables.spec.ts)
  // Dispute streams, and the accounts' AccountEmailVerified (no stream prefix: filtered by type).
  eventTypes: [...CLAIM_FACT_EVENT_TYPES, ACCOUNT_EMAIL_VERIFIED],
  tables: [MERCHANT_CLAIMS, RATER_VERIFICATIONS],

  async applyBatch(all: readonly RecordedEvent[], { client, schema, cache, rebuilding }: ProjectionTarget): Promise<void> {
    const verified = all.filter((event) => event.type === ACCOUNT_EMAIL_VERIFIED).map((event) => (event as unknown as AccountEmailVerified).data);
    // The first confirmation counts: a second one (a link used again after a crash) changes nothing.
    if (verified.length > 0) {
      await client.query(
        `INSERT INTO ${quoteSchema(schema)}.rater_verifications (account_id, verified_at)
         SELECT * FROM unnest($1::text[], $2::timestamptz[]) ON CONFLICT (account_id) DO NOTHING`,
        [verified.map((v) => v.accountId), verified.map((v) => v.at)],
      );
    }
    const events = all.filter((event) => event.streamId.startsWith(DISPUTE_STREAM_PREFIX));
    if (events.length === 0) return;
    const { held: claims, missing } = cachedRows<Held>(cache, events, (event) => disputeIdOf(event.streamId), rebuilding);
    if (missing.length > 0) {
      // to_json keeps instants as ISO strings, the way the facts are folded and written back.
      const { rows } = await client.query<{ facts: ClaimFacts }>(
        `SELECT to_json(c) AS facts FROM ${quoteSchema(schema)}.merchant_claims c WHERE dispute_id = ANY($1)`,
        [missing],
      );
      for (const { facts } of rows) claims.set(facts.dispute_id, { facts, dirty: false });
    }
    for (const event of events) {
      const id = disputeIdOf(event.streamId);
      claims.set(id, { facts: recordClaimFact(claims.get(id)?.facts, disputeEventOf(event)), dirty: true });
    }
    await write(client, schema, cacheChanged(cache, claims, rebuilding));
  },

  flush: (target: ProjectionTarget, max: number) => flushUnwritten<Held>(target, max, write),

  /** The consumer's description of the problem (the only words here), read again from the claim. */
  async erase(erasure: Erasure, target: ProjectionTarget): Promise<void> {
    const { client, schema, cache } = target;
    const ids = new Set(erasure.disputes);
    for (const claim of cache.values() as IterableIterator<Held>) if (erasure.subject && claim.facts.consumer_id === erasure.subject) ids.add(claim.facts.dispute_id);
    if (erasure.subject) {
      const { rows } = await client.query<{ dispute_id: string }>(`SELECT dispute_id FROM ${quoteSchema(schema)}.merchant_claims WHERE consumer_id = $1`, [erasure.subject]);
      for (const row of rows) ids.add(row.dispute_id);
    }
    for (const id of ids) {
      const [filed] = await disputeEventsUpTo(target, id, 0);
      if (!filed) continue;
      const claim = disputeEventOf(filed);
      if (claim.type !== 'ClaimFiled') continue;
      const problem = claim.data.problem.description;
      const held = cache.get(id) as Held | undefined;
      if (held) held.facts = { ...held.facts, problem };
      await client.query(`UPDATE ${quoteSchema(schema)}.merchant_claims SET problem = $2 WHERE dispute_id = $1`, [id, problem]);
    }
  },
};

async function write(client: ProjectionTarget['client'], schema: string, claims: readonly Held[]): Promise<void> {
  await upsertRows(client, schema, MERCHANT_CLAIMS, ['dispute_id'], claims.map((claim) => claim.facts));
  for (const claim of claims) claim.dirty = false;
}

import type { RecordedEvent } from '@recours/event-store';
import { DISPUTE_STREAM_PREFIX } from '@recours/disputes';
import type { Projection, ProjectionTarget } from '../../runner/projection';
import { quoteSchema } from '../../schema/read-models-schema';
import { disputeEventOf, disputeIdOf } from '../dispute-event-of';
import { upsertRows } from '../write-rows';
import { CLAIM_FACT_EVENT_TYPES, recordClaimFact, type ClaimFacts } from './claim-facts';
import { MERCHANT_CLAIMS } from './merchant-claims.tables';

/** Keeps the per-claim facts behind the public merchant scorecard; reads only the events that change them. */
export const merchantScorecardProjection: Projection = {
  name: 'merchant-scorecard',
  streamPrefix: DISPUTE_STREAM_PREFIX,
  eventTypes: CLAIM_FACT_EVENT_TYPES,
  tables: [MERCHANT_CLAIMS],

  async applyBatch(events: readonly RecordedEvent[], { client, schema, cache }: ProjectionTarget): Promise<void> {
    const ids = [...new Set(events.map((event) => disputeIdOf(event.streamId)))];
    const claims = new Map<string, ClaimFacts>();
    for (const id of ids) {
      const known = cache.get(id) as ClaimFacts | undefined;
      if (known) claims.set(id, known);
    }
    const missing = ids.filter((id) => !claims.has(id));
    if (missing.length > 0) {
      // to_json keeps instants as ISO strings, the way the facts are folded and written back.
      const { rows } = await client.query<{ facts: ClaimFacts }>(
        `SELECT to_json(c) AS facts FROM ${quoteSchema(schema)}.merchant_claims c WHERE dispute_id = ANY($1)`,
        [missing],
      );
      for (const { facts } of rows) claims.set(facts.dispute_id, facts);
    }
    for (const event of events) {
      const id = disputeIdOf(event.streamId);
      claims.set(id, recordClaimFact(claims.get(id), disputeEventOf(event)));
    }
    for (const [id, facts] of claims) cache.set(id, facts);
    await upsertRows(client, schema, MERCHANT_CLAIMS, ['dispute_id'], [...claims.values()]);
  },
};

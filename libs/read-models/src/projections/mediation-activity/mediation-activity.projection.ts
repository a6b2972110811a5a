import type { RecordedEvent } from '@recours/event-store';
import { DISPUTE_STREAM_PREFIX, disputeEventOf } from '@recours/disputes';
import type { Projection, ProjectionTarget } from '../../runner/projection';
import { quoteSchema } from '../../schema/read-models-schema';
import { disputeIdOf } from '../dispute-id-of';
import { upsertRows } from '../write-rows';
import { MEDIATION_FACT_EVENT_TYPES, recordMediationFact, type MediationFacts } from './mediation-facts';
import { MEDIATION_REQUESTS } from './mediation-requests.tables';

/**
 * Keeps one row of facts per mediation request, for the mediation bodies' annual activity
 * report. Few events concern a mediation, so each batch reads back the rows of the disputes it
 * touches and writes them again: no cache, the same path when rebuilding.
 */
export const mediationActivityProjection: Projection = {
  name: 'mediation-activity',
  version: 2, // raise it with any change to what it writes or to its tables' shape (read-model-tables.spec.ts)
  // Version 2: body_id, the mediation body recorded with the request (migration 176900000030200).
  streamPrefix: DISPUTE_STREAM_PREFIX,
  eventTypes: MEDIATION_FACT_EVENT_TYPES,
  tables: [MEDIATION_REQUESTS],

  async applyBatch(events: readonly RecordedEvent[], { client, schema }: ProjectionTarget): Promise<void> {
    const ids = [...new Set(events.map((event) => disputeIdOf(event.streamId)))];
    // to_json keeps instants as ISO strings, the way the facts are folded and written back.
    const { rows } = await client.query<{ facts: MediationFacts }>(`SELECT to_json(r) AS facts FROM ${quoteSchema(schema)}.mediation_requests r WHERE dispute_id = ANY($1)`, [ids]);
    const mediations = new Map<string, MediationFacts | undefined>(rows.map(({ facts }) => [facts.dispute_id, facts]));
    const changed = new Set<string>();
    for (const event of events) {
      const id = disputeIdOf(event.streamId);
      const before = mediations.get(id);
      const after = recordMediationFact(before, disputeEventOf(event));
      if (after !== before) {
        mediations.set(id, after);
        changed.add(id);
      }
    }
    const due = [...changed].map((id) => mediations.get(id)).filter((facts): facts is MediationFacts => facts !== undefined);
    await upsertRows(client, schema, MEDIATION_REQUESTS, ['dispute_id'], due);
  },
};

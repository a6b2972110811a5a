import type { RecordedEvent } from '@recours/event-store';
import { DISPUTE_EVENT_TYPES, DISPUTE_STREAM_PREFIX, evolve, initialState, type Dispute, type DisputeState } from '@recours/disputes';
import type { Projection, ProjectionTarget } from '../../runner/projection';
import { quoteSchema } from '../../schema/read-models-schema';
import { disputeEventOf, disputeIdOf } from '../dispute-event-of';
import { replaceDisputeRows, upsertRows, type Row } from '../write-rows';
import { caseRows } from './case-rows';
import { ASSOCIATION_CASES, DISPUTE_SUMMARIES, MEDIATOR_CASELOAD, MERCHANT_INBOX, OPEN_DEADLINES } from './dispute-cases.tables';
import { StreamGapError } from './stream-gap-error';

interface Folded {
  state: DisputeState;
  version: number;
  position: bigint;
}

/**
 * Folds each dispute with the decider's own `evolve`, so status, turn and deadlines are the
 * ones the decider acts on. Per batch: the touched disputes' states come from the run's cache
 * or, for the others, from one query; they are evolved in memory, and every table is written
 * with one statement, whatever the batch size.
 */
export const disputeCasesProjection: Projection = {
  name: 'dispute-cases',
  streamPrefix: DISPUTE_STREAM_PREFIX,
  eventTypes: DISPUTE_EVENT_TYPES,
  tables: [DISPUTE_SUMMARIES, MERCHANT_INBOX, MEDIATOR_CASELOAD, ASSOCIATION_CASES, OPEN_DEADLINES],

  async applyBatch(events: readonly RecordedEvent[], { client, schema, cache }: ProjectionTarget): Promise<void> {
    const ids = [...new Set(events.map((event) => disputeIdOf(event.streamId)))];
    const folded = new Map<string, Folded>();
    for (const id of ids) {
      const known = cache.get(id) as Folded | undefined;
      if (known) folded.set(id, known);
    }
    const missing = ids.filter((id) => !folded.has(id));
    if (missing.length > 0) {
      const { rows } = await client.query<{ dispute_id: string; version: number; state: Dispute; last_position: string }>(
        `SELECT dispute_id, version, state, last_position FROM ${quoteSchema(schema)}.dispute_summaries WHERE dispute_id = ANY($1)`,
        [missing],
      );
      for (const row of rows) folded.set(row.dispute_id, { state: row.state, version: row.version, position: BigInt(row.last_position) });
    }
    // Disputes filed in this batch have no rows yet: only the others have rows to replace.
    const existing = [...folded.keys()];

    for (const event of events) {
      const id = disputeIdOf(event.streamId);
      const current = folded.get(id) ?? { state: initialState(), version: -1, position: -1n };
      if (event.streamVersion !== current.version + 1) throw new StreamGapError(id, current.version + 1, event.streamVersion);
      folded.set(id, { state: evolve(current.state, disputeEventOf(event)), version: event.streamVersion, position: event.globalPosition });
    }

    const summaries: Row[] = [];
    const inbox: Row[] = [];
    const caseload: Row[] = [];
    const associations: Row[] = [];
    const deadlines: Row[] = [];
    for (const [id, folding] of folded) {
      const { state, version, position } = folding;
      if (!state.filed) continue; // evolve refuses anything before ClaimFiled, so never reached
      cache.set(id, folding);
      const rows = caseRows(state, version, position);
      summaries.push(rows.summary);
      if (rows.inbox) inbox.push(rows.inbox);
      if (rows.caseload) caseload.push(rows.caseload);
      if (rows.association) associations.push(rows.association);
      deadlines.push(...rows.deadlines);
    }
    await upsertRows(client, schema, DISPUTE_SUMMARIES, ['dispute_id'], summaries);
    await replaceDisputeRows(client, schema, MERCHANT_INBOX, existing, inbox);
    await replaceDisputeRows(client, schema, MEDIATOR_CASELOAD, existing, caseload);
    await replaceDisputeRows(client, schema, ASSOCIATION_CASES, existing, associations);
    await replaceDisputeRows(client, schema, OPEN_DEADLINES, existing, deadlines);
  },
};

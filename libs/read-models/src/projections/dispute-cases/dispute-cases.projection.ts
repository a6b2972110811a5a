import type { RecordedEvent } from '@recours/event-store';
import { DISPUTE_EVENT_TYPES, DISPUTE_STREAM_PREFIX, disputeEventOf, evolve, initialState, NO_READER_VERSIONS, withEvent, type Dispute, type DisputeState, type DisputeStatus, type ReaderVersions } from '@recours/disputes';
import type { ClientBase } from 'pg';
import { disputeEventsUpTo, foldDispute, mentions } from '../../erasure/replay-dispute';
import { disputesNaming } from './disputes-naming';
import type { Erasure, Projection, ProjectionTarget } from '../../runner/projection';
import { cacheChanged, cachedRows, flushUnwritten } from '../../runner/write-behind';
import { quoteSchema } from '../../schema/read-models-schema';
import { disputeIdOf } from '../dispute-id-of';
import { MAX_ROWS, writeTables, type Row, type TableWrite } from '../write-rows';
import { caseRows } from './case-rows';
import { foldingState } from './folding-state';
import { ASSOCIATION_CASES, DISPUTE_SUMMARIES, MEDIATOR_CASELOAD, MERCHANT_INBOX, MERCHANT_INBOX_COUNTS, MERCHANT_INBOX_TALLY, OPEN_DEADLINES } from './dispute-cases.tables';
import { DISPUTE_OUTCOMES, DISPUTE_SEARCH, SEARCH_WORDS } from './dispute-search.tables';
import { outcomeRow, searchRow } from './search-rows';
import { StreamGapError } from './stream-gap-error';

/** A dispute as the projection holds it between batches. */
interface Folded {
  state: DisputeState;
  version: number;
  /** Each reader's count of its versions (readerVersions, as DisputeHistory folds it): what the lists show each. */
  readerVersions: ReaderVersions;
  position: bigint;
  /** Its rows are in the tables (maybe of an older version). */
  written: boolean;
  /** Changed since its rows were written. */
  dirty: boolean;
}

/**
 * Folds each dispute with the decider's own `evolve`, so status, turn and deadlines are the
 * ones the decider acts on. Per batch: the touched disputes' states come from the run's cache
 * or, for the others, from one query; they are evolved in memory, and all the tables are
 * written in one statement, whatever the batch size. In a rebuild, a dispute's rows
 * are written once it leaves the cache or at the end, not after each of its events.
 */
export const disputeCasesProjection: Projection = {
  name: 'dispute-cases',
  version: 18, // raise it with any change to what it writes or to its tables' shape (read-model-tables.spec.ts)
  streamPrefix: DISPUTE_STREAM_PREFIX,
  eventTypes: DISPUTE_EVENT_TYPES,
  // Version 2: the search documents and outcomes (issue 19), filled by the rebuild at start.
  // Version 3: the inbox's assignee and escalation level (issue 18 item 2); the activity leaves out the merchant team's own events.
  // Version 4: dispute_summaries.advisers, the associations a dispute is shared with for advice (issue 19 item 1).
  // Version 6: dispute_search.document stored (generated), so a search ranks without recomputing it (issue 21).
  // Version 7: merchant_inbox_counts, the inbox's counts by due day, so a page's totals do not count the whole inbox (issue 21).
  // Version 8: periods in Paris days: an open deadline's reminder and a mediation's last day are read from its due
  // instant's Paris day; written again so that rows written before, or by a projector of the earlier release during
  // a rolling upgrade, are what this release computes.
  // Version 9: dispute_summaries.state keeps the merchant's written refusals (Dispute.refusals, L217-14 1°), which
  // states folded before lack: folded again so the stored state is the decider's.
  // Version 10: a pending proposal's answer period (SETTLEMENT_ANSWER) has a reminder: open_deadlines.remind_at
  // written for proposals pending before, so the deadline process reminds their parties too.
  // Version 11: dispute_summaries.consumer_version, the version the consumer counts over what she may read (her lists show it).
  // Version 12: dispute_summaries.reader_versions, every reader's count: an association's list of disputes shared for
  // advice shows hers, which leaves out the consumer's sharing with other associations (it showed the consumer's).
  // Version 13: dispute_summaries.assignee_id and its index, and the index of the mediation requests (a body's
  // intake): an agent's cases and the intake found by index, not by reading every summary.
  // Version 14: open_deadlines' indexes hold the deadline process's whole page order (due or reminder date, dispute,
  // kind, offer), so it reads on past deadlines it cannot act on, by index (migration 176900000029970).
  // Version 15: dispute_summaries.authors and its index: an erasure finds the disputes naming her by index (disputesNaming).
  // Version 16: dispute_summaries' index by merchant: a person's export lists her merchant's disputes by index (migration 176900000029990).
  // Version 17: the folded state's remedies after a failure: no failure closes one now (remediesAfterFailure), and the
  // states stored before held the narrower list (and, before 2026-12-05, no compensation): rewritten as a rebuild folds them.
  // Version 18: the folded state gained two things a runner of the release before would have folded without:
  // its mediation keeps the body recorded with the request (MediationRequested mediationBodyId, read by a body's
  // intake), and its remedyHistory marks a remedy deemed carried out (RemedyFulfilled deemed: her period to answer
  // the merchant's report ran out, not said by her) as `deemed`.
  tables: [DISPUTE_SUMMARIES, MERCHANT_INBOX, MERCHANT_INBOX_COUNTS, MEDIATOR_CASELOAD, ASSOCIATION_CASES, OPEN_DEADLINES, DISPUTE_SEARCH, DISPUTE_OUTCOMES],

  async applyBatch(events: readonly RecordedEvent[], { client, schema, cache, rebuilding }: ProjectionTarget): Promise<void> {
    const { held: folded, missing } = cachedRows<Folded>(cache, events, (event) => disputeIdOf(event.streamId), rebuilding);
    if (missing.length > 0) {
      const { rows } = await client.query<{ dispute_id: string; version: number; reader_versions: ReaderVersions; state: Dispute; last_position: string }>(
        `SELECT dispute_id, version, reader_versions, state, last_position FROM ${quoteSchema(schema)}.dispute_summaries WHERE dispute_id = ANY($1)`,
        [missing],
      );
      for (const row of rows) {
        folded.set(row.dispute_id, { state: row.state, version: row.version, readerVersions: row.reader_versions, position: BigInt(row.last_position), written: true, dirty: false });
      }
    }

    for (const event of events) {
      const id = disputeIdOf(event.streamId);
      const current = folded.get(id) ?? { state: initialState(), version: -1, readerVersions: NO_READER_VERSIONS, position: -1n, written: false, dirty: false };
      if (event.streamVersion !== current.version + 1) throw new StreamGapError(id, current.version + 1, event.streamVersion);
      const disputeEvent = disputeEventOf(event);
      folded.set(id, {
        state: foldingState(evolve(current.state, disputeEvent)),
        version: event.streamVersion,
        readerVersions: withEvent(current.readerVersions, disputeEvent),
        position: event.globalPosition,
        written: current.written,
        dirty: true,
      });
    }

    await writeCases(client, schema, cacheChanged(cache, folded, rebuilding));
  },

  flush: (target: ProjectionTarget, max: number) => flushUnwritten<Folded>(target, max, writeCases),

  /**
   * The disputes named, and every one whose folded state names the subject (hers, or where she
   * wrote as an agent, a mediator, an association), folded again from their events up to the
   * version reached and written in every table, in the cache too: its copy held her words.
   */
  async erase(erasure: Erasure, target: ProjectionTarget): Promise<void> {
    const { client, schema, cache } = target;
    const known = new Map<string, { version: number; written: boolean }>();
    for (const dispute of cache.values() as IterableIterator<Folded>) {
      if (!dispute.state.filed) continue;
      if (erasure.disputes.includes(dispute.state.disputeId) || (erasure.subject && mentions(dispute.state, erasure.subject))) known.set(dispute.state.disputeId, dispute);
    }
    // By index (disputesNaming): searching every state's text for her id read the whole table in the batch's transaction.
    const { rows } = await client.query<{ dispute_id: string; version: number }>(
      `SELECT dispute_id, version FROM ${quoteSchema(schema)}.dispute_summaries WHERE dispute_id = ANY($1)
       UNION SELECT dispute_id, version FROM ${quoteSchema(schema)}.dispute_summaries WHERE dispute_id IN (${disputesNaming(schema, '$2')})`,
      [erasure.disputes, erasure.subject ?? null],
    );
    for (const row of rows) if (!known.has(row.dispute_id)) known.set(row.dispute_id, { version: row.version, written: true });

    const due: Folded[] = [];
    for (const [id, { version, written }] of known) {
      const events = await disputeEventsUpTo(target, id, version);
      if (events.length === 0) continue;
      const readerVersions = events.reduce((versions, event) => withEvent(versions, disputeEventOf(event)), NO_READER_VERSIONS);
      const dispute: Folded = { state: foldingState(foldDispute(events)), version, readerVersions, position: events[events.length - 1].globalPosition, written, dirty: true };
      due.push(dispute);
      const pushedOut = cache.set(id, dispute)?.[1] as Folded | undefined;
      if (pushedOut?.dirty && pushedOut !== dispute) due.push(pushedOut);
    }
    await writeCases(client, schema, due);
  },
};

/** Writes the rows of these disputes in every table: one statement for all the tables (MAX_ROWS disputes each). */
async function writeCases(client: ClientBase, schema: string, disputes: readonly Folded[]): Promise<void> {
  for (let from = 0; from < disputes.length; from += MAX_ROWS) await writeTables(client, schema, tableWrites(disputes.slice(from, from + MAX_ROWS)));
  // Only ever seen again within this run, which ends at the first failure: safe to mark now.
  for (const dispute of disputes) {
    dispute.written = true;
    dispute.dirty = false;
  }
}

/** Each table's rows of these disputes; the rows of those already written are replaced. */
function tableWrites(disputes: readonly Folded[]): TableWrite[] {
  const summaries: Row[] = [];
  const inbox: Row[] = [];
  const caseload: Row[] = [];
  const associations: Row[] = [];
  const deadlines: Row[] = [];
  const search: Row[] = [];
  const outcomes: Row[] = [];
  // Disputes never written have no rows yet: only the others have rows to replace.
  const written: string[] = [];
  for (const dispute of disputes) {
    const { state, version, readerVersions, position } = dispute;
    if (!state.filed) continue; // evolve refuses anything before ClaimFiled, so never reached
    if (dispute.written) written.push(state.disputeId);
    const rows = caseRows(state, version, position, readerVersions);
    summaries.push(rows.summary);
    if (rows.inbox) inbox.push(rows.inbox);
    if (rows.caseload) caseload.push(rows.caseload);
    if (rows.association) associations.push(rows.association);
    deadlines.push(...rows.deadlines);
    search.push(searchRow(state, rows.summary.status as DisputeStatus));
    const outcome = outcomeRow(state);
    if (outcome) outcomes.push(outcome);
  }
  return [
    { table: DISPUTE_SUMMARIES, rows: summaries, upsertOn: ['dispute_id'] },
    { table: MERCHANT_INBOX, rows: inbox, replacing: written, tally: MERCHANT_INBOX_TALLY },
    { table: MEDIATOR_CASELOAD, rows: caseload, replacing: written },
    { table: ASSOCIATION_CASES, rows: associations, replacing: written },
    { table: OPEN_DEADLINES, rows: deadlines, replacing: written },
    // Most events leave a dispute's words as they were: its search document is then not computed again.
    { table: DISPUTE_SEARCH, rows: search, upsertOn: ['dispute_id'], ...(written.length > 0 && { computedFrom: SEARCH_WORDS }) },
    { table: DISPUTE_OUTCOMES, rows: outcomes, replacing: written },
  ];
}

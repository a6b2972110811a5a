import { readModelTable } from '../../schema/read-model-table';
import type { Tally } from '../write-rows';

/** One row per dispute; `state` is the decider's state, folded further by the next batch. */
export const DISPUTE_SUMMARIES = readModelTable({
  name: 'dispute_summaries',
  columns: {
    dispute_id: 'text',
    consumer_id: 'text',
    merchant_id: 'text',
    mediator_id: 'text?',
    /** The association acting under a live mandate, if any. */
    association_id: 'text?',
    product: 'jsonb',
    status: 'text',
    turn: 'text',
    requested_remedy: 'text',
    price_amount: 'numeric(14,2)',
    price_currency: 'text',
    /** The latest offer still open. */
    offer_id: 'text?',
    offer_side: 'text?',
    offer_remedy: 'text?',
    offer_amount: 'numeric(14,2)?',
    offer_currency: 'text?',
    offer_expires_at: 'timestamptz?',
    /** The remedy agreed (being carried out, or the last one carried out or failed). */
    agreed_remedy: 'text?',
    agreed_amount: 'numeric(14,2)?',
    agreed_currency: 'text?',
    remedy_due_at: 'timestamptz?',
    next_deadline_kind: 'text?',
    next_deadline_at: 'timestamptz?',
    filed_at: 'timestamptz',
    last_activity_at: 'timestamptz',
    version: 'integer',
    last_position: 'numeric(39,0)',
    /**
     * json, not jsonb, and lz4 (below): written at every batch and only ever read back whole,
     * so the cheapest to store wins (measured: a third of the upsert time of jsonb with pglz).
     */
    state: 'json',
    /** The associations the consumer shares the dispute with for advice (shareDisputeForAdvice), without a mandate; last, as migration 176900000006001 added it. */
    advisers: 'text[]',
    /** When it ended, while the retention job has something to do with it (not held, not erased): migration 176900000011100. */
    retention_from: 'timestamptz?',
    /**
     * The version the consumer counts, over the events she may read (readerVersions): what her
     * lists show and she sends back as expectedVersion, while `version`, the stream's, orders the
     * projection's folds. Migration 176900000028400.
     */
    consumer_version: 'integer',
    /**
     * Every reader's count (ReaderVersions, folded by withEvent as DisputeHistory is): an
     * association's list shows versionOf(…, 'ASSOCIATION', its account), which leaves out her
     * sharing with other associations, as dispute(id) does. Migration 176900000029620.
     */
    reader_versions: 'jsonb',
    /**
     * The merchant's agent who handles the case (Dispute.assignment), kept after it ends as the
     * state keeps it: the cases an agent leaving her team hands back are found by index
     * (openCasesAssignedTo), not by reading every state. Migration 176900000029920.
     */
    assignee_id: 'text?',
    /**
     * The accounts the state names as authors, or those acted for (authorsOf): with the columns
     * above, every account the state names, found by index (disputesNaming), not by searching
     * every state's text. Migration 176900000029980.
     */
    // With a default: a projector of the release before (a rolling update's old pod) writes rows without it.
    authors: { type: 'text[]', default: "'{}'" },
  },
  primaryKey: ['dispute_id'],
  // An update touching no indexed column stays on its page (HOT) without rewriting the indexes.
  storage: 'fillfactor = 70',
  // lz4 where the server was built with it; the embedded server's binaries were not, and keep pglz.
  after: (table) => `DO $$ BEGIN
  EXECUTE 'ALTER TABLE ${table.replaceAll("'", "''")} ALTER COLUMN state SET COMPRESSION lz4';
EXCEPTION WHEN feature_not_supported THEN NULL;
END $$;`,
  // Listed by filing date, which never changes: stable cursors.
  indexes: {
    dispute_summaries_by_consumer: '(consumer_id, filed_at, dispute_id)',
    dispute_summaries_by_adviser: "USING gin (advisers) WHERE advisers <> '{}'",
    dispute_summaries_by_retention: '(retention_from) WHERE retention_from IS NOT NULL',
    dispute_summaries_by_assignee: '(assignee_id, filed_at, dispute_id) WHERE assignee_id IS NOT NULL',
    // An erasure finds the disputes of the mediator she was (AccountErasure.disputesWithWordsOf).
    dispute_summaries_by_mediator: '(mediator_id) WHERE mediator_id IS NOT NULL',
    dispute_summaries_by_author: "USING gin (authors) WHERE authors <> '{}'",
    // A person's export lists every dispute of her merchant, its owner's or agent's (PersonalDataArchive). Migration 176900000029990.
    dispute_summaries_by_merchant: '(merchant_id, filed_at, dispute_id)',
    // A mediation body's intake (MediationIntake): the requests still awaiting admissibility, a few
    // weeks' worth (L612-2), found without reading the others; merchant_id for the bodies' merchants.
    // Its order (the admissibility clock) is in the state, json rewritten at every batch: indexing
    // it would take every summary update off HOT, so the intake sorts its few rows itself.
    dispute_summaries_mediation_requested: "(merchant_id, dispute_id) WHERE status = 'MEDIATION_REQUESTED'",
  },
  // reader_versions names the associations each reads alone: read only as the one reader's count (listSharedForAdvice).
  // assignee_id: read only to find an agent's cases (openCasesAssignedTo), never listed.
  // authors: read only to find the disputes naming an account (disputesNaming).
  unselected: ['state', 'retention_from', 'reader_versions', 'assignee_id', 'authors'],
});

/** Disputes waiting for the merchant, with what it owes next and by when. */
export const MERCHANT_INBOX = readModelTable({
  name: 'merchant_inbox',
  columns: {
    dispute_id: 'text',
    merchant_id: 'text',
    consumer_id: 'text',
    product_name: 'text',
    status: 'text',
    turn: 'text',
    due_kind: 'text?',
    due_at: 'timestamptz?',
    last_activity_at: 'timestamptz',
    /** The merchant's agent who handles the case (assignCase); null: unassigned, in the team's queue. */
    assignee_id: 'text?',
    /** Where the consumer took the claim inside the merchant (FRONT_DESK, SUPERVISOR, COMPLAINTS_DEPARTMENT): escalated cases go to the supervisors. */
    escalation_level: 'text?',
  },
  primaryKey: ['dispute_id'],
  indexes: { merchant_inbox_by_due_date: '(merchant_id, due_at, dispute_id)' },
});

/**
 * How many rows of `merchant_inbox` each merchant has, by UTC due day and by the queues the inbox
 * filters on (unassigned, escalated): a few rows per due day, however long the inbox grows. Written
 * in the same statement as the inbox rows (`MERCHANT_INBOX_TALLY`), so the two never disagree
 * within a snapshot; a count that reaches 0 loses its row (a rebuild writes no such row either).
 */
export const MERCHANT_INBOX_COUNTS = readModelTable({
  name: 'merchant_inbox_counts',
  columns: {
    merchant_id: 'text',
    /** The UTC day of `due_at`; 'infinity' for the undated (a key column cannot be null; never overdue). */
    due_day: 'date',
    /** `assignee_id IS NULL`: in the team's queue. */
    unassigned: 'boolean',
    /** Escalated past the front desk (SUPERVISOR or COMPLAINTS_DEPARTMENT). */
    escalated: 'boolean',
    disputes: 'integer',
  },
  primaryKey: ['merchant_id', 'due_day', 'unassigned', 'escalated'],
  // Each batch that moves an inbox row updates a count: room on the page keeps the update HOT.
  storage: 'fillfactor = 70',
});

/** The counts' key, as SQL over an inbox row: what the projection's writes and the inbox query agree on. */
export const MERCHANT_INBOX_TALLY: Tally = {
  table: MERCHANT_INBOX_COUNTS,
  key: {
    merchant_id: 'merchant_id',
    due_day: "coalesce((due_at AT TIME ZONE 'UTC')::date, 'infinity'::date)",
    unassigned: 'assignee_id IS NULL',
    escalated: "coalesce(escalation_level <> 'FRONT_DESK', false)",
  },
  count: 'disputes',
};

/** The dispute-cases version from which the tables hold `merchant_inbox_counts` in step with the inbox (until a rebuild swaps them in, an upgraded database's counts are not kept). */
export const INBOX_COUNTS_SINCE_VERSION = 7;

/** Mediations under way, by mediator, with both legal clocks. */
export const MEDIATOR_CASELOAD = readModelTable({
  name: 'mediator_caseload',
  columns: {
    dispute_id: 'text',
    mediator_id: 'text',
    consumer_id: 'text',
    merchant_id: 'text',
    product_name: 'text',
    stage: 'text',
    status: 'text',
    turn: 'text',
    requested_at: 'timestamptz',
    admissibility_due_at: 'timestamptz',
    admissibility_overdue: 'boolean',
    file_completed_at: 'timestamptz?',
    /** The last day of the 90-day clock, and the instant it has passed. */
    outcome_due_on: 'date?',
    outcome_due_at: 'timestamptz?',
    outcome_overdue: 'boolean',
    /** The clock that runs now: admissibility, then outcome. */
    next_due_at: 'timestamptz',
    last_activity_at: 'timestamptz',
  },
  primaryKey: ['dispute_id'],
  indexes: { mediator_caseload_by_due_date: '(mediator_id, next_due_at, dispute_id)' },
});

/** Disputes an association follows under a live mandate. */
export const ASSOCIATION_CASES = readModelTable({
  name: 'association_cases',
  columns: {
    dispute_id: 'text',
    association_id: 'text',
    consumer_id: 'text',
    merchant_id: 'text',
    product_name: 'text',
    status: 'text',
    turn: 'text',
    mandate_granted_at: 'timestamptz',
    next_deadline_kind: 'text?',
    next_deadline_at: 'timestamptz?',
    last_activity_at: 'timestamptz',
  },
  primaryKey: ['dispute_id'],
  indexes: { association_cases_by_activity: '(association_id, last_activity_at, dispute_id)' },
});

/** Every deadline still running, for the process manager that records them as passed. */
export const OPEN_DEADLINES = readModelTable({
  name: 'open_deadlines',
  columns: {
    dispute_id: 'text',
    kind: 'text',
    /** What the deadline is about beyond the dispute: the offer, for OFFER_EXPIRY; '' otherwise. */
    refers_to: 'text',
    due_on: 'date',
    due_at: 'timestamptz',
    owed_by: 'text',
    remind_at: 'timestamptz?',
    reminded: 'boolean',
  },
  primaryKey: ['dispute_id', 'kind', 'refers_to'],
  indexes: {
    // The whole order of the process's pages (keyset), so a page after its cursor is read from the index, not sorted.
    open_deadlines_by_due_date: '(due_at, dispute_id, kind, refers_to)',
    open_deadlines_to_remind: '(remind_at, dispute_id, kind, refers_to) WHERE NOT reminded',
  },
});

import { quoteSchema } from '../../schema/read-models-schema';
import type { TableOfColumns } from '../write-rows';

/** One row per dispute; `state` is the decider's state, folded further by the next batch. */
export const DISPUTE_SUMMARIES: TableOfColumns = {
  name: 'dispute_summaries',
  columns: {
    dispute_id: 'text',
    consumer_id: 'text',
    merchant_id: 'text',
    mediator_id: 'text',
    association_id: 'text',
    product: 'jsonb',
    status: 'text',
    turn: 'text',
    requested_remedy: 'text',
    price_amount: 'numeric',
    price_currency: 'text',
    offer_id: 'text',
    offer_side: 'text',
    offer_remedy: 'text',
    offer_amount: 'numeric',
    offer_currency: 'text',
    offer_expires_at: 'timestamptz',
    agreed_remedy: 'text',
    agreed_amount: 'numeric',
    agreed_currency: 'text',
    remedy_due_at: 'timestamptz',
    next_deadline_kind: 'text',
    next_deadline_at: 'timestamptz',
    filed_at: 'timestamptz',
    last_activity_at: 'timestamptz',
    version: 'integer',
    last_position: 'numeric',
    state: 'json',
  },
  ddl: (schema) => {
    const s = quoteSchema(schema);
    return `
CREATE TABLE ${s}.dispute_summaries (
  dispute_id text PRIMARY KEY,
  consumer_id text NOT NULL,
  merchant_id text NOT NULL,
  mediator_id text,
  -- the association acting under a live mandate, if any
  association_id text,
  product jsonb NOT NULL,
  status text NOT NULL,
  turn text NOT NULL,
  requested_remedy text NOT NULL,
  price_amount numeric(14,2) NOT NULL,
  price_currency text NOT NULL,
  -- the latest offer still open
  offer_id text,
  offer_side text,
  offer_remedy text,
  offer_amount numeric(14,2),
  offer_currency text,
  offer_expires_at timestamptz,
  -- the remedy agreed (being carried out, or the last one carried out or failed)
  agreed_remedy text,
  agreed_amount numeric(14,2),
  agreed_currency text,
  remedy_due_at timestamptz,
  next_deadline_kind text,
  next_deadline_at timestamptz,
  filed_at timestamptz NOT NULL,
  last_activity_at timestamptz NOT NULL,
  version integer NOT NULL,
  last_position numeric(39,0) NOT NULL,
  -- json, not jsonb, and lz4 (below): written at every batch and only ever read back whole,
  -- so the cheapest to store wins (measured: a third of the upsert time of jsonb with pglz)
  state json NOT NULL
) WITH (fillfactor = 70);
-- lz4 where the server was built with it; the embedded server's binaries were not, and keep pglz.
DO $$ BEGIN
  EXECUTE 'ALTER TABLE ${s}.dispute_summaries ALTER COLUMN state SET COMPRESSION lz4';
EXCEPTION WHEN feature_not_supported THEN NULL;
END $$;
-- Listed by filing date, which never changes: stable cursors, and an update touching no
-- indexed column stays on its page (HOT, hence the fillfactor) without rewriting the indexes.
CREATE INDEX dispute_summaries_by_consumer ON ${s}.dispute_summaries (consumer_id, filed_at, dispute_id);`;
  },
};

/** Disputes waiting for the merchant, with what it owes next and by when. */
export const MERCHANT_INBOX: TableOfColumns = {
  name: 'merchant_inbox',
  columns: {
    dispute_id: 'text',
    merchant_id: 'text',
    consumer_id: 'text',
    product_name: 'text',
    status: 'text',
    turn: 'text',
    due_kind: 'text',
    due_at: 'timestamptz',
    last_activity_at: 'timestamptz',
  },
  ddl: (schema) => {
    const s = quoteSchema(schema);
    return `
CREATE TABLE ${s}.merchant_inbox (
  dispute_id text PRIMARY KEY,
  merchant_id text NOT NULL,
  consumer_id text NOT NULL,
  product_name text NOT NULL,
  status text NOT NULL,
  turn text NOT NULL,
  due_kind text,
  due_at timestamptz,
  last_activity_at timestamptz NOT NULL
);
CREATE INDEX merchant_inbox_by_due_date ON ${s}.merchant_inbox (merchant_id, due_at, dispute_id);`;
  },
};

/** Mediations under way, by mediator, with both legal clocks. */
export const MEDIATOR_CASELOAD: TableOfColumns = {
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
    file_completed_at: 'timestamptz',
    outcome_due_on: 'date',
    outcome_due_at: 'timestamptz',
    outcome_overdue: 'boolean',
    next_due_at: 'timestamptz',
    last_activity_at: 'timestamptz',
  },
  ddl: (schema) => {
    const s = quoteSchema(schema);
    return `
CREATE TABLE ${s}.mediator_caseload (
  dispute_id text PRIMARY KEY,
  mediator_id text NOT NULL,
  consumer_id text NOT NULL,
  merchant_id text NOT NULL,
  product_name text NOT NULL,
  stage text NOT NULL,
  status text NOT NULL,
  turn text NOT NULL,
  requested_at timestamptz NOT NULL,
  admissibility_due_at timestamptz NOT NULL,
  admissibility_overdue boolean NOT NULL,
  file_completed_at timestamptz,
  -- the last day of the 90-day clock, and the instant it has passed
  outcome_due_on date,
  outcome_due_at timestamptz,
  outcome_overdue boolean NOT NULL,
  -- the clock that runs now: admissibility, then outcome
  next_due_at timestamptz NOT NULL,
  last_activity_at timestamptz NOT NULL
);
CREATE INDEX mediator_caseload_by_due_date ON ${s}.mediator_caseload (mediator_id, next_due_at, dispute_id);`;
  },
};

/** Disputes an association follows under a live mandate. */
export const ASSOCIATION_CASES: TableOfColumns = {
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
    next_deadline_kind: 'text',
    next_deadline_at: 'timestamptz',
    last_activity_at: 'timestamptz',
  },
  ddl: (schema) => {
    const s = quoteSchema(schema);
    return `
CREATE TABLE ${s}.association_cases (
  dispute_id text PRIMARY KEY,
  association_id text NOT NULL,
  consumer_id text NOT NULL,
  merchant_id text NOT NULL,
  product_name text NOT NULL,
  status text NOT NULL,
  turn text NOT NULL,
  mandate_granted_at timestamptz NOT NULL,
  next_deadline_kind text,
  next_deadline_at timestamptz,
  last_activity_at timestamptz NOT NULL
);
CREATE INDEX association_cases_by_activity ON ${s}.association_cases (association_id, last_activity_at, dispute_id);`;
  },
};

/** Every deadline still running, for the process manager that records them as passed. */
export const OPEN_DEADLINES: TableOfColumns = {
  name: 'open_deadlines',
  columns: {
    dispute_id: 'text',
    kind: 'text',
    refers_to: 'text',
    due_on: 'date',
    due_at: 'timestamptz',
    owed_by: 'text',
    remind_at: 'timestamptz',
    reminded: 'boolean',
  },
  ddl: (schema) => {
    const s = quoteSchema(schema);
    return `
CREATE TABLE ${s}.open_deadlines (
  dispute_id text NOT NULL,
  kind text NOT NULL,
  -- what the deadline is about beyond the dispute: the offer, for OFFER_EXPIRY; '' otherwise
  refers_to text NOT NULL,
  due_on date NOT NULL,
  due_at timestamptz NOT NULL,
  owed_by text NOT NULL,
  remind_at timestamptz,
  reminded boolean NOT NULL,
  PRIMARY KEY (dispute_id, kind, refers_to)
);
CREATE INDEX open_deadlines_by_due_date ON ${s}.open_deadlines (due_at);
CREATE INDEX open_deadlines_to_remind ON ${s}.open_deadlines (remind_at) WHERE NOT reminded;`;
  },
};

import { sqlMigration } from '@recours/database';

/**
 * Creates the read models as they were at this migration's release. Frozen: a migration says
 * what it did when it was written, never what the projections look like now (a later change
 * of shape adds a migration of its own, and a version bump of its projection, which rebuilds it).
 * The test read-model-tables.spec.ts checks that the migrations, run in order, leave exactly
 * the tables the projections describe.
 */
export const ReadModels1751900000000 = sqlMigration('ReadModels1751900000000', {
  up: [`
CREATE TABLE read_models.projection_checkpoints (
  projection text PRIMARY KEY,
  position numeric(39,0),
  epoch integer NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE read_models.dispute_summaries (
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
  EXECUTE 'ALTER TABLE read_models.dispute_summaries ALTER COLUMN state SET COMPRESSION lz4';
EXCEPTION WHEN feature_not_supported THEN NULL;
END $$;
-- Listed by filing date, which never changes: stable cursors, and an update touching no
-- indexed column stays on its page (HOT, hence the fillfactor) without rewriting the indexes.
CREATE INDEX dispute_summaries_by_consumer ON read_models.dispute_summaries (consumer_id, filed_at, dispute_id);

CREATE TABLE read_models.merchant_inbox (
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
CREATE INDEX merchant_inbox_by_due_date ON read_models.merchant_inbox (merchant_id, due_at, dispute_id);

CREATE TABLE read_models.mediator_caseload (
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
CREATE INDEX mediator_caseload_by_due_date ON read_models.mediator_caseload (mediator_id, next_due_at, dispute_id);

CREATE TABLE read_models.association_cases (
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
CREATE INDEX association_cases_by_activity ON read_models.association_cases (association_id, last_activity_at, dispute_id);

CREATE TABLE read_models.open_deadlines (
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
CREATE INDEX open_deadlines_by_due_date ON read_models.open_deadlines (due_at);
CREATE INDEX open_deadlines_to_remind ON read_models.open_deadlines (remind_at) WHERE NOT reminded;

CREATE TABLE read_models.dispute_timeline (
  dispute_id text NOT NULL,
  stream_version integer NOT NULL,
  event_id text NOT NULL,
  global_position numeric(39,0) NOT NULL,
  event_type text NOT NULL,
  occurred_at timestamptz NOT NULL,
  actor_kind text NOT NULL,
  actor_id text NOT NULL,
  on_behalf_of text,
  summary text NOT NULL,
  visible_to text[] NOT NULL,
  PRIMARY KEY (dispute_id, stream_version)
);

CREATE TABLE read_models.merchant_claims (
  dispute_id text PRIMARY KEY,
  merchant_id text NOT NULL,
  filed_at timestamptz NOT NULL,
  -- the first answer was due before this instant
  response_due_at timestamptz NOT NULL,
  -- anything from the merchant the consumer can read: acknowledgement, message, offer, refusal
  first_response_at timestamptz,
  -- the first real answer: an offer or a refusal
  answered_at timestamptz,
  mediation_requested_at timestamptz,
  -- RESOLVED, UNRESOLVED or WITHDRAWN once over
  outcome text,
  rating smallint
);
CREATE INDEX merchant_claims_by_merchant ON read_models.merchant_claims (merchant_id);
`],
  down: [`DROP TABLE read_models.dispute_timeline, read_models.merchant_claims, read_models.open_deadlines, read_models.association_cases,
      read_models.mediator_caseload, read_models.merchant_inbox, read_models.dispute_summaries, read_models.projection_checkpoints`],
});

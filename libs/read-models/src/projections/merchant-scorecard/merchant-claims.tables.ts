import { quoteSchema } from '../../schema/read-models-schema';
import type { TableOfColumns } from '../write-rows';

/**
 * What the public scorecard is computed from: one row of facts per claim a merchant received.
 * Kept per claim, not as running totals, because a median cannot be kept as a running total.
 */
export const MERCHANT_CLAIMS: TableOfColumns = {
  name: 'merchant_claims',
  columns: {
    dispute_id: 'text',
    merchant_id: 'text',
    filed_at: 'timestamptz',
    response_due_at: 'timestamptz',
    first_response_at: 'timestamptz',
    answered_at: 'timestamptz',
    mediation_requested_at: 'timestamptz',
    outcome: 'text',
    rating: 'smallint',
  },
  ddl: (schema) => {
    const s = quoteSchema(schema);
    return `
CREATE TABLE ${s}.merchant_claims (
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
CREATE INDEX merchant_claims_by_merchant ON ${s}.merchant_claims (merchant_id);`;
  },
};

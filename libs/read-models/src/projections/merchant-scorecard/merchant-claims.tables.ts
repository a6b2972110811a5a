import { readModelTable } from '../../schema/read-model-table';

/**
 * What the public scorecard is computed from: one row of facts per claim a merchant received.
 * Kept per claim, not as running totals, because a median cannot be kept as a running total.
 */
export const MERCHANT_CLAIMS = readModelTable({
  name: 'merchant_claims',
  columns: {
    dispute_id: 'text',
    merchant_id: 'text',
    filed_at: 'timestamptz',
    /** The first answer was due before this instant. */
    response_due_at: 'timestamptz',
    /** Anything from the merchant the consumer can read: acknowledgement, message, offer, refusal. */
    first_response_at: 'timestamptz?',
    /** The first real answer: an offer or a refusal. */
    answered_at: 'timestamptz?',
    mediation_requested_at: 'timestamptz?',
    /** RESOLVED, UNRESOLVED or WITHDRAWN once over. */
    outcome: 'text?',
    rating: 'smallint?',
    /** Who filed: her rating weighs in full once her address is confirmed (rater_verifications). */
    consumer_id: 'text?',
    /** A claim withdrawn before the merchant's first word and before its deadline is not counted. */
    withdrawn_at: 'timestamptz?',
    rated_at: 'timestamptz?',
    /** The product category as filed, folded by categoryKey (no accents, lower case, single spaces): what the per-category statistics group by. */
    category: 'text?',
    /** The consumer's description of the problem: what an association's systemic problems group by similarity. */
    problem: 'text?',
  },
  primaryKey: ['dispute_id'],
  indexes: { merchant_claims_by_merchant: '(merchant_id)' },
});

/**
 * Accounts whose address was confirmed (AccountEmailVerified, in the event log): what gives a
 * rating its full weight, kept here so that the published figures are recomputed from the log.
 */
export const RATER_VERIFICATIONS = readModelTable({
  name: 'rater_verifications',
  columns: {
    account_id: 'text',
    verified_at: 'timestamptz',
  },
  primaryKey: ['account_id'],
});

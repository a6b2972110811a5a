import { sqlMigration } from '@recours/database';

/**
 * An index of dispute_summaries by merchant: a person's export (`myData`) lists every dispute of
 * her merchant when she is its owner or one of its agents, and no index had merchant_id first
 * (only the mediation requests' partial one), so that list read the whole table at each export.
 * merchant_id never changes: summary updates stay HOT. Built in the migrations' transaction; an
 * index built first by hand (CONCURRENTLY, same name and definition, docs/operations.md
 * « Upgrades ») is kept, one left invalid built again (as SummaryAuthorsByIndex 176900000029980).
 * Frozen.
 */
export const SummariesByMerchant176900000029990 = sqlMigration('SummariesByMerchant176900000029990', {
  up: [
    `DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_index WHERE indexrelid = to_regclass('read_models.dispute_summaries_by_merchant') AND NOT indisvalid) THEN DROP INDEX read_models.dispute_summaries_by_merchant; END IF; END $$`,
    `CREATE INDEX IF NOT EXISTS dispute_summaries_by_merchant ON read_models.dispute_summaries (merchant_id, filed_at, dispute_id)`,
  ],
  down: [`DROP INDEX IF EXISTS read_models.dispute_summaries_by_merchant`],
});

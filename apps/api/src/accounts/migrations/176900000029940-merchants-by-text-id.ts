import { sqlMigration } from '@recours/database';

/**
 * The read models name a merchant by its id as text (dispute_summaries.merchant_id and the like),
 * so the statements joining them to the merchants say `m.id::text = s.merchant_id`, which the
 * primary key (uuid) cannot serve: a mediation body's intake read every merchant at each page
 * load. An index on that very expression serves them (the intake, the activity report, search).
 */
export const MerchantsByTextId176900000029940 = sqlMigration('MerchantsByTextId176900000029940', {
  up: [`CREATE UNIQUE INDEX merchants_by_text_id ON accounts.merchants ((id::text))`],
  down: [`DROP INDEX accounts.merchants_by_text_id`],
});

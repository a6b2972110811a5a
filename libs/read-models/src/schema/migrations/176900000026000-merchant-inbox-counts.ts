import { sqlMigration } from '@recours/database';

/**
 * Issue 21: the merchant inbox's counts by due day, so that a page's `totalCount` and
 * `overdueCount` no longer count the merchant's whole inbox. Literal SQL, frozen like every
 * migration. The table starts empty: dispute-cases is at version 7, so the leading runner rebuilds
 * its tables at start, and until that swap the inbox counts its rows as before (it reads the
 * table only once the checkpoint says version 7 built it).
 */
export const MerchantInboxCounts176900000026000 = sqlMigration('MerchantInboxCounts176900000026000', {
  up: [`
CREATE TABLE read_models.merchant_inbox_counts (
  merchant_id text NOT NULL,
  due_day date NOT NULL,
  unassigned boolean NOT NULL,
  escalated boolean NOT NULL,
  disputes integer NOT NULL,
  PRIMARY KEY (merchant_id, due_day, unassigned, escalated)
) WITH (fillfactor = 70);
`],
  down: [`DROP TABLE read_models.merchant_inbox_counts;`],
});

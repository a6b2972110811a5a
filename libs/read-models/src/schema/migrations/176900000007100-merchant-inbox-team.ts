import { sqlMigration } from '@recours/database';

/**
 * Issue 18 item 2, merchant teams: each inbox row names the agent who handles the case and the
 * level the consumer escalated it to. Literal SQL, frozen like every migration. The columns
 * start empty: dispute-cases is at version 3, so the leading runner rebuilds its tables at start.
 */
export const MerchantInboxTeam176900000007100 = sqlMigration('MerchantInboxTeam176900000007100', {
  up: [`ALTER TABLE read_models.merchant_inbox ADD COLUMN assignee_id text, ADD COLUMN escalation_level text;`],
  down: [`ALTER TABLE read_models.merchant_inbox DROP COLUMN assignee_id, DROP COLUMN escalation_level;`],
});

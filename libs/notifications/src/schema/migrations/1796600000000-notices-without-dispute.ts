import { sqlMigration } from '@recours/database';

/**
 * A notification may name no dispute: the notice to an agent removed from a merchant's team
 * (TEAM_ACCESS_ENDED) is about every case of the company, not one of them.
 */
export const NotificationsWithoutDispute1796600000000 = sqlMigration('NotificationsWithoutDispute1796600000000', {
  up: [`ALTER TABLE notifications.notifications ALTER COLUMN dispute_id DROP NOT NULL`],
  down: [`DELETE FROM notifications.notifications WHERE dispute_id IS NULL`, `ALTER TABLE notifications.notifications ALTER COLUMN dispute_id SET NOT NULL`],
});

import { sqlMigration } from '@recours/database';

/**
 * An e-mail's tombstone (an ended delivery past OUTBOX_KEPT_DAYS, `payload ? 'blanked'`) points
 * to no one: its recipient becomes null, those made before included. What stops a replay sending
 * it again is then the tombstone of its event key on the EMAIL channel (notifier-projection's
 * storeOutbox), not the recipient. Webhook deliveries keep theirs: a webhook id names no person.
 * Frozen, like every migration.
 */
export const NotificationsTombstonesNameNoOne176900000029610 = sqlMigration('NotificationsTombstonesNameNoOne176900000029610', {
  up: [
    `ALTER TABLE notifications.outbox ALTER COLUMN recipient DROP NOT NULL`,
    `UPDATE notifications.outbox SET recipient = NULL WHERE channel = 'EMAIL' AND payload ? 'blanked'`,
  ],
  // The recipients cannot come back: a tombstone without one is deleted (a replay could then send it again).
  down: [`DELETE FROM notifications.outbox WHERE recipient IS NULL`, `ALTER TABLE notifications.outbox ALTER COLUMN recipient SET NOT NULL`],
});

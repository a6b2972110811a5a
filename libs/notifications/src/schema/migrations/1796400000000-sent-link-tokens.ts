import { sqlMigration } from '@recours/database';

/**
 * An account e-mail's one-time token leaves its outbox row once the row is settled for good
 * (OutboxStore.settle): the rows settled before kept it, a usable link for whoever reads the
 * database or a backup until it expires. Frozen.
 */
export const NotificationsSentLinkTokens1796400000000 = sqlMigration('NotificationsSentLinkTokens1796400000000', {
  up: [`UPDATE notifications.outbox SET payload = payload - 'token' WHERE state NOT IN ('PENDING', 'HELD') AND payload -> 'token' IS NOT NULL`],
  down: [],
});

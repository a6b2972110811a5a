import { sqlMigration } from '@recours/database';

/**
 * The sender claims, for each channel, the unsent rows due the longest (next_attempt_at, then seq),
 * each the oldest unsent row of its recipient: read through this index, a claim stops at the rows
 * it takes instead of reading every pending row. Not CONCURRENTLY: a schema's migrations run in
 * one transaction (migrationsTransactionMode 'all'); the outbox holds its pending and recent rows
 * only, and the build takes a moment. Frozen, like every migration.
 */
export const NotificationsOutboxDue176900000029630 = sqlMigration('NotificationsOutboxDue176900000029630', {
  up: [`CREATE INDEX outbox_due ON notifications.outbox (channel, next_attempt_at, seq) WHERE state = 'PENDING'`],
  down: [`DROP INDEX notifications.outbox_due`],
});

import { sqlMigration } from '@recours/database';

/**
 * The notifier's projection runs on the read models' runner, which keeps each projection's
 * version with its checkpoint (see read_models' ProjectionVersions1796100000000): the same
 * column here. The outbox rows written before were written by version 1. Frozen.
 */
export const NotificationsProjectionVersions1796200000000 = sqlMigration('NotificationsProjectionVersions1796200000000', {
  up: [`ALTER TABLE notifications.projection_checkpoints ADD COLUMN version integer NOT NULL DEFAULT 1`],
  down: [`ALTER TABLE notifications.projection_checkpoints DROP COLUMN version`],
});

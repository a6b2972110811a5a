import { sqlMigration } from '@recours/database';

/**
 * An erasure makes each dispute of the erased person's notices again (notifier-projection's
 * rewriteDispute), inside the notifier's transaction, which holds back every notice after it: its
 * e-mails and webhook deliveries by `dispute_id`, and the digests that gathered them by
 * `digest_id`, neither indexed, so each dispute read the whole outbox three times, and each
 * digest found read it again. Both partial: most rows have neither (an account's e-mail has no
 * dispute; only a gathered e-mail has a digest). Built like NotificationsByNamedAccount
 * 176900000029900, in the migrations' transaction; an index built first by hand (CONCURRENTLY,
 * same name and definition) is kept, one left invalid built again. Frozen, like every migration.
 */
const INDEXES: ReadonlyArray<[name: string, definition: string]> = [
  ['outbox_by_dispute', `notifications.outbox (dispute_id) WHERE dispute_id IS NOT NULL`],
  ['outbox_by_digest', `notifications.outbox (digest_id) WHERE digest_id IS NOT NULL`],
];

export const NotificationsOutboxByDispute176900000029910 = sqlMigration('NotificationsOutboxByDispute176900000029910', {
  up: INDEXES.flatMap(([name, definition]) => [
    `DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_index WHERE indexrelid = to_regclass('notifications.${name}') AND NOT indisvalid) THEN DROP INDEX notifications.${name}; END IF; END $$`,
    `CREATE INDEX IF NOT EXISTS ${name} ON ${definition}`,
  ]),
  down: INDEXES.map(([name]) => `DROP INDEX IF EXISTS notifications.${name}`),
});

import { sqlMigration } from '@recours/database';

/**
 * A rename of an association or of a team's remover, and an erasure, find the notices naming the
 * account by the id kept beside its name (renameInNotices, forgetInNotices: `params->>'associationId'`,
 * `params->>'removedById'`, an e-mail's `payload->'params'->>…`, a digest's `payload->'items' @> …`).
 * Nothing indexed those keys, so each rename read the whole notifications table and the whole
 * e-mail outbox inside its transaction. One expression index per key (the same expression the
 * statements test once their key, a bound parameter, is planned as the constant it is), partial:
 * only the rows naming someone by it; the digests' items by GIN (jsonb_path_ops answers `@>`).
 *
 * Built in the migrations' one transaction (migrationsTransactionMode 'all' refuses a migration
 * of its own without one, and a CONCURRENTLY build would wait on a second process's start waiting
 * for the migrations' advisory lock, which waits on it): writes to the two tables wait while they
 * are built. On a large database an operator builds them first, by hand, with CREATE INDEX
 * CONCURRENTLY under these names and definitions; this migration then keeps them, and drops
 * and builds again one a failed concurrent build left invalid. Frozen, like every migration.
 */
const INDEXES: ReadonlyArray<[name: string, definition: string]> = [
  ['notifications_by_association', `notifications.notifications ((params->>'associationId')) WHERE (params->>'associationId') IS NOT NULL`],
  ['notifications_by_remover', `notifications.notifications ((params->>'removedById')) WHERE (params->>'removedById') IS NOT NULL`],
  ['outbox_by_association', `notifications.outbox ((payload->'params'->>'associationId')) WHERE channel = 'EMAIL' AND (payload->'params'->>'associationId') IS NOT NULL`],
  ['outbox_by_remover', `notifications.outbox ((payload->'params'->>'removedById')) WHERE channel = 'EMAIL' AND (payload->'params'->>'removedById') IS NOT NULL`],
  ['outbox_digest_items', `notifications.outbox USING gin ((payload->'items') jsonb_path_ops) WHERE channel = 'EMAIL' AND payload->>'kind' = 'DIGEST'`],
];

export const NotificationsByNamedAccount176900000029900 = sqlMigration('NotificationsByNamedAccount176900000029900', {
  up: INDEXES.flatMap(([name, definition]) => [
    `DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_index WHERE indexrelid = to_regclass('notifications.${name}') AND NOT indisvalid) THEN DROP INDEX notifications.${name}; END IF; END $$`,
    `CREATE INDEX IF NOT EXISTS ${name} ON ${definition}`,
  ]),
  down: INDEXES.map(([name]) => `DROP INDEX IF EXISTS notifications.${name}`),
});

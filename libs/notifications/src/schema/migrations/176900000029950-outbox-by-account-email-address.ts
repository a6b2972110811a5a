import { sqlMigration } from '@recours/database';

/**
 * An erasure deletes the account e-mails sent to each address of hers (a link's, a password
 * reset's to an address without account, a change-of-address notice): it searched every outbox
 * row's text for the address, inside its transaction, reading the whole outbox (every e-mail and
 * webhook ever queued) once per address. Those e-mails name their address in `payload->'to'->>'address'`
 * (AccountEmailPayload; the only field holding one: a reset's display name, when it is the address,
 * is the same text): one expression index on it, lower-cased as the erasure compares it, partial
 * (account e-mails only). Built like NotificationsByNamedAccount 176900000029900, in the
 * migrations' transaction; an index built first by hand (CONCURRENTLY, same name and definition)
 * is kept, one left invalid built again. Frozen, like every migration.
 */
const INDEXES: ReadonlyArray<[name: string, definition: string]> = [
  ['outbox_by_account_email_address', `notifications.outbox ((lower(payload->'to'->>'address'))) WHERE payload->>'kind' = 'ACCOUNT_EMAIL'`],
];

export const NotificationsOutboxByAccountEmailAddress176900000029950 = sqlMigration('NotificationsOutboxByAccountEmailAddress176900000029950', {
  up: INDEXES.flatMap(([name, definition]) => [
    `DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_index WHERE indexrelid = to_regclass('notifications.${name}') AND NOT indisvalid) THEN DROP INDEX notifications.${name}; END IF; END $$`,
    `CREATE INDEX IF NOT EXISTS ${name} ON ${definition}`,
  ]),
  down: INDEXES.map(([name]) => `DROP INDEX IF EXISTS notifications.${name}`),
});

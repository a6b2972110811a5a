import { sqlMigration } from '@recours/database';

/**
 * A person's one-time links (LINKS_OF_PERSON: made for her account, or sent to an address of
 * hers) are found by `account_id` and by `email`, neither indexed: an erasure (once per address,
 * twice: their e-mails, then the links) and an archive read every link ever made. Addresses are
 * kept as canonicalEmail spells them (AddressSpellingsOfLinks 176900000021100), as hers are:
 * compared as stored, which an index on the column serves. Built in the migrations' transaction;
 * an index built first by hand (CONCURRENTLY, same name and definition) is kept, one left
 * invalid built again (as NotificationsByNamedAccount 176900000029900). Frozen, like every migration.
 */
const INDEXES: ReadonlyArray<[name: string, definition: string]> = [
  ['email_confirmations_by_account', `accounts.email_confirmations (account_id) WHERE account_id IS NOT NULL`],
  ['email_confirmations_by_email', `accounts.email_confirmations (email)`],
];

export const LinksByPerson176900000029960 = sqlMigration('LinksByPerson176900000029960', {
  up: INDEXES.flatMap(([name, definition]) => [
    `DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_index WHERE indexrelid = to_regclass('accounts.${name}') AND NOT indisvalid) THEN DROP INDEX accounts.${name}; END IF; END $$`,
    `CREATE INDEX IF NOT EXISTS ${name} ON ${definition}`,
  ]),
  down: INDEXES.map(([name]) => `DROP INDEX IF EXISTS accounts.${name}`),
});

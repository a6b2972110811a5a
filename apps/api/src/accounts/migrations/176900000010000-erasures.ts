import { sqlMigration } from '@recours/database';

/**
 * Erasure (issue 17 item 2). `accounts.erased_at`: the account is a tombstone (no address, no
 * name, no password), so that its id still reads as "a person whose data was erased" and no
 * token of it holds. `accounts.erasures`: each erasure asked for, recorded before anything is
 * done, by whom and why, and when it was carried out to the end (null while a step is left:
 * whichever API process starts next finishes it). Only additions.
 */
export const Erasures176900000010000 = sqlMigration('Erasures176900000010000', {
  up: [
    `ALTER TABLE accounts.accounts ADD COLUMN erased_at timestamptz`,
    // The notifier leaves erased accounts out of every batch: few rows, found at once.
    `CREATE INDEX accounts_erased ON accounts.accounts (id) WHERE erased_at IS NOT NULL`,
    `
      CREATE TABLE accounts.erasures (
        account_id uuid PRIMARY KEY,
        -- the subject herself (eraseMyAccount) or the admin who acted on her request
        requested_by uuid NOT NULL,
        -- the admin's reason; never the subject's words
        reason text,
        requested_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz)`,
    `CREATE INDEX erasures_pending ON accounts.erasures (requested_at) WHERE completed_at IS NULL`,
  ],
  down: [
    `DROP TABLE accounts.erasures`,
    `ALTER TABLE accounts.accounts DROP COLUMN erased_at`,
  ],
});

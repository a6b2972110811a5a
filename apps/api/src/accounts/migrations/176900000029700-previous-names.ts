import { sqlMigration } from '@recours/database';

/**
 * The names a person gave up when she renamed herself (updateMyProfile): e-mails and their
 * copies may name her by any of them, so her erasure looks for each and then deletes them, and
 * her archive (`myData`) lists them. A name she takes again is one row, dated by its latest
 * replacement. Going down forgets them.
 */
export const PreviousNames176900000029700 = sqlMigration('PreviousNames176900000029700', {
  up: [
    `CREATE TABLE accounts.previous_names (
       account_id uuid NOT NULL REFERENCES accounts.accounts(id) ON DELETE CASCADE,
       display_name text NOT NULL,
       replaced_at timestamptz NOT NULL DEFAULT now(),
       PRIMARY KEY (account_id, display_name))`,
  ],
  down: [`DROP TABLE accounts.previous_names`],
});

import { sqlMigration } from '@recours/database';

/**
 * The public profile of each association account (issue 19 item 1): what a consumer reads in the
 * directory to choose whom to mandate. One row per association, written by the association
 * itself; an association without a row still shows, under its account's name. Only additions.
 */
export const AssociationProfiles176900000004000 = sqlMigration('AssociationProfiles176900000004000', {
  up: [`
      CREATE TABLE accounts.association_profiles (
        account_id uuid PRIMARY KEY REFERENCES accounts.accounts (id) ON DELETE CASCADE,
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        national boolean NOT NULL DEFAULT false,
        areas text[] NOT NULL DEFAULT '{}',
        email text,
        phone text,
        website text,
        search_text text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now())`],
  down: [`DROP TABLE accounts.association_profiles`],
});

import { sqlMigration } from '@recours/database';

/** Each account's token version: tokens carry the version they were issued at; raising it revokes them all. */
export const TokenVersions1766000000000 = sqlMigration('TokenVersions1766000000000', {
  up: [`ALTER TABLE accounts.accounts ADD COLUMN token_version integer NOT NULL DEFAULT 0`],
  down: [`ALTER TABLE accounts.accounts DROP COLUMN token_version`],
});

import { sqlMigration } from '@recours/database';

/**
 * Confirmed addresses (issue 12 items 4 and 5): when an account's address was confirmed, which
 * merchants are verified and by which domain, and the one-time links sent by e-mail (address
 * confirmations and agent invitations), kept as hashes. Only additions.
 */
export const ConfirmedAddresses1768120000000 = sqlMigration('ConfirmedAddresses1768120000000', {
  up: [
    `ALTER TABLE accounts.accounts ADD COLUMN email_verified_at timestamptz`,
    `ALTER TABLE accounts.merchants ADD COLUMN verified_at timestamptz, ADD COLUMN verified_domain text, ADD COLUMN verified_name_key text`,
    // Two verified merchants never show the same name (compared without case, accents, spaces or punctuation).
    `CREATE UNIQUE INDEX merchants_verified_name_key ON accounts.merchants (verified_name_key) WHERE verified_name_key IS NOT NULL`,
    `
      CREATE TABLE accounts.email_confirmations (
        id uuid PRIMARY KEY,
        token_hash text NOT NULL UNIQUE,
        purpose text NOT NULL CHECK (purpose IN ('VERIFY_EMAIL', 'AGENT_INVITATION', 'MERCHANT_ADDRESS')),
        email text NOT NULL,
        -- VERIFY_EMAIL and MERCHANT_ADDRESS: the account that asked
        account_id uuid,
        -- AGENT_INVITATION and MERCHANT_ADDRESS
        merchant_id uuid,
        display_name text NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now())`,
    `CREATE INDEX email_confirmations_by_merchant ON accounts.email_confirmations (merchant_id, created_at DESC) WHERE merchant_id IS NOT NULL`,
  ],
  down: [
    `DROP TABLE accounts.email_confirmations`,
    `DROP INDEX accounts.merchants_verified_name_key`,
    `ALTER TABLE accounts.merchants DROP COLUMN verified_at, DROP COLUMN verified_domain, DROP COLUMN verified_name_key`,
    `ALTER TABLE accounts.accounts DROP COLUMN email_verified_at`,
  ],
});

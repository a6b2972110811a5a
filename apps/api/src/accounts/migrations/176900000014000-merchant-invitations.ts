import { sqlMigration } from '@recours/database';

/**
 * Merchants not yet on recours (issue 18 item 3): a company a consumer invites is a merchant with
 * `invited_at` set, deduplicated by its SIREN and by the domain of the contact address she typed
 * (`contact_domain`, never a free mail provider's), until someone takes its profile over
 * (`taken_over_at`). Each invitation (who typed which address) is kept, and the two links of the
 * flow are two more kinds of one-time link. Only additions.
 */
export const MerchantInvitations176900000014000 = sqlMigration('MerchantInvitations176900000014000', {
  up: [
    `ALTER TABLE accounts.merchants ADD COLUMN siren text, ADD COLUMN contact_domain text, ADD COLUMN invited_at timestamptz, ADD COLUMN taken_over_at timestamptz`,
    // One merchant per company: two invitations at once with one SIREN or one domain meet here.
    `CREATE UNIQUE INDEX merchants_siren ON accounts.merchants (siren) WHERE siren IS NOT NULL`,
    `CREATE UNIQUE INDEX merchants_contact_domain ON accounts.merchants (contact_domain) WHERE contact_domain IS NOT NULL`,
    `CREATE INDEX merchants_verified_domain ON accounts.merchants (verified_domain) WHERE verified_domain IS NOT NULL`,
    `
      CREATE TABLE accounts.merchant_invitations (
        id uuid PRIMARY KEY,
        merchant_id uuid NOT NULL REFERENCES accounts.merchants (id),
        -- the consumer who typed the address; no foreign key: the row outlives a closed account
        invited_by uuid NOT NULL,
        email text NOT NULL,
        locale text NOT NULL CHECK (locale IN ('fr', 'en')),
        -- the link mailed, or null when one was already waiting at that address
        confirmation_id uuid,
        created_at timestamptz NOT NULL DEFAULT now())`,
    `CREATE INDEX merchant_invitations_by_merchant ON accounts.merchant_invitations (merchant_id)`,
    `CREATE INDEX merchant_invitations_by_consumer ON accounts.merchant_invitations (invited_by)`,
    // A company at a free mail provider is found again by its very address only.
    `CREATE INDEX merchant_invitations_by_email ON accounts.merchant_invitations (email)`,
    `ALTER TABLE accounts.email_confirmations DROP CONSTRAINT email_confirmations_purpose_check`,
    `ALTER TABLE accounts.email_confirmations ADD CONSTRAINT email_confirmations_purpose_check
         CHECK (purpose IN ('VERIFY_EMAIL', 'AGENT_INVITATION', 'MERCHANT_ADDRESS', 'RESET_PASSWORD', 'MERCHANT_INVITATION', 'MERCHANT_TAKEOVER'))`,
  ],
  down: [
    `DELETE FROM accounts.email_confirmations WHERE purpose IN ('MERCHANT_INVITATION', 'MERCHANT_TAKEOVER')`,
    `ALTER TABLE accounts.email_confirmations DROP CONSTRAINT email_confirmations_purpose_check`,
    `ALTER TABLE accounts.email_confirmations ADD CONSTRAINT email_confirmations_purpose_check CHECK (purpose IN ('VERIFY_EMAIL', 'AGENT_INVITATION', 'MERCHANT_ADDRESS', 'RESET_PASSWORD'))`,
    `DROP TABLE accounts.merchant_invitations`,
    `DROP INDEX accounts.merchants_verified_domain`,
    `DROP INDEX accounts.merchants_contact_domain`,
    `DROP INDEX accounts.merchants_siren`,
    `ALTER TABLE accounts.merchants DROP COLUMN siren, DROP COLUMN contact_domain, DROP COLUMN invited_at, DROP COLUMN taken_over_at`,
  ],
});

import { sqlMigration } from '@recours/database';

const PURPOSES = `'VERIFY_EMAIL', 'AGENT_INVITATION', 'MERCHANT_ADDRESS', 'RESET_PASSWORD', 'MERCHANT_INVITATION', 'MERCHANT_TAKEOVER'`;

/**
 * A person changes her e-mail address (requestEmailChange): a CHANGE_EMAIL link to the new
 * address, which switches it when used. The addresses she gave up are kept in
 * `accounts.previous_emails`, as her earlier names are: e-mails sent before (and their copies)
 * name her by them, so her erasure looks for each and then deletes them; her archive lists them.
 * Going down deletes the new links and forgets the earlier addresses.
 */
export const AddressChanges176900000029710 = sqlMigration('AddressChanges176900000029710', {
  up: [
    `ALTER TABLE accounts.email_confirmations DROP CONSTRAINT email_confirmations_purpose_check`,
    `ALTER TABLE accounts.email_confirmations ADD CONSTRAINT email_confirmations_purpose_check CHECK (purpose IN (${PURPOSES}, 'CHANGE_EMAIL'))`,
    `CREATE TABLE accounts.previous_emails (
       account_id uuid NOT NULL REFERENCES accounts.accounts(id) ON DELETE CASCADE,
       email text NOT NULL,
       replaced_at timestamptz NOT NULL DEFAULT now(),
       PRIMARY KEY (account_id, email))`,
  ],
  down: [
    `DROP TABLE accounts.previous_emails`,
    `DELETE FROM accounts.email_confirmations WHERE purpose = 'CHANGE_EMAIL'`,
    `ALTER TABLE accounts.email_confirmations DROP CONSTRAINT email_confirmations_purpose_check`,
    `ALTER TABLE accounts.email_confirmations ADD CONSTRAINT email_confirmations_purpose_check CHECK (purpose IN (${PURPOSES}))`,
  ],
});

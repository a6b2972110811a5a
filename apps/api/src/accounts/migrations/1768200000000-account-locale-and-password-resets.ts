import { sqlMigration } from '@recours/database';

/**
 * Each account's language (`User.locale`: its e-mails and notifications follow it; null until it
 * chooses, which reads as French) and password resets by e-mail: a RESET_PASSWORD link is one more
 * kind of one-time link, kept as a hash like the others. Only additions.
 */
export const AccountLocaleAndPasswordResets1768200000000 = sqlMigration('AccountLocaleAndPasswordResets1768200000000', {
  up: [
    `ALTER TABLE accounts.accounts ADD COLUMN locale text CHECK (locale IN ('fr', 'en'))`,
    `ALTER TABLE accounts.email_confirmations DROP CONSTRAINT email_confirmations_purpose_check`,
    `ALTER TABLE accounts.email_confirmations ADD CONSTRAINT email_confirmations_purpose_check CHECK (purpose IN ('VERIFY_EMAIL', 'AGENT_INVITATION', 'MERCHANT_ADDRESS', 'RESET_PASSWORD'))`,
  ],
  down: [
    `DELETE FROM accounts.email_confirmations WHERE purpose = 'RESET_PASSWORD'`,
    `ALTER TABLE accounts.email_confirmations DROP CONSTRAINT email_confirmations_purpose_check`,
    `ALTER TABLE accounts.email_confirmations ADD CONSTRAINT email_confirmations_purpose_check CHECK (purpose IN ('VERIFY_EMAIL', 'AGENT_INVITATION', 'MERCHANT_ADDRESS'))`,
    `ALTER TABLE accounts.accounts DROP COLUMN locale`,
  ],
});

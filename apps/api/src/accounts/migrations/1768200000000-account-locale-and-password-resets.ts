import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each account's language (`User.locale`: its e-mails and notifications follow it; null until it
 * chooses, which reads as French) and password resets by e-mail: a RESET_PASSWORD link is one more
 * kind of one-time link, kept as a hash like the others. Only additions.
 */
export class AccountLocaleAndPasswordResets1768200000000 implements MigrationInterface {
  name = 'AccountLocaleAndPasswordResets1768200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE accounts.accounts ADD COLUMN locale text CHECK (locale IN ('fr', 'en'))`);
    await queryRunner.query(`ALTER TABLE accounts.email_confirmations DROP CONSTRAINT email_confirmations_purpose_check`);
    await queryRunner.query(
      `ALTER TABLE accounts.email_confirmations ADD CONSTRAINT email_confirmations_purpose_check CHECK (purpose IN ('VERIFY_EMAIL', 'AGENT_INVITATION', 'MERCHANT_ADDRESS', 'RESET_PASSWORD'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM accounts.email_confirmations WHERE purpose = 'RESET_PASSWORD'`);
    await queryRunner.query(`ALTER TABLE accounts.email_confirmations DROP CONSTRAINT email_confirmations_purpose_check`);
    await queryRunner.query(`ALTER TABLE accounts.email_confirmations ADD CONSTRAINT email_confirmations_purpose_check CHECK (purpose IN ('VERIFY_EMAIL', 'AGENT_INVITATION', 'MERCHANT_ADDRESS'))`);
    await queryRunner.query(`ALTER TABLE accounts.accounts DROP COLUMN locale`);
  }
}

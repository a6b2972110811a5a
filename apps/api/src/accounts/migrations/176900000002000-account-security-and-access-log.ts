import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17 item 5. Sessions (one row per token issued, so they can be listed and ended one by
 * one), TOTP two-factor authentication (the secret sealed, the recovery codes as hashes) and the
 * access log of disputes (who read a dispute or downloaded one of its files). Only additions.
 *
 * The access log has no foreign key to the accounts: it is the record of what happened and must
 * outlive an account closed or erased (it then shows the role only).
 */
export class AccountSecurityAndAccessLog176900000002000 implements MigrationInterface {
  name = 'AccountSecurityAndAccessLog176900000002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE accounts.sessions (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES accounts.accounts (id) ON DELETE CASCADE,
        user_agent text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        ended_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX sessions_account ON accounts.sessions (account_id, expires_at)`);
    await queryRunner.query(`
      CREATE TABLE accounts.two_factor (
        account_id uuid PRIMARY KEY REFERENCES accounts.accounts (id) ON DELETE CASCADE,
        secret text NOT NULL,
        confirmed_at timestamptz,
        last_used_step bigint NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE accounts.recovery_codes (
        account_id uuid NOT NULL REFERENCES accounts.accounts (id) ON DELETE CASCADE,
        code_hash bytea NOT NULL,
        used_at timestamptz,
        PRIMARY KEY (account_id, code_hash)
      )`);
    await queryRunner.query(`
      CREATE TABLE accounts.access_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        dispute_id uuid NOT NULL,
        account_id uuid NOT NULL,
        role text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('DISPUTE_READ', 'EVIDENCE_FILE', 'CASE_FILE', 'FORMAL_NOTICE')),
        file_id uuid,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX access_log_dispute ON accounts.access_log (dispute_id, at)`);
    await queryRunner.query(`CREATE INDEX access_log_account ON accounts.access_log (account_id, at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE accounts.access_log`);
    await queryRunner.query(`DROP TABLE accounts.recovery_codes`);
    await queryRunner.query(`DROP TABLE accounts.two_factor`);
    await queryRunner.query(`DROP TABLE accounts.sessions`);
  }
}

import { sqlMigration } from '@recours/database';

/**
 * Issue 17 item 5. Sessions (one row per token issued, so they can be listed and ended one by
 * one), TOTP two-factor authentication (the secret sealed, the recovery codes as hashes) and the
 * access log of disputes (who read a dispute or downloaded one of its files). Only additions.
 *
 * The access log has no foreign key to the accounts: it is the record of what happened and must
 * outlive an account closed or erased (it then shows the role only).
 */
export const AccountSecurityAndAccessLog176900000002000 = sqlMigration('AccountSecurityAndAccessLog176900000002000', {
  up: [
    `
      CREATE TABLE accounts.sessions (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES accounts.accounts (id) ON DELETE CASCADE,
        user_agent text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        ended_at timestamptz
      )`,
    `CREATE INDEX sessions_account ON accounts.sessions (account_id, expires_at)`,
    `
      CREATE TABLE accounts.two_factor (
        account_id uuid PRIMARY KEY REFERENCES accounts.accounts (id) ON DELETE CASCADE,
        secret text NOT NULL,
        confirmed_at timestamptz,
        last_used_step bigint NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      )`,
    `
      CREATE TABLE accounts.recovery_codes (
        account_id uuid NOT NULL REFERENCES accounts.accounts (id) ON DELETE CASCADE,
        code_hash bytea NOT NULL,
        used_at timestamptz,
        PRIMARY KEY (account_id, code_hash)
      )`,
    `
      CREATE TABLE accounts.access_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        dispute_id uuid NOT NULL,
        account_id uuid NOT NULL,
        role text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('DISPUTE_READ', 'EVIDENCE_FILE', 'CASE_FILE', 'FORMAL_NOTICE')),
        file_id uuid,
        at timestamptz NOT NULL DEFAULT now()
      )`,
    `CREATE INDEX access_log_dispute ON accounts.access_log (dispute_id, at)`,
    `CREATE INDEX access_log_account ON accounts.access_log (account_id, at)`,
  ],
  down: [
    `DROP TABLE accounts.access_log`,
    `DROP TABLE accounts.recovery_codes`,
    `DROP TABLE accounts.two_factor`,
    `DROP TABLE accounts.sessions`,
  ],
});

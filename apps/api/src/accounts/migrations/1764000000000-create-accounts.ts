import { sqlMigration } from '@recours/database';

export const CreateAccounts1764000000000 = sqlMigration('CreateAccounts1764000000000', {
  up: [
    `CREATE SCHEMA IF NOT EXISTS accounts`,
    `
      CREATE TABLE accounts.merchants (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        search_name text NOT NULL,
        support_channels jsonb NOT NULL DEFAULT '{}'::jsonb,
        designated_mediator_id uuid,
        created_at timestamptz NOT NULL DEFAULT now())`,
    `CREATE INDEX merchants_search_name_idx ON accounts.merchants (search_name text_pattern_ops)`,
    `
      CREATE TABLE accounts.accounts (
        id uuid PRIMARY KEY,
        email text NOT NULL,
        password_hash text NOT NULL,
        display_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('CONSUMER', 'MERCHANT', 'MEDIATOR', 'ASSOCIATION', 'ADMIN')),
        merchant_id uuid REFERENCES accounts.merchants (id),
        merchant_owner boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((role = 'MERCHANT') = (merchant_id IS NOT NULL)))`,
    `CREATE UNIQUE INDEX accounts_email_idx ON accounts.accounts (email)`,
    `CREATE INDEX accounts_merchant_idx ON accounts.accounts (merchant_id)`,
  ],
  down: [`DROP SCHEMA accounts CASCADE`],
});

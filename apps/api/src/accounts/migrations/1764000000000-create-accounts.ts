import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAccounts1764000000000 implements MigrationInterface {
  name = 'CreateAccounts1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS accounts`);
    await queryRunner.query(`
      CREATE TABLE accounts.merchants (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        search_name text NOT NULL,
        support_channels jsonb NOT NULL DEFAULT '{}'::jsonb,
        designated_mediator_id uuid,
        created_at timestamptz NOT NULL DEFAULT now())`);
    await queryRunner.query(`CREATE INDEX merchants_search_name_idx ON accounts.merchants (search_name text_pattern_ops)`);
    await queryRunner.query(`
      CREATE TABLE accounts.accounts (
        id uuid PRIMARY KEY,
        email text NOT NULL,
        password_hash text NOT NULL,
        display_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('CONSUMER', 'MERCHANT', 'MEDIATOR', 'ASSOCIATION', 'ADMIN')),
        merchant_id uuid REFERENCES accounts.merchants (id),
        merchant_owner boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((role = 'MERCHANT') = (merchant_id IS NOT NULL)))`);
    await queryRunner.query(`CREATE UNIQUE INDEX accounts_email_idx ON accounts.accounts (email)`);
    await queryRunner.query(`CREATE INDEX accounts_merchant_idx ON accounts.accounts (merchant_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SCHEMA accounts CASCADE`);
  }
}

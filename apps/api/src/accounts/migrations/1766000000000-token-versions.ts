import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each account's token version: tokens carry the version they were issued at; raising it revokes them all. */
export class TokenVersions1766000000000 implements MigrationInterface {
  name = 'TokenVersions1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE accounts.accounts ADD COLUMN token_version integer NOT NULL DEFAULT 0`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE accounts.accounts DROP COLUMN token_version`);
  }
}

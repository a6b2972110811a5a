import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The retention job's record of the disputes it could not erase (review finding 1): how many
 * rounds failed on each, since when, when last. The job takes new candidates before them and
 * retries them last, least recently tried first, so that a dispute whose words still open does
 * not hold back every later one. A row goes once the dispute is erased or no longer due. Only
 * dispute ids and times, no personal data. Only an addition.
 */
export class RetentionFailures176900000020000 implements MigrationInterface {
  name = 'RetentionFailures176900000020000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE accounts.retention_failures (
        dispute_id text PRIMARY KEY,
        failures integer NOT NULL,
        first_failed_at timestamptz NOT NULL,
        last_failed_at timestamptz NOT NULL)`);
    await queryRunner.query(`CREATE INDEX retention_failures_by_last ON accounts.retention_failures (last_failed_at, dispute_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE accounts.retention_failures`);
  }
}

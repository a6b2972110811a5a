import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Counters of attempts (failed logins, sign-ups…) per key, shared by every API process. */
export class AttemptCounters1766100000000 implements MigrationInterface {
  name = 'AttemptCounters1766100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE accounts.attempt_counters (
        key text PRIMARY KEY,
        count integer NOT NULL,
        window_ends_at timestamptz NOT NULL)`);
    await queryRunner.query(`CREATE INDEX attempt_counters_window_idx ON accounts.attempt_counters (window_ends_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE accounts.attempt_counters`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attempt counters keep only a keyed hash of their key from now on (AttemptCounters): the rows
 * written before hold e-mail and client addresses in clear. The migration cannot compute the
 * hash (its key derives from DATA_KEY, outside the database), so it clears them: every window
 * starts afresh once, at the upgrade (they last 15 minutes to a day).
 */
export class HashedAttemptCounters176900000017000 implements MigrationInterface {
  name = 'HashedAttemptCounters176900000017000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM accounts.attempt_counters`);
  }

  async down(): Promise<void> {
    // Nothing to restore: the counters cleared were only counts.
  }
}

import { sqlMigration } from '@recours/database';

/**
 * The retention job's record of the disputes it could not erase (review finding 1): how many
 * rounds failed on each, since when, when last. The job takes new candidates before them and
 * retries them last, least recently tried first, so that a dispute whose words still open does
 * not hold back every later one. A row goes once the dispute is erased or no longer due. Only
 * dispute ids and times, no personal data. Only an addition.
 */
export const RetentionFailures176900000020000 = sqlMigration('RetentionFailures176900000020000', {
  up: [
    `
      CREATE TABLE accounts.retention_failures (
        dispute_id text PRIMARY KEY,
        failures integer NOT NULL,
        first_failed_at timestamptz NOT NULL,
        last_failed_at timestamptz NOT NULL)`,
    `CREATE INDEX retention_failures_by_last ON accounts.retention_failures (last_failed_at, dispute_id)`,
  ],
  down: [`DROP TABLE accounts.retention_failures`],
});

import { sqlMigration } from '@recours/database';

/** Counters of attempts (failed logins, sign-ups…) per key, shared by every API process. */
export const AttemptCounters1766100000000 = sqlMigration('AttemptCounters1766100000000', {
  up: [
    `
      CREATE TABLE accounts.attempt_counters (
        key text PRIMARY KEY,
        count integer NOT NULL,
        window_ends_at timestamptz NOT NULL)`,
    `CREATE INDEX attempt_counters_window_idx ON accounts.attempt_counters (window_ends_at)`,
  ],
  down: [`DROP TABLE accounts.attempt_counters`],
});

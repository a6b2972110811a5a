import { sqlMigration } from '@recours/database';

/**
 * Attempt counters keep only a keyed hash of their key from now on (AttemptCounters): the rows
 * written before hold e-mail and client addresses in clear. The migration cannot compute the
 * hash (its key derives from DATA_KEY, outside the database), so it clears them: every window
 * starts afresh once, at the upgrade (they last 15 minutes to a day).
 */
export const HashedAttemptCounters176900000017000 = sqlMigration('HashedAttemptCounters176900000017000', {
  up: [`DELETE FROM accounts.attempt_counters`],
  down: [
    // Nothing to restore: the counters cleared were only counts.
  ],
});

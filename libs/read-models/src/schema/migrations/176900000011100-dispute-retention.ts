import { sqlMigration } from '@recours/database';

/**
 * Issue 17 item 4, retention: when each dispute ended, while the retention job has something to
 * do with it (not under a legal hold, its erasure not carried out), indexed for the job's search.
 * Literal SQL, frozen like every migration. Existing rows start empty: dispute-cases is at
 * version 5, so the leading runner rebuilds its tables at start.
 */
export const DisputeRetention176900000011100 = sqlMigration('DisputeRetention176900000011100', {
  up: [`
ALTER TABLE read_models.dispute_summaries ADD COLUMN retention_from timestamptz;
CREATE INDEX dispute_summaries_by_retention ON read_models.dispute_summaries (retention_from) WHERE retention_from IS NOT NULL;
`],
  down: [`DROP INDEX read_models.dispute_summaries_by_retention; ALTER TABLE read_models.dispute_summaries DROP COLUMN retention_from;`],
});

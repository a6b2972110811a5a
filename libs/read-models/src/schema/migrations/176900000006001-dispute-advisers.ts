import { sqlMigration } from '@recours/database';

/**
 * Issue 19 item 1: the associations a dispute is shared with for advice, on its summary, so that
 * a consumer lists what she shares and an association what is shared with it
 * (`disputesSharedForAdvice`). Literal SQL, frozen like every migration. Existing rows start
 * empty: dispute-cases is at version 4, so the leading runner rebuilds its tables at start.
 */
export const DisputeAdvisers176900000006001 = sqlMigration('DisputeAdvisers176900000006001', {
  up: [`
ALTER TABLE read_models.dispute_summaries ADD COLUMN advisers text[] NOT NULL DEFAULT '{}';
ALTER TABLE read_models.dispute_summaries ALTER COLUMN advisers DROP DEFAULT;
CREATE INDEX dispute_summaries_by_adviser ON read_models.dispute_summaries USING gin (advisers) WHERE advisers <> '{}';
`],
  down: [`DROP INDEX read_models.dispute_summaries_by_adviser; ALTER TABLE read_models.dispute_summaries DROP COLUMN advisers;`],
});

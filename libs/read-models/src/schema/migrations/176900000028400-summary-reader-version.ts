import { sqlMigration } from '@recours/database';

/**
 * A dispute's version as its consumer (and an association, who reads what she reads) counts it,
 * over the events she may read, on its summary: the lists show it, not the stream's, which counts
 * the merchant team's notes and what the merchant writes to the mediator alone. Literal SQL,
 * frozen like every migration. Existing rows start with the stream's version: dispute-cases is at
 * version 11, so the leading runner rebuilds its tables at start.
 */
export const SummaryReaderVersion176900000028400 = sqlMigration('SummaryReaderVersion176900000028400', {
  up: [`
ALTER TABLE read_models.dispute_summaries ADD COLUMN consumer_version integer;
UPDATE read_models.dispute_summaries SET consumer_version = version;
ALTER TABLE read_models.dispute_summaries ALTER COLUMN consumer_version SET NOT NULL;
`],
  down: [`ALTER TABLE read_models.dispute_summaries DROP COLUMN consumer_version;`],
});

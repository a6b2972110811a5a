import { sqlMigration } from '@recours/database';

/**
 * Each reader's count of a dispute's versions on its summary (DisputeHistory.readerVersions, the
 * same fold), so that the list of disputes shared with an association for advice shows the
 * version she counts, not the consumer's: the consumer's counts her sharing with other
 * associations, which this one does not read. Literal SQL, frozen like every migration. Existing
 * rows start with what the lists showed until now (the consumer's count); dispute-cases is at
 * version 12, so the leading runner rebuilds its tables at start.
 */
export const SummaryReaderVersions176900000029620 = sqlMigration('SummaryReaderVersions176900000029620', {
  up: [`
ALTER TABLE read_models.dispute_summaries ADD COLUMN reader_versions jsonb;
UPDATE read_models.dispute_summaries SET reader_versions = jsonb_build_object('CONSUMER', consumer_version, 'MERCHANT', version, 'MEDIATOR', version, 'ASSOCIATION', consumer_version, 'ADMIN', version, 'OWN', '{}'::jsonb);
ALTER TABLE read_models.dispute_summaries ALTER COLUMN reader_versions SET NOT NULL;
`],
  down: [`ALTER TABLE read_models.dispute_summaries DROP COLUMN reader_versions;`],
});

import { sqlMigration } from '@recours/database';

/**
 * The one association that reads a timeline row among associations (its own sharing for advice,
 * its renunciation of a mandate): another association reads neither whom else the consumer
 * consulted nor why one renounced. Literal SQL, frozen like every migration. The column starts
 * empty: dispute-timeline is at version 10, so the leading runner rebuilds its table at start.
 */
export const TimelineAssociationAlone176900000029400 = sqlMigration('TimelineAssociationAlone176900000029400', {
  up: [`ALTER TABLE read_models.dispute_timeline ADD COLUMN association_alone text;`],
  down: [`ALTER TABLE read_models.dispute_timeline DROP COLUMN association_alone;`],
});

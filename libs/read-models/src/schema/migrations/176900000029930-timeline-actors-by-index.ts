import { sqlMigration } from '@recours/database';

/**
 * An erasure finds the timeline lines of the person erased by who acted (actor_id) and on whose
 * behalf (on_behalf_of): at a country's scale, every event's line read at each erasure without
 * these indexes. Literal SQL, frozen like every migration.
 */
export const TimelineActorsByIndex176900000029930 = sqlMigration('TimelineActorsByIndex176900000029930', {
  up: [
    `CREATE INDEX dispute_timeline_by_actor ON read_models.dispute_timeline (actor_id)`,
    `CREATE INDEX dispute_timeline_on_behalf_of ON read_models.dispute_timeline (on_behalf_of) WHERE on_behalf_of IS NOT NULL`,
  ],
  down: [`DROP INDEX read_models.dispute_timeline_on_behalf_of`, `DROP INDEX read_models.dispute_timeline_by_actor`],
});

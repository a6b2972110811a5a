import { sqlMigration } from '@recours/database';

/**
 * Each projection's version is kept with its checkpoint: a runner whose projection is of a later
 * version than the one that built the tables rebuilds them at start (docs/architecture.md,
 * "Read models across releases"). The tables of the releases before this migration were built
 * by version 1 of every projection, hence the default. Frozen, as every migration.
 */
export const ProjectionVersions1796100000000 = sqlMigration('ProjectionVersions1796100000000', {
  up: [`ALTER TABLE read_models.projection_checkpoints ADD COLUMN version integer NOT NULL DEFAULT 1`],
  down: [`ALTER TABLE read_models.projection_checkpoints DROP COLUMN version`],
});

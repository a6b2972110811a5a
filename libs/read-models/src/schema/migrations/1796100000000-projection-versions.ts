import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each projection's version is kept with its checkpoint: a runner whose projection is of a later
 * version than the one that built the tables rebuilds them at start (docs/architecture.md,
 * "Read models across releases"). The tables of the releases before this migration were built
 * by version 1 of every projection, hence the default. Frozen, as every migration.
 */
export class ProjectionVersions1796100000000 implements MigrationInterface {
  name = 'ProjectionVersions1796100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE read_models.projection_checkpoints ADD COLUMN version integer NOT NULL DEFAULT 1`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE read_models.projection_checkpoints DROP COLUMN version`);
  }
}

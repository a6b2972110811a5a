import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The notifier's projection runs on the read models' runner, which keeps each projection's
 * version with its checkpoint (see read_models' ProjectionVersions1796100000000): the same
 * column here. The outbox rows written before were written by version 1. Frozen.
 */
export class NotificationsProjectionVersions1796200000000 implements MigrationInterface {
  name = 'NotificationsProjectionVersions1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE notifications.projection_checkpoints ADD COLUMN version integer NOT NULL DEFAULT 1`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE notifications.projection_checkpoints DROP COLUMN version`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 18 item 2, merchant teams: each inbox row names the agent who handles the case and the
 * level the consumer escalated it to. Literal SQL, frozen like every migration. The columns
 * start empty: dispute-cases is at version 3, so the leading runner rebuilds its tables at start.
 */
export class MerchantInboxTeam176900000007100 implements MigrationInterface {
  name = 'MerchantInboxTeam176900000007100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE read_models.merchant_inbox ADD COLUMN assignee_id text, ADD COLUMN escalation_level text;`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE read_models.merchant_inbox DROP COLUMN assignee_id, DROP COLUMN escalation_level;`);
  }
}

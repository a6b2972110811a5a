import type { MigrationInterface, QueryRunner } from 'typeorm';
import { quoteSchema, READ_MODELS_SCHEMA } from '../read-models-schema';
import { READ_MODEL_TABLES } from '../read-model-tables';

/**
 * Creates the read models. The DDL lives with each projection (its `tables`), because a
 * rebuild creates the very same tables again in a shadow schema; a later change to a read
 * model's shape adds a migration here and, usually, a rebuild.
 */
export class ReadModels1751900000000 implements MigrationInterface {
  name = 'ReadModels1751900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of READ_MODEL_TABLES) await queryRunner.query(table.ddl(READ_MODELS_SCHEMA));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...READ_MODEL_TABLES].reverse()) await queryRunner.query(`DROP TABLE ${quoteSchema(READ_MODELS_SCHEMA)}.${table.name}`);
  }
}

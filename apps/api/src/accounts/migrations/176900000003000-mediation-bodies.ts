import { sqlMigration } from '@recours/database';

/**
 * Mediation bodies (issue 18 item 1): a body, its mediators, the conflicts of interest its
 * mediators declared, the one default body (where a merchant that designated none sends its
 * requests), and the body each merchant designated. Only additions.
 */
export const MediationBodies176900000003000 = sqlMigration('MediationBodies176900000003000', {
  up: [
    `
      CREATE TABLE accounts.mediation_bodies (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        sectors text[] NOT NULL DEFAULT '{}',
        is_default boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now())`,
    `CREATE UNIQUE INDEX mediation_bodies_one_default ON accounts.mediation_bodies (is_default) WHERE is_default`,
    `
      CREATE TABLE accounts.mediation_body_mediators (
        body_id uuid NOT NULL REFERENCES accounts.mediation_bodies (id),
        mediator_id uuid NOT NULL REFERENCES accounts.accounts (id),
        joined_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (body_id, mediator_id))`,
    `CREATE INDEX mediation_body_mediators_by_mediator ON accounts.mediation_body_mediators (mediator_id)`,
    `
      CREATE TABLE accounts.mediator_conflicts (
        mediator_id uuid NOT NULL REFERENCES accounts.accounts (id),
        merchant_id uuid NOT NULL REFERENCES accounts.merchants (id),
        declared_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (mediator_id, merchant_id))`,
    `ALTER TABLE accounts.merchants ADD COLUMN mediation_body_id uuid REFERENCES accounts.mediation_bodies (id)`,
    `CREATE INDEX merchants_by_mediation_body ON accounts.merchants (mediation_body_id) WHERE mediation_body_id IS NOT NULL`,
  ],
  down: [
    `ALTER TABLE accounts.merchants DROP COLUMN mediation_body_id`,
    `DROP TABLE accounts.mediator_conflicts`,
    `DROP TABLE accounts.mediation_body_mediators`,
    `DROP TABLE accounts.mediation_bodies`,
  ],
});

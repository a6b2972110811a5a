import { sqlMigration } from '@recours/database';

/**
 * A mediator's absences (issue 18 item 1): from the first to the last day, Paris calendar days.
 * While she is absent the intake gives her nothing and her mediations under way go to another
 * mediator of the body. Only additions.
 */
export const MediatorAbsences176900000009000 = sqlMigration('MediatorAbsences176900000009000', {
  up: [
    `
      CREATE TABLE accounts.mediator_absences (
        id uuid PRIMARY KEY,
        mediator_id uuid NOT NULL REFERENCES accounts.accounts (id),
        first_day date NOT NULL,
        last_day date NOT NULL,
        declared_by uuid NOT NULL REFERENCES accounts.accounts (id),
        declared_at timestamptz NOT NULL DEFAULT now(),
        CHECK (first_day <= last_day))`,
    `CREATE INDEX mediator_absences_by_mediator ON accounts.mediator_absences (mediator_id, last_day)`,
  ],
  down: [`DROP TABLE accounts.mediator_absences`],
});

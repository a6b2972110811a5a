import { sqlMigration } from '@recours/database';

/**
 * Issue 18 item 1, the mediation bodies' annual activity report (R614-2): one row of facts per
 * mediation request. Literal SQL, frozen like every migration. The table starts empty: the new
 * mediation-activity projection has no checkpoint, so it reads the event log from the start.
 */
export const MediationRequests176900000013000 = sqlMigration('MediationRequests176900000013000', {
  up: [`CREATE TABLE read_models.mediation_requests (
  dispute_id text NOT NULL,
  requested_at timestamptz NOT NULL,
  decided_at timestamptz,
  admissible boolean,
  ground text,
  extended_at timestamptz,
  ended_at timestamptz,
  outcome text,
  carried_out_at timestamptz,
  PRIMARY KEY (dispute_id)
);`],
  down: [`DROP TABLE read_models.mediation_requests;`],
});

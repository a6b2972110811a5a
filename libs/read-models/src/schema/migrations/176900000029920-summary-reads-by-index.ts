import { sqlMigration } from '@recours/database';

/**
 * Reads of dispute_summaries that read every row, at a country's scale tens of millions: the
 * cases an agent leaving her team handles (found in each state's json), a mediation body's intake
 * (status MEDIATION_REQUESTED, at every page load), and an erasure's search of every state for
 * her id. The assignee gets a column and an index, the requests and the mediators an index each. Literal SQL, frozen like every migration. The column is
 * filled from the states here, so that an agent who leaves while the version-13 rebuild of
 * dispute-cases runs (readers keep these tables meanwhile) still has her cases found.
 */
export const SummaryReadsByIndex176900000029920 = sqlMigration('SummaryReadsByIndex176900000029920', {
  up: [
    `ALTER TABLE read_models.dispute_summaries ADD COLUMN assignee_id text`,
    `UPDATE read_models.dispute_summaries SET assignee_id = state -> 'assignment' ->> 'agentId' WHERE state -> 'assignment' ->> 'agentId' IS NOT NULL`,
    `CREATE INDEX dispute_summaries_by_assignee ON read_models.dispute_summaries (assignee_id, filed_at, dispute_id) WHERE assignee_id IS NOT NULL`,
    `CREATE INDEX dispute_summaries_by_mediator ON read_models.dispute_summaries (mediator_id) WHERE mediator_id IS NOT NULL`,
    `CREATE INDEX dispute_summaries_mediation_requested ON read_models.dispute_summaries (merchant_id, dispute_id) WHERE status = 'MEDIATION_REQUESTED'`,
  ],
  down: [`DROP INDEX read_models.dispute_summaries_mediation_requested`, `DROP INDEX read_models.dispute_summaries_by_mediator`, `ALTER TABLE read_models.dispute_summaries DROP COLUMN assignee_id`],
});

import { sqlMigration } from '@recours/database';

/**
 * The deadline process reads the open deadlines page by page past the last one it tried (due
 * date, dispute, kind, offer; reminder date for reminders), so that deadlines it cannot act on
 * never hide the ones after them. Each index now holds that whole order: a page is read from the
 * index, not sorted out of every deadline due at the same instant (most fall due at a midnight).
 */
export const OpenDeadlinesKeyset176900000029970 = sqlMigration('OpenDeadlinesKeyset176900000029970', {
  up: [
    `DROP INDEX read_models.open_deadlines_by_due_date`,
    `CREATE INDEX open_deadlines_by_due_date ON read_models.open_deadlines (due_at, dispute_id, kind, refers_to)`,
    `DROP INDEX read_models.open_deadlines_to_remind`,
    `CREATE INDEX open_deadlines_to_remind ON read_models.open_deadlines (remind_at, dispute_id, kind, refers_to) WHERE NOT reminded`,
  ],
  down: [
    `DROP INDEX read_models.open_deadlines_to_remind`,
    `CREATE INDEX open_deadlines_to_remind ON read_models.open_deadlines (remind_at) WHERE NOT reminded`,
    `DROP INDEX read_models.open_deadlines_by_due_date`,
    `CREATE INDEX open_deadlines_by_due_date ON read_models.open_deadlines (due_at)`,
  ],
});

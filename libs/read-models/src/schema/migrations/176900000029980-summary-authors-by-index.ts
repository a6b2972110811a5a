import { sqlMigration } from '@recours/database';

/**
 * dispute_summaries.authors, the accounts a state names as the author of what it keeps (or the one
 * it was done for), and its index: the projection's erase found the disputes naming the erased
 * person by searching every state's text, in the batch's transaction (disputesNaming now). The
 * dispute-cases rebuild (version 15) fills it; the default stays, so that a projector of the
 * release before, still leading during a rolling update, inserts its rows without it; meanwhile the live tables' column is empty, and an
 * erasure finds those authors by the timeline's actors (disputesWithWordsOf). Built in the
 * migrations' transaction; an index built first by hand (CONCURRENTLY, same name and definition)
 * is kept, one left invalid built again (as NotificationsByNamedAccount 176900000029900). Frozen.
 */
export const SummaryAuthorsByIndex176900000029980 = sqlMigration('SummaryAuthorsByIndex176900000029980', {
  up: [
    `ALTER TABLE read_models.dispute_summaries ADD COLUMN IF NOT EXISTS authors text[] NOT NULL DEFAULT '{}'`,
    `DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_index WHERE indexrelid = to_regclass('read_models.dispute_summaries_by_author') AND NOT indisvalid) THEN DROP INDEX read_models.dispute_summaries_by_author; END IF; END $$`,
    `CREATE INDEX IF NOT EXISTS dispute_summaries_by_author ON read_models.dispute_summaries USING gin (authors) WHERE authors <> '{}'`,
  ],
  down: [`DROP INDEX IF EXISTS read_models.dispute_summaries_by_author`, `ALTER TABLE read_models.dispute_summaries DROP COLUMN authors`],
});

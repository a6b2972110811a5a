import { sqlMigration } from '@recours/database';

/**
 * Issue 21: the search indexes' GIN pending lists held to 256 kB instead of PostgreSQL's 4 MB
 * (why: DISPUTE_SEARCH in dispute-search.tables.ts). Storage only: what the tables hold does not
 * change, so no projection version moves and nothing is rebuilt. What the lists hold now is merged
 * into the indexes at once, where this role may (the index's owner may; else the next insert over
 * the new limit merges it). Literal SQL, frozen like every migration.
 */
export const SearchPendingLists176900000027000 = sqlMigration('SearchPendingLists176900000027000', {
  up: [`
ALTER INDEX read_models.dispute_search_words SET (gin_pending_list_limit = 256);
DO $$ BEGIN
  IF to_regclass('read_models.dispute_search_keys') IS NOT NULL THEN
    ALTER INDEX read_models.dispute_search_keys SET (gin_pending_list_limit = 256);
  END IF;
END $$;
DO $$ BEGIN
  PERFORM gin_clean_pending_list(to_regclass('read_models.dispute_search_words'));
  IF to_regclass('read_models.dispute_search_keys') IS NOT NULL THEN
    PERFORM gin_clean_pending_list(to_regclass('read_models.dispute_search_keys'));
  END IF;
EXCEPTION WHEN insufficient_privilege THEN RAISE NOTICE 'pending lists left to the next inserts: %', SQLERRM;
END $$;
`],
  down: [`
ALTER INDEX read_models.dispute_search_words RESET (gin_pending_list_limit);
DO $$ BEGIN
  IF to_regclass('read_models.dispute_search_keys') IS NOT NULL THEN
    ALTER INDEX read_models.dispute_search_keys RESET (gin_pending_list_limit);
  END IF;
END $$;
`],
});

import { sqlMigration } from '@recours/database';

/**
 * Issue 19 items 2 and 5: each claim's category (per-category statistics) and problem
 * description (an association's systemic problems). Literal SQL, frozen like every migration.
 * The columns start empty: merchant-scorecard is at version 3, so the leading runner rebuilds
 * its tables at start.
 *
 * unaccent and pg_trgm compare descriptions; both ship with PostgreSQL's contrib and are
 * "trusted" (a database owner may create them). Where they cannot be created (a server built
 * without contrib, a role without the right) the migration still succeeds and the systemic
 * problems query compares descriptions by their full-text lexemes alone (systemic-problems.query.ts).
 */
export const ClaimCategoryAndProblem176900000006000 = sqlMigration('ClaimCategoryAndProblem176900000006000', {
  up: [`
ALTER TABLE read_models.merchant_claims ADD COLUMN category text, ADD COLUMN problem text;
DO $$ BEGIN
  CREATE EXTENSION IF NOT EXISTS unaccent;
EXCEPTION WHEN OTHERS THEN RAISE NOTICE 'unaccent unavailable: %', SQLERRM;
END $$;
DO $$ BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN OTHERS THEN RAISE NOTICE 'pg_trgm unavailable: %', SQLERRM;
END $$;
`],
  down: [
    // The extensions stay: other features may use them.
    `ALTER TABLE read_models.merchant_claims DROP COLUMN category, DROP COLUMN problem;`,
  ],
});

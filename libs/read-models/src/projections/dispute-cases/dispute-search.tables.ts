import { readModelTable } from '../../schema/read-model-table';

/**
 * The GIN indexes' pending lists held to 256 kB (PostgreSQL's default is 4 MB). A GIN index takes
 * new entries into an unsorted list that every search scans whole until a VACUUM, or an insert
 * finding the list over its limit, merges it into the index. With 4 MB, a live projection's
 * inserts left thousands of entries there (a search for a word found nowhere: 6–9 ms instead of
 * 0.4), and the insert that merged them took about 100 ms, inside a live batch that writers wait
 * on. At 256 kB the merges are small (12–24 ms at worst), for writes about 8% slower
 * (`npm run bench:search-index`; docs/performance.md, "The search indexes' pending lists").
 */
const PENDING_LIST = 'gin_pending_list_limit = 256';

/** The columns the search document is computed from. */
export const SEARCH_WORDS = ['product_name', 'product_details', 'order_reference', 'serial_number', 'description'] as const;

/**
 * One search document per dispute (issue 19 item 3): what each reader may find it by, and the
 * parties whose reading rules the search applies in its WHERE clause (the same as `dispute(id)`:
 * consumer, merchant, assigned mediator, association under a live mandate; an association the
 * dispute is shared with for advice is read from `dispute_summaries.advisers`). Names are not here:
 * they live with the accounts (and change there), so the search joins them when it runs.
 *
 * The words are `document`, stored by `text_search.document(…)`, and the keys' trigram index is
 * built by `text_search.keys(…)`, both functions made by migration DisputeSearch176900000005000
 * with the French and English configurations that fold accents (unaccent).
 */
export const DISPUTE_SEARCH = readModelTable({
  name: 'dispute_search',
  columns: {
    dispute_id: 'text',
    consumer_id: 'text',
    merchant_id: 'text',
    mediator_id: 'text?',
    association_id: 'text?',
    status: 'text',
    product_name: 'text',
    /** Brand, model and category, found but not listed. */
    product_details: 'text',
    order_reference: 'text?',
    serial_number: 'text?',
    /** The consumer's description of the problem. */
    description: 'text',
    filed_at: 'timestamptz',
    last_activity_at: 'timestamptz',
  },
  // Stored, not only indexed: ranking reads the document of every match, and computing it (four
  // to_tsvector over the description) at each search made a large merchant's search grow with
  // its disputes (bench:scale, 2026-12-02: p50 283 ms at 1M events, 18,750 matches).
  generated: { document: { type: 'tsvector', as: `text_search.document(${SEARCH_WORDS.join(', ')})` } },
  primaryKey: ['dispute_id'],
  // Rewritten at each event of its dispute; the indexed columns rarely change, so the update stays on its page.
  storage: 'fillfactor = 70',
  // A trigram index on the keys where pg_trgm could be created; without it substring matches read the viewer's rows.
  after: (table) => `DO $$ DECLARE trgm name; BEGIN
  SELECT n.nspname INTO trgm FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm';
  IF trgm IS NOT NULL THEN
    EXECUTE format('CREATE INDEX dispute_search_keys ON ${table.replaceAll("'", "''")} USING gin (text_search.keys(order_reference, serial_number, product_name, product_details) %I.gin_trgm_ops) WITH (${PENDING_LIST})', trgm);
  END IF;
END $$;`,
  indexes: {
    dispute_search_by_consumer: '(consumer_id)',
    dispute_search_by_merchant: '(merchant_id)',
    dispute_search_by_mediator: '(mediator_id) WHERE mediator_id IS NOT NULL',
    dispute_search_by_association: '(association_id) WHERE association_id IS NOT NULL',
    dispute_search_words: `USING gin (document) WITH (${PENDING_LIST})`,
  },
});

/**
 * How each dispute ended (issue 19 item 4), for `similarOutcomes`: one row per dispute closed or
 * withdrawn, by merchant and category, with no party in it.
 */
export const DISPUTE_OUTCOMES = readModelTable({
  name: 'dispute_outcomes',
  columns: {
    dispute_id: 'text',
    merchant_id: 'text',
    /** The category as filed, folded (`categoryKey`): lower case, no accents, single spaces. */
    category_key: 'text',
    /** RESOLVED, UNRESOLVED or WITHDRAWN. */
    outcome: 'text',
    /** The remedy carried out, for a dispute resolved by one. */
    remedy: 'text?',
    /** Mediation was requested on the way. */
    mediated: 'boolean',
    filed_at: 'timestamptz',
    ended_at: 'timestamptz',
  },
  primaryKey: ['dispute_id'],
  indexes: { dispute_outcomes_by_category: '(category_key, merchant_id)' },
});

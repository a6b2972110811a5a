import { sqlMigration } from '@recours/database';

/**
 * Issue 21: the search document stored beside the row it is computed from, so that ranking a
 * large merchant's matches reads it instead of computing it again for each (four to_tsvector).
 * The words index moves onto the stored column. Literal SQL, frozen like every migration; the
 * column is computed for the rows already there, and dispute-cases at version 6 rebuilds its
 * tables at start anyway.
 */
export const StoredSearchDocument176900000023000 = sqlMigration('StoredSearchDocument176900000023000', {
  up: [`
ALTER TABLE read_models.dispute_search ADD COLUMN document tsvector GENERATED ALWAYS AS (text_search.document(product_name, product_details, order_reference, serial_number, description)) STORED;
DROP INDEX read_models.dispute_search_words;
CREATE INDEX dispute_search_words ON read_models.dispute_search USING gin (document);
`],
  down: [`
DROP INDEX read_models.dispute_search_words;
ALTER TABLE read_models.dispute_search DROP COLUMN document;
CREATE INDEX dispute_search_words ON read_models.dispute_search USING gin (text_search.document(product_name, product_details, order_reference, serial_number, description));
`],
});

import { sqlMigration } from '@recours/database';

/**
 * Issue 19 items 3 and 4: a search document per dispute and how each dispute ended. Literal SQL,
 * frozen like every migration. The tables start empty: dispute-cases is at version 2, so the
 * leading runner rebuilds its tables at start.
 *
 * Schema `text_search` holds what the words are found with, apart from the read models (a
 * rebuild moves tables between schemas, never these): French and English configurations that
 * fold accents with unaccent before stemming, `fold` (lower case, no accents), `document` (the
 * weighted words of a dispute) and `keys` (its references and product, folded, for substrings).
 * unaccent and pg_trgm ship with PostgreSQL's contrib (the embedded server's binaries have both)
 * and are trusted extensions; where one cannot be created the migration still succeeds: without
 * unaccent accents must then match, without pg_trgm substrings are found without an index.
 */
export const DisputeSearch176900000005000 = sqlMigration('DisputeSearch176900000005000', {
  up: [`
DO $$ BEGIN
  CREATE EXTENSION IF NOT EXISTS unaccent;
EXCEPTION WHEN OTHERS THEN RAISE NOTICE 'unaccent unavailable: %', SQLERRM;
END $$;
DO $$ BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN OTHERS THEN RAISE NOTICE 'pg_trgm unavailable: %', SQLERRM;
END $$;
CREATE SCHEMA IF NOT EXISTS text_search;
CREATE TEXT SEARCH CONFIGURATION text_search.french (COPY = pg_catalog.french);
CREATE TEXT SEARCH CONFIGURATION text_search.english (COPY = pg_catalog.english);
DO $$ DECLARE ua name; BEGIN
  SELECT n.nspname INTO ua FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent';
  IF ua IS NOT NULL THEN
    EXECUTE format('ALTER TEXT SEARCH CONFIGURATION text_search.french ALTER MAPPING FOR hword, hword_part, word WITH %I.unaccent, french_stem', ua);
    EXECUTE format('ALTER TEXT SEARCH CONFIGURATION text_search.english ALTER MAPPING FOR hword, hword_part, word WITH %I.unaccent, english_stem', ua);
    EXECUTE format('CREATE FUNCTION text_search.fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS %L',
      format('SELECT lower(%I.unaccent(%L::regdictionary, $1))', ua, quote_ident(ua) || '.unaccent'));
  ELSE
    CREATE FUNCTION text_search.fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS 'SELECT lower($1)';
  END IF;
END $$;
CREATE FUNCTION text_search.keys(reference text, serial text, product text, details text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$
  SELECT text_search.fold(coalesce(reference, '') || ' ' || coalesce(serial, '') || ' ' || coalesce(product, '') || ' ' || coalesce(details, ''))
$f$;
CREATE FUNCTION text_search.document(product text, details text, reference text, serial text, description text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$
  SELECT setweight(to_tsvector('text_search.french'::regconfig, coalesce(product, '') || ' ' || coalesce(details, '') || ' ' || coalesce(reference, '') || ' ' || coalesce(serial, '')), 'A')
      || setweight(to_tsvector('text_search.english'::regconfig, coalesce(product, '') || ' ' || coalesce(details, '') || ' ' || coalesce(reference, '') || ' ' || coalesce(serial, '')), 'A')
      || setweight(to_tsvector('text_search.french'::regconfig, coalesce(description, '')), 'C')
      || setweight(to_tsvector('text_search.english'::regconfig, coalesce(description, '')), 'C')
$f$;
CREATE FUNCTION text_search.query(words text) RETURNS tsquery LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $f$
  SELECT websearch_to_tsquery('text_search.french'::regconfig, words) || websearch_to_tsquery('text_search.english'::regconfig, words)
$f$;
CREATE TABLE read_models.dispute_search (
  dispute_id text NOT NULL,
  consumer_id text NOT NULL,
  merchant_id text NOT NULL,
  mediator_id text,
  association_id text,
  status text NOT NULL,
  product_name text NOT NULL,
  product_details text NOT NULL,
  order_reference text,
  serial_number text,
  description text NOT NULL,
  filed_at timestamptz NOT NULL,
  last_activity_at timestamptz NOT NULL,
  PRIMARY KEY (dispute_id)
) WITH (fillfactor = 70);
DO $$ DECLARE trgm name; BEGIN
  SELECT n.nspname INTO trgm FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm';
  IF trgm IS NOT NULL THEN
    EXECUTE format('CREATE INDEX dispute_search_keys ON read_models.dispute_search USING gin (text_search.keys(order_reference, serial_number, product_name, product_details) %I.gin_trgm_ops)', trgm);
  END IF;
END $$;
CREATE INDEX dispute_search_by_consumer ON read_models.dispute_search (consumer_id);
CREATE INDEX dispute_search_by_merchant ON read_models.dispute_search (merchant_id);
CREATE INDEX dispute_search_by_mediator ON read_models.dispute_search (mediator_id) WHERE mediator_id IS NOT NULL;
CREATE INDEX dispute_search_by_association ON read_models.dispute_search (association_id) WHERE association_id IS NOT NULL;
CREATE INDEX dispute_search_words ON read_models.dispute_search USING gin (text_search.document(product_name, product_details, order_reference, serial_number, description));
CREATE TABLE read_models.dispute_outcomes (
  dispute_id text NOT NULL,
  merchant_id text NOT NULL,
  category_key text NOT NULL,
  outcome text NOT NULL,
  remedy text,
  mediated boolean NOT NULL,
  filed_at timestamptz NOT NULL,
  ended_at timestamptz NOT NULL,
  PRIMARY KEY (dispute_id)
);
CREATE INDEX dispute_outcomes_by_category ON read_models.dispute_outcomes (category_key, merchant_id);
`],
  down: [
    // The extensions stay: other features may use them.
    `DROP TABLE read_models.dispute_outcomes; DROP TABLE read_models.dispute_search; DROP SCHEMA text_search CASCADE;`,
  ],
});

import type { Pool } from 'pg';

/**
 * The event store's schema, as an ordered list of migrations applied once each at start-up.
 * `@schema` is replaced by the quoted schema name, so tests can isolate themselves.
 */
export const EVENT_STORE_MIGRATIONS: ReadonlyArray<{ id: string; sql: string }> = [
  {
    id: '001_events_and_streams',
    sql: `
CREATE TABLE @schema.streams (
  stream_id text PRIMARY KEY,
  -- version of the stream's last event; -1 while a first append is in flight
  version bigint NOT NULL
);

CREATE TABLE @schema.events (
  -- (transaction id << 20) + index within the append: see docs/architecture.md, "Global order"
  global_position bigint PRIMARY KEY,
  id uuid NOT NULL UNIQUE,
  stream_id text NOT NULL,
  stream_version bigint NOT NULL,
  type text NOT NULL,
  -- json, not jsonb: it keeps the exact text (jsonb refuses \\u0000 and reorders keys)
  data json NOT NULL,
  metadata json NOT NULL,
  command_id text,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT events_stream_version_unique UNIQUE (stream_id, stream_version)
);
CREATE INDEX events_command_idx ON @schema.events (stream_id, command_id) WHERE command_id IS NOT NULL;

CREATE TABLE @schema.checkpoints (
  subscription_id text PRIMARY KEY,
  position bigint NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- One round trip per append: lock the stream's row, check the command id and the expected
-- version, insert every event, move the stream's version. The row lock queues writers of one
-- stream only; writers of other streams never wait on each other.
CREATE FUNCTION @schema.append_to_stream(
  p_stream_id text, p_expected text, p_ids uuid[], p_types text[], p_data text[], p_metadata text[], p_command_id text)
RETURNS TABLE (event_id uuid, event_version bigint, event_position bigint, event_recorded_at timestamptz, duplicate boolean)
LANGUAGE plpgsql AS $fn$
DECLARE
  current_version bigint;
  tx bigint;
BEGIN
  SELECT s.version INTO current_version FROM @schema.streams s WHERE s.stream_id = p_stream_id FOR UPDATE;
  IF NOT FOUND THEN
    INSERT INTO @schema.streams (stream_id, version) VALUES (p_stream_id, -1) ON CONFLICT (stream_id) DO NOTHING;
    SELECT s.version INTO current_version FROM @schema.streams s WHERE s.stream_id = p_stream_id FOR UPDATE;
  END IF;

  -- Idempotency first: a retried command answers as the first time, whatever came since.
  IF p_command_id IS NOT NULL THEN
    RETURN QUERY SELECT e.id, e.stream_version, e.global_position, e.recorded_at, true
      FROM @schema.events e WHERE e.stream_id = p_stream_id AND e.command_id = p_command_id
      ORDER BY e.stream_version;
    IF FOUND THEN RETURN; END IF;
  END IF;

  IF (p_expected = 'no_stream' AND current_version <> -1)
     OR (p_expected = 'stream_exists' AND current_version = -1)
     OR (p_expected ~ '^[0-9]+$' AND current_version <> p_expected::bigint) THEN
    RAISE EXCEPTION USING ERRCODE = 'RCV01', MESSAGE = 'wrong expected version', DETAIL = current_version::text;
  END IF;

  tx := pg_current_xact_id()::text::bigint;
  RETURN QUERY WITH inserted AS (
    INSERT INTO @schema.events (global_position, id, stream_id, stream_version, type, data, metadata, command_id)
    SELECT (tx << 20) + u.ord, coalesce(u.id, gen_random_uuid()), p_stream_id, current_version + u.ord,
           u.type, u.data::json, u.metadata::json, p_command_id
      FROM unnest(p_ids, p_types, p_data, p_metadata) WITH ORDINALITY AS u(id, type, data, metadata, ord)
    RETURNING id, stream_version, global_position, recorded_at
  )
  SELECT i.id, i.stream_version, i.global_position, i.recorded_at, false FROM inserted i ORDER BY i.stream_version;

  UPDATE @schema.streams SET version = current_version + cardinality(p_types) WHERE stream_id = p_stream_id;
END
$fn$;
`,
  },
];

/** Applies the migrations not yet applied, under an advisory lock so that concurrent starts do not race. */
export async function migrateEventStore(pool: Pool, schema: string): Promise<void> {
  const quoted = quoteIdent(schema);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`recours.migrations.${schema}`]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoted}`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${quoted}.schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM ${quoted}.schema_migrations`);
    const applied = new Set(rows.map((r) => r.id));
    for (const migration of EVENT_STORE_MIGRATIONS) {
      if (applied.has(migration.id)) continue;
      await client.query(migration.sql.replaceAll('@schema', quoted));
      await client.query(`INSERT INTO ${quoted}.schema_migrations (id) VALUES ($1)`, [migration.id]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

export function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`invalid schema name "${name}"`);
  return `"${name}"`;
}

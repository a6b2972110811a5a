import { migrateInTransaction } from '@recours/database';
import type { ClientBase, Pool, PoolClient } from 'pg';
import { hashChainMigration } from './migrations/002-hash-chain';

/** SQL, or code for what SQL alone cannot do (hashing earlier events); `schema` is quoted. */
export type Migration = { id: string; sql: string } | { id: string; run(client: ClientBase, schema: string): Promise<void> };

/**
 * The event store's schema, as an ordered list of migrations applied once each at start-up.
 * `@schema` is replaced by the quoted schema name, so tests can isolate themselves.
 */
export const EVENT_STORE_MIGRATIONS: readonly Migration[] = [
  {
    id: '001_events',
    sql: `
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
-- The command id is kept on the first event of an append only, so that this index can be
-- unique: a retried command can never be stored twice, even by concurrent retries.
CREATE UNIQUE INDEX events_command_unique ON @schema.events (stream_id, command_id) WHERE command_id IS NOT NULL;

CREATE TABLE @schema.checkpoints (
  subscription_id text PRIMARY KEY,
  position bigint NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

`,
  },
  hashChainMigration,
];

/** Applies the migrations not yet applied, under an advisory lock so that concurrent starts do not race. */
export function migrateEventStore(pool: Pool, schema: string): Promise<void> {
  return migrateSchema(pool, schema, EVENT_STORE_MIGRATIONS);
}

/**
 * A schema's own migrations (its `schema_migrations` table), applied once each in one
 * transaction, on a connection of their own without the pool's query_timeout
 * (migrateInTransaction): rehashing or indexing a large table completes however long it takes.
 */
export async function migrateSchema(pool: Pool, schema: string, migrations: readonly Migration[]): Promise<void> {
  const quoted = quoteIdent(schema);
  // Nothing to apply: no DDL at all, so the application can run under a role that may only
  // read and append (docs/architecture.md, "An application role that cannot rewrite events").
  const client = await pool.connect();
  try {
    if (await everyMigrationApplied(client, quoted, migrations)) return;
  } finally {
    client.release();
  }
  await migrateInTransaction(pool.options, `recours.migrations.${schema}`, async (migrating) => {
    await migrating.query(`CREATE SCHEMA IF NOT EXISTS ${quoted}`);
    await migrating.query(`CREATE TABLE IF NOT EXISTS ${quoted}.schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await migrating.query<{ id: string }>(`SELECT id FROM ${quoted}.schema_migrations`);
    const applied = new Set(rows.map((r) => r.id));
    for (const migration of migrations) {
      if (applied.has(migration.id)) continue;
      if ('sql' in migration) await migrating.query(migration.sql.replaceAll('@schema', quoted));
      else await migration.run(migrating, quoted);
      await migrating.query(`INSERT INTO ${quoted}.schema_migrations (id) VALUES ($1)`, [migration.id]);
    }
  });
}

async function everyMigrationApplied(client: PoolClient, quoted: string, migrations: readonly Migration[]): Promise<boolean> {
  const { rows: [{ exists }] } = await client.query<{ exists: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS exists`, [`${quoted}.schema_migrations`]);
  if (!exists) return false;
  const { rows } = await client.query<{ id: string }>(`SELECT id FROM ${quoted}.schema_migrations`);
  const applied = new Set(rows.map((r) => r.id));
  return migrations.every((m) => applied.has(m.id));
}

export function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`invalid schema name "${name}"`);
  return `"${name}"`;
}

import type { ClientBase } from 'pg';
import { chainHash, eventDigest, GENESIS_HASH } from '../../integrity';

/**
 * Tamper-evident streams: every event gets the hash chaining it to the previous event of its
 * stream (events stored before this migration are hashed here, in stream order), and the table
 * becomes append-only: a trigger refuses UPDATE, DELETE and TRUNCATE. Only the table's owner
 * can disable that trigger; docs/architecture.md says how a deployment runs the application
 * under a role that is not the owner.
 */
export const hashChainMigration = {
  id: '002_hash_chain',
  async run(client: ClientBase, schema: string): Promise<void> {
    await client.query(`ALTER TABLE ${schema}.events ADD COLUMN hash bytea, ADD COLUMN personal json`);
    await hashEarlierEvents(client, schema);
    await client.query(`
ALTER TABLE ${schema}.events ALTER COLUMN hash SET NOT NULL;
ALTER TABLE ${schema}.events ADD CONSTRAINT events_hash_length CHECK (octet_length(hash) = 32);

CREATE FUNCTION ${schema}.refuse_event_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'events are append-only: % on %.% refused', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME
    USING ERRCODE = 'integrity_constraint_violation', HINT = 'an event is corrected by a later event, never rewritten';
END $$;
CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON ${schema}.events
  FOR EACH ROW EXECUTE FUNCTION ${schema}.refuse_event_change();
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON ${schema}.events
  FOR EACH STATEMENT EXECUTE FUNCTION ${schema}.refuse_event_change();
`);
  },
};

/** Hashes the events stored before the chain existed, one stream at a time (their personal fields in plain). */
async function hashEarlierEvents(client: ClientBase, schema: string): Promise<void> {
  const { rows: streams } = await client.query<{ stream_id: string }>(`SELECT DISTINCT stream_id FROM ${schema}.events`);
  for (const { stream_id: streamId } of streams) {
    const { rows } = await client.query<{ global_position: string; id: string; type: string; data: unknown; metadata: Record<string, unknown> }>(
      `SELECT global_position, id, type, data, metadata FROM ${schema}.events WHERE stream_id = $1 ORDER BY stream_version`,
      [streamId],
    );
    let previous = GENESIS_HASH;
    const positions: string[] = [];
    const hashes: string[] = [];
    for (const row of rows) {
      previous = await chainHash(previous, await eventDigest({ id: row.id, streamId, type: row.type, data: row.data, metadata: row.metadata }));
      positions.push(row.global_position);
      hashes.push(`\\x${previous}`);
    }
    await client.query(`UPDATE ${schema}.events e SET hash = u.hash FROM unnest($1::bigint[], $2::bytea[]) AS u(position, hash) WHERE e.global_position = u.position`, [positions, hashes]);
  }
}

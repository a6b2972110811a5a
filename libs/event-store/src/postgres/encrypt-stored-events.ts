import type { Pool } from 'pg';
import { decryptPersonal, encryptPersonal, type StoredPersonalFields } from '../encryption/field-encryption';
import type { SubjectKeyRing } from '../encryption/subject-keys';
import { replaceAt, valueAt, verifyChain, type PersonalFields } from '../integrity';
import { quoteIdent } from './event-store-migrations';

/** An event as stored, for the migration to decide whose words it holds. */
export interface StoredEventView {
  streamId: string;
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
}

export interface EncryptStoredEventsOptions {
  /** A pool connected as the events table's owner: only the owner may lift its append-only trigger. */
  pool: Pool;
  schema?: string;
  keys: SubjectKeyRing;
  /**
   * Whose key seals the event's personal fields (the events before it in its stream given), or
   * undefined to leave them. A field sealed under another name (a dispute's words sealed with the
   * author's plain key before keys were scoped per dispute) is sealed again under this one.
   */
  subjectOf(event: StoredEventView, earlier: readonly StoredEventView[]): string | undefined;
}

export interface EncryptStoredEventsReport {
  streams: number;
  eventsEncrypted: number;
  fieldsEncrypted: number;
  /** Fields sealed under another key than subjectOf names, sealed again under it (same salt and commitment). */
  fieldsResealed: number;
  /** Events with personal fields left in clear: no data subject could be named for them. */
  eventsLeftInClear: number;
  /** Every stream of the table, re-verified after the rewrite. */
  streamsVerified: number;
}

/**
 * The one-off migration of issue 17 item 4: events stored before personal fields were encrypted
 * hold them in clear, committed by a salt in clear. In one transaction, this lifts the table's
 * append-only trigger, seals each such field (salt and value) with its subject's key exactly as
 * an append now does, puts the trigger back, and re-verifies the chain of every stream of the
 * table: a single broken stream rolls everything back. The hashes are not touched (they cover the
 * commitments, which do not change). Events hashed before salted commitments existed (no
 * `personal`) cannot be sealed without breaking their chain, and stay as they are. Fields sealed
 * under another key than `subjectOf` now names (a dispute's words under their author's plain key,
 * before keys were scoped per dispute) are sealed again under it, the same way.
 */
export async function encryptStoredEvents(options: EncryptStoredEventsOptions): Promise<EncryptStoredEventsReport> {
  const schema = quoteIdent(options.schema ?? 'event_store');
  const table = `${schema}.events`;
  const client = await options.pool.connect();
  const report: EncryptStoredEventsReport = { streams: 0, eventsEncrypted: 0, fieldsEncrypted: 0, fieldsResealed: 0, eventsLeftInClear: 0, streamsVerified: 0 };
  try {
    await client.query('BEGIN');
    // Appends wait until this ends: no event is written while the trigger is off.
    await client.query(`LOCK TABLE ${table} IN SHARE ROW EXCLUSIVE MODE`);
    await client.query(`ALTER TABLE ${table} DISABLE TRIGGER events_append_only`);
    const { rows: streams } = await client.query<{ stream_id: string }>(`SELECT DISTINCT stream_id FROM ${table} WHERE personal IS NOT NULL`);
    for (const { stream_id: streamId } of streams) {
      let touched = false;
      const { rows } = await client.query<{ global_position: string; id: string; type: string; data: unknown; metadata: Record<string, unknown>; personal: StoredPersonalFields | null }>(
        `SELECT global_position, id, type, data, metadata, personal FROM ${table} WHERE stream_id = $1 ORDER BY stream_version`,
        [streamId],
      );
      const earlier: StoredEventView[] = [];
      for (const row of rows) {
        const view = { streamId, type: row.type, data: row.data, metadata: row.metadata };
        const subject = row.personal ? options.subjectOf(view, earlier) : undefined;
        const inClear = Object.entries(row.personal ?? {}).filter(([, field]) => 'salt' in field);
        // Sealed under another name: opened with that key (if it still exists) to be sealed again.
        const elsewhere = Object.entries(row.personal ?? {}).filter(([, field]) => subject && 'sealed' in field && field.subject !== subject);
        if (inClear.length > 0 && !subject) report.eventsLeftInClear++;
        if (subject && inClear.length + elsewhere.length > 0) {
          const [opened] = await decryptPersonal([{ id: row.id, data: row.data, personal: Object.fromEntries(elsewhere) as StoredPersonalFields }], options.keys);
          // Only what opened: a field whose key is destroyed (or that does not open) stays as stored.
          const reopened = Object.entries(opened.personal ?? {}).filter(([, field]) => 'salt' in field);
          const salts = Object.fromEntries([...inClear, ...reopened]) as PersonalFields;
          if (Object.keys(salts).length > 0) {
            const values = reopened.reduce((data, [pointer]) => replaceAt(data, pointer, valueAt(opened.data, pointer)), structuredClone(row.data));
            const sealed = await encryptPersonal(row.id, values, salts, subject, options.keys);
            const personal = { ...row.personal, ...sealed.personal };
            await client.query(`UPDATE ${table} SET data = $2::json, personal = $3::json WHERE global_position = $1`, [row.global_position, JSON.stringify(sealed.data), JSON.stringify(personal)]);
            report.eventsEncrypted++;
            report.fieldsEncrypted += inClear.length;
            report.fieldsResealed += reopened.length;
            touched = true;
          }
        }
        earlier.push(view);
      }
      if (touched) report.streams++;
    }
    await client.query(`ALTER TABLE ${table} ENABLE TRIGGER events_append_only`);
    await verifyEveryStream(client, table, report);
    await client.query('COMMIT');
    return report;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Every stream's chain, recomputed from what the table now holds (no key needed: sealed fields verify by their commitment). */
async function verifyEveryStream(client: import('pg').PoolClient, table: string, report: EncryptStoredEventsReport): Promise<void> {
  const { rows: streams } = await client.query<{ stream_id: string }>(`SELECT DISTINCT stream_id FROM ${table}`);
  for (const { stream_id: streamId } of streams) {
    const { rows } = await client.query<{ id: string; stream_version: string; type: string; data: unknown; metadata: Record<string, unknown>; personal: StoredPersonalFields | null; hash: Buffer }>(
      `SELECT id, stream_version, type, data, metadata, personal, hash FROM ${table} WHERE stream_id = $1 ORDER BY stream_version`,
      [streamId],
    );
    const links = rows.map((row) => {
      const personal = row.personal
        ? (Object.fromEntries(Object.entries(row.personal).map(([pointer, field]) => [pointer, 'salt' in field ? field : { commitment: field.commitment }])) as PersonalFields)
        : undefined;
      return { streamVersion: Number(row.stream_version), hash: row.hash.toString('hex'), event: { id: row.id, streamId, type: row.type, data: row.data, metadata: row.metadata, ...(personal && { personal }) } };
    });
    const verification = await verifyChain(links);
    if (!verification.valid) throw new Error(`stream ${streamId} no longer verifies at version ${verification.brokenAtVersion}: nothing was changed`);
    report.streamsVerified++;
  }
}

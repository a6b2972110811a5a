import { randomBytes } from 'node:crypto';
import { Pool, type PoolConfig } from 'pg';
import { migrateSchema, quoteIdent, type Migration } from '../postgres/event-store-migrations';
import type { MasterKey } from './master-key';

/**
 * The keys of the data subjects: what encrypts a person's words in the events (AES-256-GCM, one
 * 32-byte data key per account), and what erasure destroys.
 */
export interface SubjectKeyRing {
  /** The subject's data key, made on first use; refused (SubjectErased) once destroyed. */
  keyForWriting(subject: string): Promise<Buffer>;
  /** The data keys still held for these subjects: a destroyed or unknown one is absent. */
  keysForReading(subjects: Iterable<string>): Promise<Map<string, Buffer>>;
  /** Destroys the subject's key for good; true when there was one to destroy. */
  destroy(subject: string): Promise<boolean>;
}

export class SubjectErased extends Error {
  constructor(readonly subject: string) {
    super('this data subject was erased: nothing more can be written with their key');
    this.name = 'SubjectErased';
  }
}

export interface PostgresSubjectKeysOptions {
  connectionString: string;
  /** Wraps new keys and re-wraps old ones. */
  master: MasterKey;
  /** During a rotation, the master key being replaced: keys still wrapped by it can be opened. */
  previous?: MasterKey;
  /** Schema of the keys table (default 'keys'): its own, so that its backups can age out apart. */
  schema?: string;
  poolSize?: number;
  pool?: Omit<PoolConfig, 'connectionString'>;
}

const MIGRATIONS: readonly Migration[] = [
  {
    id: '176900000008000_subject_keys',
    sql: `
CREATE TABLE @schema.subject_keys (
  subject text PRIMARY KEY,
  -- AES-256-GCM of the 32-byte data key under the master key (iv ‖ ciphertext ‖ tag); NULL once destroyed
  wrapped bytea,
  master_key_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  destroyed_at timestamptz,
  CONSTRAINT subject_keys_destroyed CHECK ((wrapped IS NULL) = (destroyed_at IS NOT NULL) AND (wrapped IS NULL) = (master_key_id IS NULL))
);`,
  },
];

/**
 * The key ring in PostgreSQL (`keys.subject_keys`), whatever the event store. Keys are wrapped
 * by the master key (`DATA_KEY`), never stored in clear; a destroyed key leaves a row without
 * key (`destroyed_at`), so that no new key is ever made for an erased subject.
 *
 * Reads never cache a key: an erasure made by another process is seen by the next read. Writes
 * cache the key they made or read, which at worst writes a few words under a key just destroyed:
 * unreadable, i.e. erased as well.
 */
export class PostgresSubjectKeys implements SubjectKeyRing {
  readonly pool: Pool;
  private readonly table: string;
  private readonly writing = new Map<string, Buffer>();

  private constructor(private readonly options: PostgresSubjectKeysOptions) {
    const schema = quoteIdent(options.schema ?? 'keys');
    this.table = `${schema}.subject_keys`;
    this.pool = new Pool({ connectionString: options.connectionString, max: options.poolSize ?? 4, ...options.pool });
    this.pool.on('error', () => undefined);
  }

  static async start(options: PostgresSubjectKeysOptions): Promise<PostgresSubjectKeys> {
    const keys = new PostgresSubjectKeys(options);
    try {
      await migrateSchema(keys.pool, options.schema ?? 'keys', MIGRATIONS);
    } catch (error) {
      await keys.close();
      throw error;
    }
    return keys;
  }

  async keyForWriting(subject: string): Promise<Buffer> {
    const cached = this.writing.get(subject);
    if (cached) return cached;
    const fresh = randomBytes(32);
    const { rows } = await this.pool.query<{ wrapped: Buffer | null; master_key_id: string | null }>(
      `WITH made AS (INSERT INTO ${this.table} (subject, wrapped, master_key_id) VALUES ($1, $2, $3) ON CONFLICT (subject) DO NOTHING RETURNING wrapped, master_key_id)
       SELECT wrapped, master_key_id FROM made UNION ALL SELECT wrapped, master_key_id FROM ${this.table} WHERE subject = $1 AND NOT EXISTS (SELECT FROM made)`,
      [subject, this.options.master.wrap(fresh, subject), this.options.master.id],
    );
    // A concurrent first write made the row after this statement's snapshot: read it now.
    const row = rows[0] ?? (await this.pool.query<{ wrapped: Buffer | null; master_key_id: string | null }>(`SELECT wrapped, master_key_id FROM ${this.table} WHERE subject = $1`, [subject])).rows[0];
    if (!row?.wrapped || !row.master_key_id) throw new SubjectErased(subject);
    const key = this.unwrap(subject, row.wrapped, row.master_key_id);
    this.writing.set(subject, key);
    return key;
  }

  async keysForReading(subjects: Iterable<string>): Promise<Map<string, Buffer>> {
    const wanted = [...new Set(subjects)];
    const keys = new Map<string, Buffer>();
    if (wanted.length === 0) return keys;
    const { rows } = await this.pool.query<{ subject: string; wrapped: Buffer; master_key_id: string }>(
      `SELECT subject, wrapped, master_key_id FROM ${this.table} WHERE subject = ANY($1) AND wrapped IS NOT NULL`,
      [wanted],
    );
    for (const row of rows) keys.set(row.subject, this.unwrap(row.subject, row.wrapped, row.master_key_id));
    return keys;
  }

  async destroy(subject: string): Promise<boolean> {
    this.writing.delete(subject);
    const { rows } = await this.pool.query<{ had: boolean }>(
      `WITH before AS (SELECT wrapped IS NOT NULL AS had FROM ${this.table} WHERE subject = $1),
       gone AS (INSERT INTO ${this.table} AS k (subject, wrapped, master_key_id, destroyed_at) VALUES ($1, NULL, NULL, now())
                ON CONFLICT (subject) DO UPDATE SET wrapped = NULL, master_key_id = NULL, destroyed_at = coalesce(k.destroyed_at, now()) RETURNING 1)
       SELECT coalesce((SELECT had FROM before), false) AS had FROM gone`,
      [subject],
    );
    return rows[0]?.had ?? false;
  }

  /**
   * Re-wraps every key still wrapped by another master key (the previous one) with the current
   * one, in one transaction; the events are not touched. Answers how many keys were re-wrapped.
   */
  async rotate(): Promise<{ rewrapped: number; alreadyCurrent: number }> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<{ subject: string; wrapped: Buffer; master_key_id: string }>(
        `SELECT subject, wrapped, master_key_id FROM ${this.table} WHERE wrapped IS NOT NULL FOR UPDATE`,
      );
      let rewrapped = 0;
      for (const row of rows) {
        if (row.master_key_id === this.options.master.id) continue;
        const key = this.unwrap(row.subject, row.wrapped, row.master_key_id);
        await client.query(`UPDATE ${this.table} SET wrapped = $2, master_key_id = $3 WHERE subject = $1`, [row.subject, this.options.master.wrap(key, row.subject), this.options.master.id]);
        rewrapped++;
      }
      await client.query('COMMIT');
      return { rewrapped, alreadyCurrent: rows.length - rewrapped };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end().catch(() => undefined);
  }

  private unwrap(subject: string, wrapped: Buffer, masterKeyId: string): Buffer {
    const master = [this.options.master, this.options.previous].find((m) => m?.id === masterKeyId);
    if (!master) {
      throw new Error(`the key of a data subject is wrapped by master key ${masterKeyId}, which is neither DATA_KEY (${this.options.master.id}) nor DATA_KEY_PREVIOUS: set the master key it was made with`);
    }
    return master.unwrap(wrapped, subject);
  }
}

import { randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { escapeLiteral, type Pool, type PoolClient, type PoolConfig, type QueryResult } from 'pg';
import { endPool, openPool } from '@recours/database';
import { migrateSchema, quoteIdent, type Migration } from '../postgres/event-store-migrations';
import type { MasterKey } from './master-key';

/**
 * The keys of the data subjects: what encrypts a person's words in the events (AES-256-GCM, one
 * 32-byte data key per name), and what erasure destroys. A name is a subject (an account id), or
 * a subject within a scope, `<subject>@<scope>` (scopedSubject): a dispute's events are sealed
 * per (party, dispute), so that one dispute can be erased without the party's others.
 */
export interface SubjectKeyRing {
  /** The named data key, made on first use; refused (SubjectErased) once destroyed, or once its subject or scope is. */
  keyForWriting(subject: string): Promise<Buffer>;
  /** The data keys still held for these names: a destroyed or unknown one is absent. */
  keysForReading(subjects: Iterable<string>): Promise<Map<string, Buffer>>;
  /**
   * Destroys the subject's key and every key of hers in a scope (`<subject>@*`) for good, and
   * bars new ones; true when there was one to destroy.
   */
  destroy(subject: string): Promise<boolean>;
  /** Destroys every key of one scope (`*@<scope>`: a dispute's) for good and bars new ones; answers how many were destroyed. */
  destroyScope(scope: string): Promise<number>;
}

/** The name of a subject's key within a scope (a dispute: `<accountId>@<disputeId>`). */
export function scopedSubject(subject: string, scope: string): string {
  if (subject.includes(SCOPE_SEPARATOR) || scope.includes(SCOPE_SEPARATOR) || subject === '' || scope === '') {
    throw new Error(`a scoped key needs a subject and a scope without "${SCOPE_SEPARATOR}"`);
  }
  return `${subject}${SCOPE_SEPARATOR}${scope}`;
}

const SCOPE_SEPARATOR = '@';
const parseScoped = (name: string): { subject: string; scope: string } | undefined => {
  const at = name.indexOf(SCOPE_SEPARATOR);
  return at > 0 ? { subject: name.slice(0, at), scope: name.slice(at + 1) } : undefined;
};
/** The advisory lock of a subject or a scope (see keyForWriting). */
const lockOf = (parameter: string) => `hashtextextended('recours.subject-keys.' || ${parameter}, 0)`;
/** The row that bars new keys in a destroyed scope (no subject). */
const scopeBarrier = (scope: string) => `${SCOPE_SEPARATOR}${scope}`;

/** A key's row as the keys table holds it: what a statement of the event store may read with its events. */
export interface WrappedKeyRow {
  subject: string;
  wrapped: Buffer;
  master_key_id: string;
}

/**
 * A key ring whose table lies in the database of `connectionString`: an event store there may read
 * the wrapped keys of the events it reads in the same statement (one round trip, one snapshot) and
 * have them opened here. Nothing is cached: a key destroyed before that statement is not in it.
 */
export interface KeysReadAlongside {
  readonly connectionString: string;
  /** The keys table, schema-qualified and quoted. */
  readonly table: string;
  openWrapped(rows: readonly WrappedKeyRow[]): Map<string, Buffer>;
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
  /** How many keys made or read for writing stay in memory (default 10,000; the least recently used go first). */
  writeCacheSize?: number;
}

/**
 * Keys are per (party, dispute), so a process that wrote for every dispute of a country would
 * hold a key per pair for as long as it runs, a heap that grows with the log; the recent
 * ones are those the next commands need, and a forgotten one costs one statement to read again.
 */
const WRITE_CACHE_SIZE = 10_000;

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
  {
    // Keys per (subject, scope): the subject and the scope of each name, so that erasing either
    // finds its keys by an index. Plain names have no scope; a scope's barrier row no subject.
    id: '176900000011000_subject_keys_scoped',
    sql: `
ALTER TABLE @schema.subject_keys
  ADD COLUMN data_subject text GENERATED ALWAYS AS (nullif(split_part(subject, '@', 1), '')) STORED,
  ADD COLUMN scope text GENERATED ALWAYS AS (nullif(substr(subject, strpos(subject, '@') + 1), subject)) STORED;
CREATE INDEX subject_keys_by_data_subject ON @schema.subject_keys (data_subject) WHERE scope IS NOT NULL;
CREATE INDEX subject_keys_by_scope ON @schema.subject_keys (scope) WHERE scope IS NOT NULL;`,
  },
];

type KeyRow = { wrapped: Buffer | null; master_key_id: string | null };
type Queryable = Pick<PoolClient, 'query'>;

/**
 * The key ring in PostgreSQL (`keys.subject_keys`), whatever the event store. Keys are wrapped
 * by the master key (`DATA_KEY`), never stored in clear; a destroyed key leaves a row without
 * key (`destroyed_at`), so that no new key is ever made for an erased subject.
 *
 * Reads never cache a key: an erasure made by another process is seen by the next read (the
 * PostgreSQL event store reads the wrapped keys in its stream's own statement, KeysReadAlongside,
 * rather than in a second round trip). Writes
 * cache the key they made or read, which at worst writes a few words under a key just destroyed:
 * unreadable, i.e. erased as well.
 */
export class PostgresSubjectKeys implements SubjectKeyRing, KeysReadAlongside {
  readonly pool: Pool;
  readonly table: string;
  private readonly writing: LRUCache<string, Buffer>;
  /** Keys being made or read for writing, by subject, while their statement runs. */
  private readonly making = new Map<string, Promise<Buffer>>();

  private constructor(private readonly options: PostgresSubjectKeysOptions) {
    const schema = quoteIdent(options.schema ?? 'keys');
    this.table = `${schema}.subject_keys`;
    this.writing = new LRUCache({ max: options.writeCacheSize ?? WRITE_CACHE_SIZE });
    this.pool = openPool({ connectionString: options.connectionString, max: options.poolSize ?? 4, application_name: 'recours-subject-keys', ...options.pool });
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
    // Several events of one append by the same author ask at once: one key made, not one each.
    const making = this.making.get(subject);
    if (making) return making;
    const made = this.makeKeyForWriting(subject).finally(() => {
      if (this.making.get(subject) === made) this.making.delete(subject);
    });
    this.making.set(subject, made);
    return made;
  }

  private async makeKeyForWriting(subject: string): Promise<Buffer> {
    const fresh = randomBytes(32);
    const wrapped = this.options.master.wrap(fresh, subject);
    const scoped = parseScoped(subject);
    const row = scoped ? await this.makeScopedKey(subject, wrapped, scoped) : await this.makePlainKey(subject, wrapped);
    if (!row?.wrapped || !row.master_key_id) throw new SubjectErased(subject);
    const key = this.unwrap(subject, row.wrapped, row.master_key_id);
    this.writing.set(subject, key);
    return key;
  }

  /**
   * A key within a scope, made in one round trip: the transaction, its locks, the key made unless
   * it exists or its subject or scope was destroyed, and the key's row read back, sent as one
   * query of several statements (values inlined as literals: such a query takes no parameters).
   * The locks are shared with other writers and exclusive for an erasure of the subject or the
   * scope, so a key is never made in a scope or for a subject while (or after) it is destroyed:
   * each statement after the locks reads a snapshot taken once they are held, and the last one
   * sees a row a concurrent first write made. A dispute's parties' keys are made this way as its
   * events are written (about two per dispute): four round trips each, before.
   */
  private async makeScopedKey(subject: string, wrapped: Buffer, scoped: { subject: string; scope: string }): Promise<KeyRow | undefined> {
    const name = escapeLiteral(subject);
    const [barredBySubject, barredByScope] = [scoped.subject, scopeBarrier(scoped.scope)].map(escapeLiteral);
    const client = await this.pool.connect();
    try {
      const results = (await client.query(
        `BEGIN;
         SELECT pg_advisory_xact_lock_shared(${lockOf(barredBySubject)}), pg_advisory_xact_lock_shared(${lockOf(barredByScope)});
         INSERT INTO ${this.table} (subject, wrapped, master_key_id)
           SELECT ${name}, '\\x${wrapped.toString('hex')}'::bytea, ${escapeLiteral(this.options.master.id)}
            WHERE NOT EXISTS (SELECT FROM ${this.table} WHERE subject IN (${barredBySubject}, ${barredByScope}) AND destroyed_at IS NOT NULL)
           ON CONFLICT (subject) DO NOTHING;
         SELECT wrapped, master_key_id FROM ${this.table} WHERE subject = ${name};
         COMMIT`,
      )) as unknown as QueryResult<KeyRow>[];
      return results[3].rows[0];
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined); // an error stops the query before its COMMIT
      throw error;
    } finally {
      client.release();
    }
  }

  /** A subject's own key's row, made unless it exists (destroyed, it is a row without key: refused). */
  private async makePlainKey(subject: string, wrapped: Buffer): Promise<KeyRow | undefined> {
    const { rows } = await this.pool.query<KeyRow>(
      `WITH made AS (INSERT INTO ${this.table} (subject, wrapped, master_key_id) VALUES ($1, $2, $3)
                     ON CONFLICT (subject) DO NOTHING RETURNING wrapped, master_key_id)
       SELECT wrapped, master_key_id FROM made UNION ALL SELECT wrapped, master_key_id FROM ${this.table} WHERE subject = $1 AND NOT EXISTS (SELECT FROM made)`,
      [subject, wrapped, this.options.master.id],
    );
    // A concurrent first write made the row after this statement's snapshot: read it now.
    return rows[0] ?? (await this.pool.query<KeyRow>(`SELECT wrapped, master_key_id FROM ${this.table} WHERE subject = $1`, [subject])).rows[0];
  }

  /** How many keys are held in memory for writing (bounded by `writeCacheSize`). */
  get keysHeldForWriting(): number {
    return this.writing.size;
  }

  get connectionString(): string {
    return this.options.connectionString;
  }

  async keysForReading(subjects: Iterable<string>): Promise<Map<string, Buffer>> {
    const wanted = [...new Set(subjects)];
    if (wanted.length === 0) return new Map();
    const { rows } = await this.pool.query<WrappedKeyRow>(`SELECT subject, wrapped, master_key_id FROM ${this.table} WHERE subject = ANY($1) AND wrapped IS NOT NULL`, [wanted]);
    return this.openWrapped(rows);
  }

  /** Drops a subject's key held for writing, and any being made: the next write asks the table again. */
  private forget(subject: string): void {
    this.writing.delete(subject);
    this.making.delete(subject);
  }

  openWrapped(rows: readonly WrappedKeyRow[]): Map<string, Buffer> {
    return new Map(rows.map((row) => [row.subject, this.unwrap(row.subject, row.wrapped, row.master_key_id)]));
  }

  async destroy(subject: string): Promise<boolean> {
    for (const name of [...this.writing.keys(), ...this.making.keys()]) if (name === subject || parseScoped(name)?.subject === subject) this.forget(name);
    const destroyed = await this.inTransaction(async (client) => {
      await client.query(`SELECT pg_advisory_xact_lock(${lockOf('$1')})`, [subject]);
      return this.destroyWhere(client, subject, 'data_subject = $1 AND scope IS NOT NULL');
    });
    return destroyed > 0;
  }

  async destroyScope(scope: string): Promise<number> {
    if (scope === '' || scope.includes(SCOPE_SEPARATOR)) throw new Error(`a scope has no "${SCOPE_SEPARATOR}"`);
    for (const name of [...this.writing.keys(), ...this.making.keys()]) if (parseScoped(name)?.scope === scope) this.forget(name);
    return this.inTransaction(async (client) => {
      await client.query(`SELECT pg_advisory_xact_lock(${lockOf('$1')})`, [scopeBarrier(scope)]);
      return this.destroyWhere(client, scopeBarrier(scope), `scope = $2`, [scope]);
    });
  }

  /**
   * Destroys `barrier`'s key and the keys `where` selects (never `barrier`: one statement may not
   * change a row twice), and leaves `barrier` destroyed (a row without key, made if need be) so
   * that no key is made again under it; answers how many keys there were to destroy.
   */
  private async destroyWhere(client: Queryable, barrier: string, where: string, more: unknown[] = []): Promise<number> {
    const { rows } = await client.query<{ destroyed: string }>(
      `WITH gone AS (UPDATE ${this.table} SET wrapped = NULL, master_key_id = NULL, destroyed_at = now() WHERE (${where}) AND wrapped IS NOT NULL RETURNING 1),
       barred AS (INSERT INTO ${this.table} AS k (subject, wrapped, master_key_id, destroyed_at) VALUES ($1, NULL, NULL, now())
                  ON CONFLICT (subject) DO UPDATE SET wrapped = NULL, master_key_id = NULL, destroyed_at = coalesce(k.destroyed_at, now()) RETURNING 1)
       SELECT (SELECT count(*) FROM ${this.table} WHERE subject = $1 AND wrapped IS NOT NULL) + (SELECT count(*) FROM gone) AS destroyed FROM barred`,
      [barrier, ...more],
    );
    return Number(rows[0]?.destroyed ?? 0);
  }

  /**
   * Re-wraps every key still wrapped by another master key (the previous one) with the current
   * one, in one transaction; the events are not touched. Answers how many keys were re-wrapped.
   */
  rotate(): Promise<{ rewrapped: number; alreadyCurrent: number }> {
    return this.inTransaction(async (client) => {
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
      return { rewrapped, alreadyCurrent: rows.length - rewrapped };
    });
  }

  private async inTransaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await endPool(this.pool).catch(() => undefined);
  }

  private unwrap(subject: string, wrapped: Buffer, masterKeyId: string): Buffer {
    const master = [this.options.master, this.options.previous].find((m) => m?.id === masterKeyId);
    if (!master) {
      throw new Error(`the key of a data subject is wrapped by master key ${masterKeyId}, which is neither DATA_KEY (${this.options.master.id}) nor DATA_KEY_PREVIOUS: set the master key it was made with`);
    }
    return master.unwrap(wrapped, subject);
  }
}

import type { Pool, PoolConfig } from 'pg';
import { endPool, openPool } from '@recours/database';
import { CatchUpSubscription } from '../catch-up-subscription';
import { EventStoreInputError, WrongExpectedVersionError } from '../errors';
import type {
  AppendOptions,
  AppendResult,
  EventFilter,
  EventStore,
  ExpectedVersion,
  NewEvent,
  ReadAllOptions,
  ReadAllResult,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
  SubscriptionHandler,
} from '../event-store.port';
import { validateAppend, validateReadAll, validateReadStream } from '../input-validation';
import { decryptPersonal, type StoredPersonalFields } from '../encryption/field-encryption';
import type { KeysReadAlongside, SubjectKeyRing } from '../encryption/subject-keys';
import { sealEvents } from '../sealing';
import { ChangeNotifier } from './change-notifier';
import { migrateEventStore, quoteIdent } from './event-store-migrations';
import { PostgresCheckpointStore } from './postgres-checkpoint-store';
import { mapPostgresError } from './postgres-errors';

export interface PostgresEventStoreOptions {
  connectionString: string;
  /** Schema holding the store's tables (default 'event_store'). */
  schema?: string;
  /** Pool size (default 10). */
  poolSize?: number;
  pool?: Omit<PoolConfig, 'connectionString'>;
  /** The data subjects' keys: personal fields are stored sealed with them (closed with the store). */
  keys?: SubjectKeyRing & { close(): Promise<void> };
}

interface EventRow {
  global_position: string;
  id: string;
  stream_id: string;
  stream_version: string;
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
  recorded_at: Date;
  hash: Buffer;
  personal: StoredPersonalFields | null;
}

const COLUMNS = 'global_position, id, stream_id, stream_version, type, data, metadata, recorded_at, hash, personal';

/**
 * The default event store, on PostgreSQL.
 *
 * Global order: a sequence hands out numbers in call order, not commit order, so a reader
 * could see position 11 committed while 10 is still in flight and then skip 10 forever.
 * Instead each event's position is (transaction id << 20) + its index in the append, and
 * readers only read positions below the oldest transaction still running
 * (pg_snapshot_xmin(pg_current_snapshot())). Every transaction below that horizon has
 * finished, so nothing can ever appear behind what a reader has already seen. This is
 * Emmett's (transaction id, position) ordering folded into one 64-bit number.
 */
export class PostgresEventStore implements EventStore {
  readonly pool: Pool;
  readonly schema: string;
  readonly checkpoints: PostgresCheckpointStore;
  private readonly table: string;
  private readonly notifier: ChangeNotifier;
  private readonly keys: PostgresEventStoreOptions['keys'];
  /** The key ring, when its table is in this database: a stream's read fetches its keys in the same statement. */
  private readonly keysAlongside: KeysReadAlongside | undefined;
  private readonly sql: Record<'append' | 'commandResult' | 'version' | 'readStream' | 'readAll' | 'readAllByPrefix' | 'readAllByType' | 'readAllByPrefixAndType' | 'head', string>;

  private constructor(options: PostgresEventStoreOptions) {
    this.schema = options.schema ?? 'event_store';
    const s = quoteIdent(this.schema);
    this.table = `${s}.events`;
    this.keys = options.keys;
    this.keysAlongside = readAlongside(options.keys, options.connectionString);
    this.pool = openPool({ connectionString: options.connectionString, max: options.poolSize ?? 10, application_name: 'recours-event-store', ...options.pool });
    // The payload carries the appended types since 2026-12-04 ("<position> <type>…"): a channel of
    // its own, so that processes of an earlier release, which read a bare position, never hear it.
    this.notifier = new ChangeNotifier(this.pool, options.connectionString, `recours_appended_${this.schema}`);
    this.checkpoints = new PostgresCheckpointStore(this.pool, this.schema);
    const horizon = `(pg_snapshot_xmin(pg_current_snapshot())::text::bigint << 20)`;
    this.sql = {
      // One statement per append: the version check, every event, the command id. The unique
      // (stream_id, stream_version) index is the concurrency control: of two writers at the
      // same version the second fails on it, and writers of other streams never wait.
      // The hash chain is computed in the same statement, from the previous event's stored hash
      // read in the same snapshot as the version: a writer that loses the race for the version
      // loses it on the unique index, so no two events ever chain to the same predecessor.
      append: `WITH RECURSIVE current AS (
          SELECT v, coalesce((SELECT hash FROM ${this.table} WHERE stream_id = $1 AND stream_version = v), '\\x${'00'.repeat(32)}'::bytea) AS hash
            FROM (SELECT coalesce(max(stream_version), -1) AS v FROM ${this.table} WHERE stream_id = $1) m),
        input AS (SELECT * FROM unnest($4::uuid[], $5::text[], $6::text[], $7::text[], $9::bytea[], $10::text[]) WITH ORDINALITY AS u(id, type, data, metadata, digest, personal, ord)),
        chain AS (SELECT 0::bigint AS ord, current.hash FROM current
                  UNION ALL SELECT input.ord, sha256(chain.hash || input.digest) FROM chain JOIN input ON input.ord = chain.ord + 1)
        INSERT INTO ${this.table} (global_position, id, stream_id, stream_version, type, data, metadata, command_id, hash, personal)
        SELECT (pg_current_xact_id()::text::bigint << 20) + u.ord, u.id, $1, current.v + u.ord,
               u.type, u.data::json, u.metadata::json, CASE WHEN u.ord = 1 THEN $8::text END, chain.hash, u.personal::json
          FROM current, input u JOIN chain ON chain.ord = u.ord
         WHERE CASE $2::text WHEN 'any' THEN true WHEN 'no_stream' THEN current.v = -1
                             WHEN 'stream_exists' THEN current.v >= 0 ELSE current.v = $3::bigint END
        RETURNING id, stream_version, global_position, recorded_at, hash`,
      commandResult: `SELECT ${COLUMNS} FROM ${this.table} WHERE stream_id = $1 AND global_position >> 20 =
          (SELECT global_position >> 20 FROM ${this.table} WHERE stream_id = $1 AND command_id = $2) ORDER BY stream_version`,
      version: `SELECT coalesce(max(stream_version), -1) AS version FROM ${this.table} WHERE stream_id = $1`,
      readStream: this.keysAlongside
        ? readStreamWithKeysSql(this.table, this.keysAlongside.table)
        : `SELECT ${COLUMNS} FROM ${this.table} WHERE stream_id = $1 AND stream_version >= $2 ORDER BY stream_version LIMIT $3`,
      // One statement so the horizon and the rows come from one snapshot; the LEFT JOIN keeps
      // the horizon when no row matches, so a filtered reader can skip ahead. One text per
      // filter shape: with `$2 IS NULL OR …` in a generic plan the planner may sort the whole
      // log instead of walking the primary key (measured: 3.1 s instead of 0.4 s for 100,000).
      readAll: readAllSql(this.table, horizon, '', this.keysAlongside?.table),
      readAllByPrefix: readAllSql(this.table, horizon, 'AND starts_with(stream_id, $3)', this.keysAlongside?.table),
      readAllByType: readAllSql(this.table, horizon, 'AND type = ANY($3)', this.keysAlongside?.table),
      readAllByPrefixAndType: readAllSql(this.table, horizon, 'AND starts_with(stream_id, $3) AND type = ANY($4)', this.keysAlongside?.table),
      head: `SELECT max(global_position) AS head FROM ${this.table} WHERE global_position < ${horizon}`,
    };
  }

  /** Connects, applies migrations and starts listening for appends from other processes. */
  static async start(options: PostgresEventStoreOptions): Promise<PostgresEventStore> {
    const store = new PostgresEventStore(options);
    try {
      await migrateEventStore(store.pool, store.schema);
      await store.notifier.listen();
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  async appendToStream(streamId: string, events: readonly NewEvent[], options?: AppendOptions): Promise<AppendResult> {
    const append = validateAppend(streamId, events, options);
    const sealed = await sealEvents(append.streamId, append.events, this.keys);
    const serialized = sealed.map((event, i) => ({
      data: stringify(event.stored.data, `events[${i}].data`),
      metadata: stringify(append.events[i].metadata, `events[${i}].metadata`),
    }));
    if (append.commandId !== undefined) {
      const earlier = await this.commandResult(append.streamId, append.commandId);
      if (earlier) return earlier;
    }
    const expected = append.expectedVersion;
    const values = [
      append.streamId,
      typeof expected === 'number' ? 'exact' : expected,
      typeof expected === 'number' ? expected : null,
      sealed.map((e) => e.id),
      append.events.map((e) => e.type),
      serialized.map((e) => e.data),
      serialized.map((e) => e.metadata),
      append.commandId ?? null,
      sealed.map((e) => `\\x${e.digest}`),
      sealed.map((e) => (e.stored.personal ? JSON.stringify(e.stored.personal) : null)),
    ];
    for (let attempt = 0; ; attempt++) {
      let rows: Array<{ id: string; stream_version: string; global_position: string; recorded_at: Date; hash: Buffer }>;
      try {
        ({ rows } = await this.pool.query({ name: `append:${this.schema}`, text: this.sql.append, values }));
      } catch (error) {
        const constraint = (error as { code?: string; constraint?: string }).code === '23505' ? (error as { constraint?: string }).constraint : undefined;
        if (constraint === 'events_command_unique' || constraint === 'events_stream_version_unique') {
          // A concurrent retry of the same command may be what got there first.
          const earlier = append.commandId === undefined ? undefined : await this.commandResult(append.streamId, append.commandId);
          if (earlier) return earlier;
        }
        if (constraint === 'events_stream_version_unique') {
          // Another writer took the version first. With 'any' that is no conflict: go again.
          if (expected === 'any' && attempt < 20) continue;
          throw await this.wrongVersion(append.streamId, expected);
        }
        if (constraint === 'events_id_key') throw new EventStoreInputError('events[].id', 'an event with this id is already stored');
        const code = (error as { code?: string }).code;
        if (code === '22P02' || code === '22P05' || code === '22021') {
          throw new EventStoreInputError('events[].data', `PostgreSQL refused the payload: ${(error as Error).message}`);
        }
        return mapPostgresError(error);
      }
      if (rows.length === 0) {
        // The version check refused the insert; a retry of the same command may have moved it.
        const earlier = append.commandId === undefined ? undefined : await this.commandResult(append.streamId, append.commandId);
        if (earlier) return earlier;
        throw await this.wrongVersion(append.streamId, expected);
      }
      rows.sort((a, b) => Number(a.stream_version) - Number(b.stream_version));
      const recorded: RecordedEvent[] = rows.map((row, i) => ({
        id: row.id,
        streamId: append.streamId,
        streamVersion: Number(row.stream_version),
        globalPosition: BigInt(row.global_position),
        type: append.events[i].type,
        // The validated input itself: it is exactly what JSON stored (assertJsonValue), no re-parse.
        data: append.events[i].data,
        metadata: append.events[i].metadata,
        recordedAt: row.recorded_at,
        hash: row.hash.toString('hex'),
        ...(sealed[i].personal && { personal: sealed[i].personal }),
      }));
      const last = recorded[recorded.length - 1];
      this.notifier.appended(last.globalPosition, recorded);
      return { streamId: append.streamId, nextExpectedVersion: last.streamVersion, lastPosition: last.globalPosition, events: recorded, duplicate: false };
    }
  }

  /** The events a command appended earlier on this stream: those of the same transaction. */
  private async commandResult(streamId: string, commandId: string): Promise<AppendResult | undefined> {
    const { rows } = await this.pool
      .query<EventRow>({ name: `commandResult:${this.schema}`, text: this.sql.commandResult, values: [streamId, commandId] })
      .catch(mapPostgresError);
    if (rows.length === 0) return undefined;
    const events = await this.opened(rows);
    const last = events[events.length - 1];
    return { streamId, nextExpectedVersion: last.streamVersion, lastPosition: last.globalPosition, events, duplicate: true };
  }

  private async wrongVersion(streamId: string, expected: ExpectedVersion): Promise<WrongExpectedVersionError> {
    const { rows } = await this.pool
      .query<{ version: string }>({ name: `version:${this.schema}`, text: this.sql.version, values: [streamId] })
      .catch(mapPostgresError);
    const actual = Number(rows[0].version);
    return new WrongExpectedVersionError(streamId, expected, actual < 0 ? 'no_stream' : actual);
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    const { streamId: id, fromVersion, maxCount } = validateReadStream(streamId, options);
    const { rows } = await this.pool
      .query<EventRow & { keys?: KeyJson[] | null }>({ name: `readStream:${this.schema}`, text: this.sql.readStream, values: [id, fromVersion, maxCount] })
      .catch(mapPostgresError);
    if (!this.keysAlongside || rows.length === 0) return this.opened(rows);
    return this.opened(rows, this.heldKeys(rows[0].keys));
  }

  /** The keys a statement read alongside its events (readStreamWithKeysSql, readAllSql), unwrapped. */
  private heldKeys(keys: KeyJson[] | null | undefined): Map<string, Buffer> {
    return this.keysAlongside!.openWrapped((keys ?? []).map((key) => ({ ...key, wrapped: Buffer.from(key.wrapped, 'base64') })));
  }

  /** The rows as readers see them: personal fields opened with their subjects' keys (`held` when read with them), or ERASED. */
  private async opened(rows: EventRow[], held?: Map<string, Buffer>): Promise<RecordedEvent[]> {
    return decryptPersonal(rows.map(toRecordedEvent), this.keys, held);
  }

  async readAll(options?: ReadAllOptions): Promise<ReadAllResult> {
    const { after, maxCount, filter } = validateReadAll(options);
    return this.readPage(after, maxCount, filter);
  }

  subscribe(options: SubscribeOptions, handler: SubscriptionHandler): Subscription {
    if (options.filter) validateReadAll({ filter: options.filter });
    return new CatchUpSubscription((after, maxCount, filter) => this.readPage(after, maxCount, filter), this.notifier, options, handler);
  }

  async headPosition(): Promise<bigint | undefined> {
    const { rows } = await this.pool.query<{ head: string | null }>(this.sql.head).catch(mapPostgresError);
    return rows[0].head === null ? undefined : BigInt(rows[0].head);
  }

  async close(): Promise<void> {
    await this.notifier.close();
    await endPool(this.pool).catch(() => undefined);
    await this.keys?.close();
  }

  private async readPage(after: bigint | undefined, maxCount: number, filter: EventFilter | undefined): Promise<ReadAllResult> {
    const prefix = filter?.streamPrefix;
    const types = filter?.eventTypes;
    const [shape, filterValues] =
      prefix && types ? (['readAllByPrefixAndType', [prefix, types]] as const)
      : prefix ? (['readAllByPrefix', [prefix]] as const)
      : types ? (['readAllByType', [types]] as const)
      : (['readAll', []] as const);
    const { rows } = await this.pool
      .query<EventRow & { horizon: string; keys?: KeyJson[] | null }>({
        name: `${shape}:${this.schema}`,
        text: this.sql[shape],
        values: [(after ?? -1n).toString(), maxCount, ...filterValues],
      })
      .catch(mapPostgresError);
    const found = rows.filter((row) => row.global_position !== null);
    const events = await this.opened(found, this.keysAlongside && found.length > 0 ? this.heldKeys(found[0].keys) : undefined);
    // A short page means everything below the horizon was scanned: the next read may start
    // there, so filtered-out events are never scanned twice.
    const scannedTo = events.length < maxCount ? BigInt(rows[0].horizon) - 1n : undefined;
    const lastRead = events.length > 0 ? events[events.length - 1].globalPosition : after;
    const position = scannedTo !== undefined && (lastRead === undefined || scannedTo > lastRead) ? scannedTo : lastRead;
    return { events, position };
  }
}

/** A wrapped key as readStreamWithKeysSql answers it (bytea travels as base64 inside JSON). */
interface KeyJson {
  subject: string;
  wrapped: string;
  master_key_id: string;
}

/**
 * A stream's events and, on the first row only (so that the JSON is parsed once), the wrapped keys
 * still held for the subjects their personal fields are sealed for: one round trip and one
 * snapshot instead of two. A key destroyed before this statement began is absent, exactly as
 * with a second statement, so erasure is seen by the very next read in every process.
 */
function readStreamWithKeysSql(table: string, keysTable: string): string {
  return withKeysSql(`SELECT ${COLUMNS} FROM ${table} WHERE stream_id = $1 AND stream_version >= $2 ORDER BY stream_version LIMIT $3`, 'stream_version', keysTable);
}

/**
 * The rows `rowsSql` selects, ordered by `order`, with on the first one the wrapped keys still held
 * for their personal fields' subjects. The subjects are gathered into an array first: written as
 * `IN (SELECT …)`, the planner guessed a hundred subjects per row and, with a few thousand keys
 * held, scanned them all at every read (2 ms instead of 0.2, growing with the number of people).
 */
function withKeysSql(rowsSql: string, order: 'stream_version' | 'global_position', keysTable: string): string {
  return `WITH e AS (${rowsSql})
    SELECT e.*, CASE WHEN e.${order} = k.first THEN k.keys END AS keys
      FROM e, (SELECT min(${order}) AS first,
                      (SELECT json_agg(json_build_object('subject', s.subject, 'wrapped', encode(s.wrapped, 'base64'), 'master_key_id', s.master_key_id))
                         FROM ${keysTable} s
                        WHERE s.wrapped IS NOT NULL AND s.subject = ANY (ARRAY(SELECT DISTINCT f.value->>'subject' FROM e, json_each(e.personal) f))) AS keys
                 FROM e) k
     ORDER BY e.${order}`;
}

/** The key ring if its table is in the store's own database (the same connection string), so that one statement reads both. */
function readAlongside(keys: SubjectKeyRing | undefined, connectionString: string): KeysReadAlongside | undefined {
  const candidate = keys as Partial<KeysReadAlongside> | undefined;
  return candidate && typeof candidate.openWrapped === 'function' && typeof candidate.table === 'string' && candidate.connectionString === connectionString ? (candidate as KeysReadAlongside) : undefined;
}

/**
 * A page of the global order after $1, below the horizon, at most $2 rows, with an extra filter.
 * With the key ring's table (`keysTable`), the wrapped keys of the page's subjects come on its
 * first row, as a stream's read has them (readStreamWithKeysSql): one round trip per page instead
 * of two (a live subscriber reads a page per batch), the keys from the page's own snapshot.
 */
function readAllSql(table: string, horizon: string, filter: string, keysTable?: string): string {
  const page = `SELECT h.horizon, e.* FROM (SELECT ${horizon} AS horizon) h LEFT JOIN LATERAL (
      SELECT ${COLUMNS} FROM ${table}
      WHERE global_position > $1 AND global_position < h.horizon ${filter}
      ORDER BY global_position LIMIT $2) e ON true`;
  return keysTable ? withKeysSql(page, 'global_position', keysTable) : page;
}

function toRecordedEvent(row: EventRow): RecordedEvent & { personal?: StoredPersonalFields } {
  return {
    id: row.id,
    streamId: row.stream_id,
    streamVersion: Number(row.stream_version),
    globalPosition: BigInt(row.global_position),
    type: row.type,
    data: row.data,
    metadata: row.metadata,
    recordedAt: row.recorded_at,
    hash: row.hash.toString('hex'),
    ...(row.personal && { personal: row.personal }),
  };
}

function stringify(value: unknown, field: string): string {
  try {
    return JSON.stringify(value);
  } catch (error) {
    throw new EventStoreInputError(field, `is not JSON-serializable: ${(error as Error).message}`);
  }
}

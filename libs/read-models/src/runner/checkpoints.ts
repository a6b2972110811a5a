import { escapeLiteral } from 'pg';
import { quoteSchema } from '../schema/read-models-schema';
import { readModelTable } from '../schema/read-model-table';

/**
 * Where each projection stands. `position` is numeric(39,0), not bigint: EventStoreDB
 * positions are 128-bit. `epoch` changes when a rebuild swaps the tables in, so a runner that
 * read the checkpoint before the swap can tell its view of the tables is gone. `version` is
 * the projection's version the tables were built by: a runner of a later version rebuilds them.
 */
export const CHECKPOINTS_TABLE = readModelTable({
  name: 'projection_checkpoints',
  columns: {
    projection: 'text',
    position: 'numeric(39,0)?',
    epoch: { type: 'integer', default: '0' },
    updated_at: { type: 'timestamptz', default: 'now()' },
    version: { type: 'integer', default: '1' },
  },
  primaryKey: ['projection'],
});

export interface Checkpoint {
  /** Every event up to here is applied; undefined: none yet. */
  position: bigint | undefined;
  epoch: number;
}

export interface CheckpointRow {
  projection: string;
  position: string | null;
  epoch: number;
}

/** The checkpoint changed under a runner: someone else applied events, or a rebuild swapped the tables. */
export class CheckpointMovedError extends Error {
  constructor(projection: string, expected: Checkpoint, found: Checkpoint) {
    super(
      `checkpoint of ${projection} moved: expected position ${expected.position ?? 'start'} epoch ${expected.epoch}, found ${found.position ?? 'start'} epoch ${found.epoch}`,
    );
    this.name = 'CheckpointMovedError';
  }
}

/** What runs SQL: a pg Pool or Client. */
export interface Queryable {
  query<R extends object>(sql: string, values?: unknown[]): Promise<{ rows: R[] }>;
}

const toCheckpoint = (row: CheckpointRow): Checkpoint => ({ position: row.position === null ? undefined : BigInt(row.position), epoch: row.epoch });

export const sameCheckpoint = (a: Checkpoint, b: Checkpoint): boolean => a.position === b.position && a.epoch === b.epoch;

/** Reads the checkpoint, creating it at the start (tables built by `version`) when the projection never ran. */
export async function ensureCheckpoint(db: Queryable, schema: string, projection: string, version = 1): Promise<Checkpoint> {
  const table = `${quoteSchema(schema)}.projection_checkpoints`;
  await db.query(`INSERT INTO ${table} (projection, version) VALUES ($1, $2) ON CONFLICT (projection) DO NOTHING`, [projection, version]);
  const { rows } = await db.query<CheckpointRow>(`SELECT projection, position::text AS position, epoch FROM ${table} WHERE projection = $1`, [projection]);
  return toCheckpoint(rows[0]);
}

/** Locks the checkpoint row for the rest of the transaction: batches of one projection commit one at a time. */
export async function lockCheckpoint(db: Queryable, schema: string, projection: string): Promise<Checkpoint> {
  const { rows } = await db.query<CheckpointRow>(
    `SELECT projection, position::text AS position, epoch FROM ${quoteSchema(schema)}.projection_checkpoints WHERE projection = $1 FOR UPDATE`,
    [projection],
  );
  if (rows.length === 0) throw new Error(`no checkpoint for projection ${projection}`);
  return toCheckpoint(rows[0]);
}

/**
 * Locks the checkpoints of several projections for the rest of the transaction, in the order of
 * their names (two transactions locking overlapping sets never deadlock); a missing one is absent
 * from what `lockedCheckpoints` reads of its rows. SQL without parameters (the names inlined as
 * literals), to go in one round trip with BEGIN (`inBatchTransaction`).
 */
export function lockCheckpointsSql(schema: string, projections: readonly string[]): string {
  return `SELECT projection, position::text AS position, epoch FROM ${quoteSchema(schema)}.projection_checkpoints
    WHERE projection = ANY(ARRAY[${projections.map(escapeLiteral).join(', ')}]::text[]) ORDER BY projection FOR UPDATE`;
}

export const lockedCheckpoints = (rows: readonly CheckpointRow[]): Map<string, Checkpoint> => new Map(rows.map((row) => [row.projection, toCheckpoint(row)]));

/**
 * Moves several checkpoints in one statement; undefined when there are none. SQL without
 * parameters (values inlined as literals), to go in one round trip with COMMIT (`inBatchTransaction`).
 */
export function storeCheckpointsSql(schema: string, checkpoints: readonly ({ projection: string } & Checkpoint)[]): string | undefined {
  if (checkpoints.length === 0) return undefined;
  const values = checkpoints.map((c) => `(${escapeLiteral(c.projection)}, ${c.position === undefined ? 'NULL' : c.position.toString()}::numeric, ${Math.trunc(c.epoch)}::int)`);
  return `UPDATE ${quoteSchema(schema)}.projection_checkpoints c SET position = n.position, epoch = n.epoch, updated_at = now()
    FROM (VALUES ${values.join(', ')}) AS n(projection, position, epoch) WHERE c.projection = n.projection`;
}

export async function storeCheckpoint(db: Queryable, schema: string, projection: string, checkpoint: Checkpoint): Promise<void> {
  await db.query(`UPDATE ${quoteSchema(schema)}.projection_checkpoints SET position = $2, epoch = $3, updated_at = now() WHERE projection = $1`, [
    projection,
    checkpoint.position?.toString() ?? null,
    checkpoint.epoch,
  ]);
}

export async function readCheckpoints(db: Queryable, schema: string, projections: readonly string[]): Promise<Map<string, Checkpoint>> {
  const { rows } = await db.query<CheckpointRow>(
    `SELECT projection, position::text AS position, epoch FROM ${quoteSchema(schema)}.projection_checkpoints WHERE projection = ANY($1)`,
    [projections],
  );
  return new Map(rows.map((row) => [row.projection, toCheckpoint(row)]));
}

/** The projection's version that built the tables (1 for tables older than versions). */
export async function readVersion(db: Queryable, schema: string, projection: string): Promise<number> {
  const { rows } = await db.query<{ version: number }>(`SELECT version FROM ${quoteSchema(schema)}.projection_checkpoints WHERE projection = $1`, [projection]);
  if (rows.length === 0) throw new Error(`no checkpoint for projection ${projection}`);
  return rows[0].version;
}

export async function storeVersion(db: Queryable, schema: string, projection: string, version: number): Promise<void> {
  await db.query(`UPDATE ${quoteSchema(schema)}.projection_checkpoints SET version = $2, updated_at = now() WHERE projection = $1`, [projection, version]);
}

import type { ClientBase } from 'pg';
import type { ReadModelTable } from '../runner/projection';
import { quoteSchema } from '../schema/read-models-schema';

/** A read-model table with its columns in order and their SQL types, for the batched writes below. */
export interface TableOfColumns extends ReadModelTable {
  columns: Readonly<Record<string, string>>;
}

/** A row as written: the column names are the keys. */
export type Row = Record<string, unknown>;

/*
 * Batched writes, one statement per table per batch whatever the number of rows: each column
 * travels as one array and is unnested and cast on the server, like a COPY. Scalars go as
 * text arrays; json columns as one JSON array, so a dispute state is serialized once by
 * JSON.stringify rather than escaped again inside an array literal. Measured on a rebuild,
 * this is faster than json_populate_recordset over row objects, which re-parses each state.
 */

export async function insertRows(client: ClientBase, schema: string, table: TableOfColumns, rows: readonly object[]): Promise<void> {
  if (rows.length === 0) return;
  await client.query(insertSql(schema, table), columnArrays(table, rows));
}

/** Inserts the rows, replacing every column but the key of those already there. */
export async function upsertRows(client: ClientBase, schema: string, table: TableOfColumns, key: readonly string[], rows: readonly object[]): Promise<void> {
  if (rows.length === 0) return;
  const updated = Object.keys(table.columns).filter((column) => !key.includes(column));
  const sql = `${insertSql(schema, table)}
    ON CONFLICT (${key.join(', ')}) DO UPDATE SET (${updated.join(', ')}) = ROW(${updated.map((c) => `excluded.${c}`).join(', ')})`;
  await client.query(sql, columnArrays(table, rows));
}

/** Replaces every row of these disputes with `rows` (which may also hold rows of new disputes). */
export async function replaceDisputeRows(client: ClientBase, schema: string, table: TableOfColumns, disputeIds: readonly string[], rows: readonly object[]): Promise<void> {
  if (disputeIds.length > 0) await client.query(`DELETE FROM ${quoteSchema(schema)}.${table.name} WHERE dispute_id = ANY($1)`, [disputeIds]);
  await insertRows(client, schema, table, rows);
}

function insertSql(schema: string, table: TableOfColumns): string {
  const names = Object.keys(table.columns);
  const arrays = names.map((name, i) =>
    isJson(table.columns[name])
      ? `ARRAY(SELECT CASE WHEN json_typeof(e) = 'null' THEN NULL ELSE e END FROM json_array_elements($${i + 1}::json) WITH ORDINALITY AS x(e, n) ORDER BY n)`
      : `$${i + 1}::text[]`,
  );
  const casts = names.map((name) => `u.${name}::${table.columns[name]}`);
  return `INSERT INTO ${quoteSchema(schema)}.${table.name} (${names.join(', ')})
    SELECT ${casts.join(', ')} FROM unnest(${arrays.join(', ')}) AS u(${names.join(', ')})`;
}

function columnArrays(table: TableOfColumns, rows: readonly object[]): string[] {
  return Object.entries(table.columns).map(([name, type]) => {
    const values = rows.map((row) => (row as Row)[name]);
    return isJson(type) ? JSON.stringify(values.map((value) => value ?? null)) : arrayLiteral(values.map((value) => asText(value, type)));
  });
}

const isJson = (type: string): boolean => type === 'json' || type === 'jsonb';

/** A value in the text form its column's type reads. */
function asText(value: unknown, type: string): string | null {
  if (value === null || value === undefined) return null;
  if (type.endsWith('[]')) return arrayLiteral(value as unknown[]);
  return value instanceof Date ? value.toISOString() : String(value);
}

/**
 * A PostgreSQL array literal, built here rather than by the driver: ids, codes, numbers and
 * instants need no quoting, which spares most of the escaping on large batches.
 */
function arrayLiteral(values: readonly (string | null | unknown)[]): string {
  let literal = '{';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) literal += ',';
    const value = values[i];
    if (value === null || value === undefined) literal += 'NULL';
    else {
      const text = String(value);
      literal += BARE.test(text) && (text.length !== 4 || text.toUpperCase() !== 'NULL') ? text : `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
    }
  }
  return `${literal}}`;
}

const BARE = /^[A-Za-z0-9_.:+-]+$/;

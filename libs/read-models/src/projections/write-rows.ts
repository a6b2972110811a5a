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
 * travels as one text array, unnested and cast on the server, like a COPY. A json column
 * (a dispute state) travels as one parameter per row instead, so its text is sent as it is,
 * never escaped into an array literal. Measured on a rebuild, against json_populate_recordset
 * over row objects and against one JSON array per column, this parses and sends least.
 */

/** Rows per statement at most: a json column takes one parameter per row, and a statement takes 65,535. */
const MAX_ROWS = 10_000;

export async function insertRows(client: ClientBase, schema: string, table: TableOfColumns, rows: readonly object[]): Promise<void> {
  for (let from = 0; from < rows.length; from += MAX_ROWS) {
    const chunk = rows.slice(from, from + MAX_ROWS);
    await client.query(insertSql(schema, table, chunk.length), parameters(table, chunk));
  }
}

/** Inserts the rows, replacing every column but the key of those already there. */
export async function upsertRows(client: ClientBase, schema: string, table: TableOfColumns, key: readonly string[], rows: readonly object[]): Promise<void> {
  const updated = Object.keys(table.columns).filter((column) => !key.includes(column));
  for (let from = 0; from < rows.length; from += MAX_ROWS) {
    const chunk = rows.slice(from, from + MAX_ROWS);
    const sql = `${insertSql(schema, table, chunk.length)}
    ON CONFLICT (${key.join(', ')}) DO UPDATE SET (${updated.join(', ')}) = ROW(${updated.map((c) => `excluded.${c}`).join(', ')})`;
    await client.query(sql, parameters(table, chunk));
  }
}

/** Replaces every row of these disputes with `rows` (which may also hold rows of new disputes). */
export async function replaceDisputeRows(client: ClientBase, schema: string, table: TableOfColumns, disputeIds: readonly string[], rows: readonly object[]): Promise<void> {
  if (disputeIds.length > 0) await client.query(`DELETE FROM ${quoteSchema(schema)}.${table.name} WHERE dispute_id = ANY($1)`, [disputeIds]);
  await insertRows(client, schema, table, rows);
}

function insertSql(schema: string, table: TableOfColumns, rowCount: number): string {
  const names = Object.keys(table.columns);
  let next = 1;
  const arrays = names.map((name) => {
    if (!isJson(table.columns[name])) return `$${next++}::text[]`;
    const first = next;
    next += rowCount;
    return `ARRAY[${Array.from({ length: rowCount }, (_, i) => `$${first + i}`).join(',')}]::text[]`;
  });
  const casts = names.map((name) => `u.${name}::${table.columns[name]}`);
  return `INSERT INTO ${quoteSchema(schema)}.${table.name} (${names.join(', ')})
    SELECT ${casts.join(', ')} FROM unnest(${arrays.join(', ')}) AS u(${names.join(', ')})`;
}

/** One text array per column, in order; the values of a json column one by one, as JSON text. */
function parameters(table: TableOfColumns, rows: readonly object[]): (string | null)[] {
  const values: (string | null)[] = [];
  for (const [name, type] of Object.entries(table.columns)) {
    if (isJson(type)) for (const row of rows) values.push(asText((row as Row)[name], type));
    else values.push(arrayLiteral(rows.map((row) => asText((row as Row)[name], type))));
  }
  return values;
}

const isJson = (type: string): boolean => type === 'json' || type === 'jsonb';

/** A value in the text form its column's type reads. */
function asText(value: unknown, type: string): string | null {
  if (value === null || value === undefined) return null;
  if (type.endsWith('[]')) return arrayLiteral(value as unknown[]);
  if (isJson(type)) return JSON.stringify(value);
  return value instanceof Date ? value.toISOString() : String(value);
}

/**
 * A PostgreSQL array literal, built here rather than by the driver: ids, codes, numbers and
 * instants need no quoting, and the others are escaped in one pass.
 */
function arrayLiteral(values: readonly unknown[]): string {
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === null || value === undefined) parts[i] = 'NULL';
    else {
      const text = String(value);
      parts[i] = BARE.test(text) && (text.length !== 4 || text.toUpperCase() !== 'NULL') ? text : `"${text.replace(QUOTED, '\\$&')}"`;
    }
  }
  return `{${parts.join(',')}}`;
}

const BARE = /^[A-Za-z0-9_.:+-]+$/;
const QUOTED = /[\\"]/g;

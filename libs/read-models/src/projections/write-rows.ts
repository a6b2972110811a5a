import type { ClientBase } from 'pg';
import type { DescribedTable } from '../schema/read-model-table';
import { quoteSchema } from '../schema/read-models-schema';

/** A read-model table with its columns in order and the types they are cast to, for the batched writes below. */
type TableOfColumns = Pick<DescribedTable, 'name' | 'columns'>;

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
  for (const { name, json, element } of columnsOf(table)) {
    if (json) for (const row of rows) values.push(jsonText((row as Row)[name]));
    else {
      const elements = new Array<string>(rows.length);
      for (let i = 0; i < rows.length; i++) {
        const value = (rows[i] as Row)[name];
        elements[i] = value === null || value === undefined ? 'NULL' : element(value);
      }
      values.push(`{${elements.join(',')}}`);
    }
  }
  return values;
}

const isJson = (type: string): boolean => type === 'json' || type === 'jsonb';
const jsonText = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));

interface Column {
  name: string;
  json: boolean;
  /** The value as an element of an array literal. */
  element: (value: unknown) => string;
}

const columnCache = new WeakMap<TableOfColumns, Column[]>();

/** How each column's values are written, worked out once per table. */
function columnsOf(table: TableOfColumns): Column[] {
  let columns = columnCache.get(table);
  if (!columns) {
    columns = Object.entries(table.columns).map(([name, type]) => ({ name, json: isJson(type), element: elementOf(type) }));
    columnCache.set(table, columns);
  }
  return columns;
}

/** Numbers, booleans, dates and instants never need quoting in an array literal; text may. */
function elementOf(type: string): (value: unknown) => string {
  if (type.endsWith('[]')) return (value) => quote(`{${(value as unknown[]).map((v) => (v === null || v === undefined ? 'NULL' : textElement(String(v)))).join(',')}}`);
  if (type === 'text') return (value) => textElement(String(value));
  return (value) => (value instanceof Date ? value.toISOString() : String(value));
}

function textElement(text: string): string {
  return BARE.test(text) && (text.length !== 4 || text.toUpperCase() !== 'NULL') ? text : quote(text);
}

const quote = (text: string): string => `"${text.replace(QUOTED, '\\$&')}"`;
const BARE = /^[A-Za-z0-9_.:+-]+$/;
const QUOTED = /[\\"]/g;

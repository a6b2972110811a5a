import type { ClientBase } from 'pg';
import type { DescribedTable } from '../schema/read-model-table';
import { quoteSchema } from '../schema/read-models-schema';

/** A read-model table with its columns in order and the types they are cast to, for the batched writes below. */
export type TableOfColumns = Pick<DescribedTable, 'name' | 'columns'>;

/** A row as written: the column names are the keys. */
export type Row = Record<string, unknown>;

/*
 * Batched writes, one statement per batch whatever the number of rows, for one table or several
 * (`writeTables`): each column travels as one text array, unnested and cast on the server, like
 * a COPY. A json column (a dispute state) travels as one parameter per row instead, so its text
 * is sent as it is, never escaped into an array literal. Measured on a rebuild, against json_populate_recordset
 * over row objects and against one JSON array per column, this parses and sends least.
 */

/** Rows per statement at most: a json column takes one parameter per row, and a statement takes 65,535. */
export const MAX_ROWS = 10_000;

/**
 * One table's share of a statement: insert `rows`; with `upsertOn`, replacing every column but
 * that key in the rows already there; with `replacing`, after deleting every row of these disputes.
 */
export interface TableWrite {
  table: TableOfColumns;
  rows: readonly object[];
  upsertOn?: readonly string[];
  replacing?: readonly string[];
}

/**
 * Writes several tables in one statement, one round trip (data-modifying CTEs; a live batch's
 * chain of round trips is what a writer waiting for its read models waits on). Each table's rows
 * as in `insertRows`; the caller keeps them to MAX_ROWS per table. A replaced table's INSERT
 * reads the count of its DELETE's rows, which makes the DELETE run first (sub-statements
 * otherwise run in no set order); a row deleted by this transaction no longer holds its key, so
 * the rows written again may take the same keys.
 */
export async function writeTables(client: ClientBase, schema: string, writes: readonly TableWrite[]): Promise<void> {
  const parts: string[] = [];
  const values: unknown[] = [];
  for (const { table, rows, upsertOn, replacing } of writes) {
    const target = `${quoteSchema(schema)}.${table.name}`;
    let gone: string | undefined;
    if (replacing && replacing.length > 0) {
      gone = `gone_${parts.length}`;
      values.push(replacing);
      parts.push(`DELETE FROM ${target} WHERE dispute_id = ANY($${values.length})${rows.length > 0 ? ' RETURNING 1' : ''}`);
    }
    if (rows.length === 0) continue;
    let sql = insertSql(target, table, rows.length, values.length + 1);
    if (gone) sql += `\n    WHERE (SELECT count(*) FROM ${gone}) >= 0`;
    if (upsertOn) {
      const updated = Object.keys(table.columns).filter((column) => !upsertOn.includes(column));
      sql += `\n    ON CONFLICT (${upsertOn.join(', ')}) DO UPDATE SET (${updated.join(', ')}) = ROW(${updated.map((c) => `excluded.${c}`).join(', ')})`;
    }
    for (const value of parameters(table, rows)) values.push(value);
    parts.push(sql);
  }
  if (parts.length === 0) return;
  // The last part is the statement, the others its sub-statements: those nobody reads still run, to completion.
  const last = parts.length - 1;
  const ctes = parts.slice(0, last).map((sql, i) => `${sql.startsWith('DELETE') ? 'gone' : 'wrote'}_${i} AS (${sql})`);
  await client.query(ctes.length > 0 ? `WITH ${ctes.join(',\n')}\n${parts[last]}` : parts[last], values);
}

export async function insertRows(client: ClientBase, schema: string, table: TableOfColumns, rows: readonly object[]): Promise<void> {
  for (let from = 0; from < rows.length; from += MAX_ROWS) await writeTables(client, schema, [{ table, rows: rows.slice(from, from + MAX_ROWS) }]);
}

/** Inserts the rows, replacing every column but the key of those already there. */
export async function upsertRows(client: ClientBase, schema: string, table: TableOfColumns, key: readonly string[], rows: readonly object[]): Promise<void> {
  for (let from = 0; from < rows.length; from += MAX_ROWS) await writeTables(client, schema, [{ table, rows: rows.slice(from, from + MAX_ROWS), upsertOn: key }]);
}

/** Replaces every row of these disputes with `rows` (which may also hold rows of new disputes). */
export async function replaceDisputeRows(client: ClientBase, schema: string, table: TableOfColumns, disputeIds: readonly string[], rows: readonly object[]): Promise<void> {
  await writeTables(client, schema, [{ table, rows: rows.slice(0, MAX_ROWS), replacing: disputeIds }]);
  await insertRows(client, schema, table, rows.slice(MAX_ROWS));
}

/** INSERT … SELECT of the unnested column arrays, whose parameters are numbered from `first`. */
function insertSql(target: string, table: TableOfColumns, rowCount: number, first: number): string {
  const names = Object.keys(table.columns);
  let next = first;
  const arrays = names.map((name) => {
    if (!isJson(table.columns[name])) return `$${next++}::text[]`;
    const from = next;
    next += rowCount;
    return `ARRAY[${Array.from({ length: rowCount }, (_, i) => `$${from + i}`).join(',')}]::text[]`;
  });
  const casts = names.map((name) => `u.${name}::${table.columns[name]}`);
  return `INSERT INTO ${target} (${names.join(', ')})
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

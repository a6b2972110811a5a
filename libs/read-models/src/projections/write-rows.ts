import type { ClientBase } from 'pg';
import type { DescribedTable } from '../schema/read-model-table';
import { quoteSchema } from '../schema/read-models-schema';
import { liveStatement } from './live-statements';

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
  /**
   * With `upsertOn`: the columns a stored generated column is computed from. A row already there
   * whose values in them are the same is updated without them, so PostgreSQL does not compute the
   * generated column again (an upsert computes it for the proposed row and again for the update,
   * even when nothing it reads changed: two to_tsvector of a description at every event of a
   * dispute, for a search document that is the same). The others are upserted as usual.
   */
  computedFrom?: readonly string[];
  /** Keeps a table counting these rows in step, in the same statement (not with `upsertOn`: an upsert does not return the rows it replaced). */
  tally?: Tally;
}

/**
 * A table counting another's rows by a key: one row per key value, none at 0. Each row a write
 * deletes or inserts moves its key's count by one. The counts are read and written in the
 * statement's snapshot, so only one writer at a time may write them (a projection's lease and
 * checkpoint lock see to it); a second would fail on the key, never count twice.
 */
export interface Tally {
  table: TableOfColumns;
  /** Each key column of `table` → its SQL expression over a counted row's columns. */
  key: Readonly<Record<string, string>>;
  /** The column holding the count. */
  count: string;
}

/**
 * Writes several tables in one statement, one round trip (data-modifying CTEs; a live batch's
 * chain of round trips is what a writer waiting for its read models waits on). Each table's rows
 * as in `insertRows`; the caller keeps them to MAX_ROWS per table. A replaced table's INSERT
 * reads the count of its DELETE's rows, which makes the DELETE run first (sub-statements
 * otherwise run in no set order); a row deleted by this transaction no longer holds its key, so
 * the rows written again may take the same keys. A write's `tally` moves its counts in the same
 * statement, from what its DELETE and INSERT return.
 */
export async function writeTables(client: ClientBase, schema: string, writes: readonly TableWrite[]): Promise<void> {
  const parts: { name: string; sql: string }[] = [];
  const values: unknown[] = [];
  let rowsAtMost = 0;
  const part = (kind: string, sql: string): string => {
    const name = `${kind}_${parts.length}`;
    parts.push({ name, sql });
    return name;
  };
  for (const { table, rows, upsertOn, replacing, computedFrom, tally } of writes) {
    if (tally && upsertOn) throw new Error(`${table.name}: a tallied write replaces rows, it cannot upsert them`);
    if (computedFrom && !upsertOn) throw new Error(`${table.name}: computedFrom spares the update of an upsert; this write does not upsert`);
    rowsAtMost = Math.max(rowsAtMost, rows.length);
    const target = `${quoteSchema(schema)}.${table.name}`;
    const returning = tally ? ` RETURNING ${Object.entries(tally.key).map(([column, sql]) => `${sql} AS ${column}`).join(', ')}` : '';
    let gone: string | undefined;
    if (replacing && replacing.length > 0) {
      values.push(replacing);
      gone = part('gone', `DELETE FROM ${target} WHERE dispute_id = ANY($${values.length})${tally ? returning : rows.length > 0 ? ' RETURNING 1' : ''}`);
    }
    let wrote: string | undefined;
    if (rows.length > 0) {
      const source = unnestSql(table, rows.length, values.length + 1);
      const conditions: string[] = [];
      if (gone) conditions.push(`(SELECT count(*) FROM ${gone}) >= 0`);
      if (upsertOn && computedFrom) {
        // The rows whose sources are unchanged, updated without them; the INSERT takes the rest.
        const kept = Object.keys(table.columns).filter((column) => !upsertOn.includes(column) && !computedFrom.includes(column));
        if (kept.length === 0) throw new Error(`${table.name}: every column is a key or a source: nothing is left to update`);
        const sameRow = upsertOn.map((column) => `t.${column} = u.${column}::${table.columns[column]}`).join(' AND ');
        const sameSources = `(${computedFrom.map((column) => `t.${column}`).join(', ')}) IS NOT DISTINCT FROM (${computedFrom.map((column) => `u.${column}::${table.columns[column]}`).join(', ')})`;
        const spared = part(
          'spared',
          `UPDATE ${target} t SET (${kept.join(', ')}) = ROW(${kept.map((column) => `u.${column}::${table.columns[column]}`).join(', ')})\n    FROM ${source.from}\n    WHERE ${sameRow} AND ${sameSources}\n    RETURNING ${upsertOn.map((column) => `t.${column}`).join(', ')}`,
        );
        conditions.push(`NOT EXISTS (SELECT FROM ${spared} s WHERE ${upsertOn.map((column) => `s.${column} = u.${column}::${table.columns[column]}`).join(' AND ')})`);
      }
      let sql = `INSERT INTO ${target} (${Object.keys(table.columns).join(', ')})\n    SELECT ${source.casts} FROM ${source.from}`;
      if (conditions.length > 0) sql += `\n    WHERE ${conditions.join(' AND ')}`;
      if (upsertOn) {
        const updated = Object.keys(table.columns).filter((column) => !upsertOn.includes(column));
        sql += `\n    ON CONFLICT (${upsertOn.join(', ')}) DO UPDATE SET (${updated.join(', ')}) = ROW(${updated.map((c) => `excluded.${c}`).join(', ')})`;
      }
      for (const value of parameters(table, rows)) values.push(value);
      wrote = part('wrote', sql + returning);
    }
    if (tally && (gone || wrote)) {
      const moved = [...(gone ? [`SELECT *, -1 AS n FROM ${gone}`] : []), ...(wrote ? [`SELECT *, 1 AS n FROM ${wrote}`] : [])];
      tallySql(tally, `${quoteSchema(schema)}.${tally.table.name}`, moved, part);
    }
  }
  if (parts.length === 0) return;
  // The last part is the statement, the others its sub-statements: those nobody reads still run, to completion.
  const last = parts.length - 1;
  const ctes = parts.slice(0, last).map(({ name, sql }) => `${name} AS (${sql})`);
  await client.query(liveStatement(ctes.length > 0 ? `WITH ${ctes.join(',\n')}\n${parts[last].sql}` : parts[last].sql, values, rowsAtMost));
}

/**
 * The tally's sub-statements: the net change per key of the rows deleted (-1) and inserted (+1),
 * then, for the keys whose count moved, the rows of the counts updated, deleted at 0, or inserted.
 * All read the counts as the statement found them, so each row is touched by one of them only.
 */
function tallySql(tally: Tally, target: string, moved: readonly string[], part: (kind: string, sql: string) => string): void {
  const keys = Object.keys(tally.key).join(', ');
  const count = tally.count;
  const delta = part('moved', `SELECT ${keys}, sum(n)::integer AS n FROM (${moved.join(' UNION ALL ')}) AS moved_rows GROUP BY ${keys} HAVING sum(n) <> 0`);
  const same = Object.keys(tally.key)
    .map((column) => `t.${column} = d.${column}`)
    .join(' AND ');
  part('counted', `UPDATE ${target} t SET ${count} = t.${count} + d.n FROM ${delta} d WHERE ${same} AND t.${count} + d.n <> 0`);
  part('uncounted', `DELETE FROM ${target} t USING ${delta} d WHERE ${same} AND t.${count} + d.n = 0`);
  part('counted', `INSERT INTO ${target} (${keys}, ${count}) SELECT ${keys}, n FROM ${delta} d WHERE NOT EXISTS (SELECT FROM ${target} t WHERE ${same})`);
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

/** The unnested column arrays, whose parameters are numbered from `first`, and each column cast to its type. */
function unnestSql(table: TableOfColumns, rowCount: number, first: number): { from: string; casts: string } {
  const names = Object.keys(table.columns);
  let next = first;
  const arrays = names.map((name) => {
    if (!isJson(table.columns[name])) return `$${next++}::text[]`;
    const from = next;
    next += rowCount;
    return `ARRAY[${Array.from({ length: rowCount }, (_, i) => `$${from + i}`).join(',')}]::text[]`;
  });
  return { from: `unnest(${arrays.join(', ')}) AS u(${names.join(', ')})`, casts: names.map((name) => `u.${name}::${table.columns[name]}`).join(', ') };
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

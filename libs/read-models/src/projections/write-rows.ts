import type { ClientBase } from 'pg';
import type { ReadModelTable } from '../runner/projection';
import { quoteSchema } from '../schema/read-models-schema';

/** A read-model table with its columns in order, for the batched writes below. */
export interface TableOfColumns extends ReadModelTable {
  columns: readonly string[];
}

/** A row as written: the column names are the keys. */
export type Row = Record<string, unknown>;

/*
 * Batched writes, one statement per table per batch whatever the number of rows: the rows
 * travel as one JSON array and PostgreSQL shapes them with the table's own row type
 * (json_populate_recordset), so every column converts exactly as in an INSERT.
 */

export async function insertRows(client: ClientBase, schema: string, table: TableOfColumns, rows: readonly object[]): Promise<void> {
  if (rows.length === 0) return;
  await client.query(insertSql(schema, table), [JSON.stringify(rows)]);
}

/** Inserts the rows, replacing every column but the key of those already there. */
export async function upsertRows(client: ClientBase, schema: string, table: TableOfColumns, key: readonly string[], rows: readonly object[]): Promise<void> {
  if (rows.length === 0) return;
  const updated = table.columns.filter((column) => !key.includes(column));
  const sql = `${insertSql(schema, table)}
    ON CONFLICT (${key.join(', ')}) DO UPDATE SET (${updated.join(', ')}) = ROW(${updated.map((c) => `excluded.${c}`).join(', ')})`;
  await client.query(sql, [JSON.stringify(rows)]);
}

/** Makes the rows of these disputes exactly `rows`: rows no longer listed go. */
export async function replaceDisputeRows(client: ClientBase, schema: string, table: TableOfColumns, disputeIds: readonly string[], rows: readonly object[]): Promise<void> {
  await client.query(`DELETE FROM ${quoteSchema(schema)}.${table.name} WHERE dispute_id = ANY($1)`, [disputeIds]);
  await insertRows(client, schema, table, rows);
}

function insertSql(schema: string, table: TableOfColumns): string {
  const qualified = `${quoteSchema(schema)}.${table.name}`;
  const list = table.columns.join(', ');
  return `INSERT INTO ${qualified} (${list}) SELECT ${list} FROM json_populate_recordset(null::${qualified}, $1::json)`;
}

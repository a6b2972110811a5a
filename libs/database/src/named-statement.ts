import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * Runs a statement sent at every request of some kind as a named (prepared) statement, on the pg
 * Pool behind a TypeORM data source: each connection parses and plans it once instead of at every
 * request (TypeORM's `query` cannot name a statement). Answers the rows, as `query` does.
 *
 * Only for statements that list their result columns: a prepared statement whose table changed
 * shape under it would fail with "cached plan must not change result type". PostgreSQL plans it
 * again by itself when a table it reads is replaced.
 */
export async function queryNamed<T>(dataSource: DataSource, name: string, text: string, values: unknown[]): Promise<T[]> {
  const pool = (dataSource.driver as { master?: Pool }).master;
  if (!pool) return dataSource.query(text, values);
  return (await pool.query({ name, text, values })).rows as T[];
}

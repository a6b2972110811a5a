import { createHash } from 'node:crypto';
import type { QueryConfig } from 'pg';

/**
 * A live batch's writes as named (prepared) statements, so that each connection parses and plans
 * a statement's text once instead of at every batch. A live tail sends the same few texts again
 * and again (one per set of tables written and number of disputes in the batch); planning the
 * dispute-cases statement alone cost PostgreSQL about 1.4 ms a batch (pg_stat_statements,
 * docs/performance.md, "PostgreSQL's share of a request"). Only small statements are named
 * (a rebuild's are large, each seen once), and only the first MAX_NAMED texts of the process:
 * every connection holds its prepared statements until it closes, so their number is bounded.
 * PostgreSQL plans a named statement again by itself when a table it names changes (a rebuild's
 * swap included); none of these statements returns rows whose shape could change.
 */
const MAX_ROWS_NAMED = 32;
const MAX_NAMED = 64;
const names = new Map<string, string>();

/** The statement to send: named when it is a live batch's (at most MAX_ROWS_NAMED rows in any table) and names are left. */
export function liveStatement(text: string, values: unknown[], rowsAtMost: number): QueryConfig {
  if (rowsAtMost > MAX_ROWS_NAMED) return { text, values };
  let name = names.get(text);
  if (name === undefined && names.size < MAX_NAMED) {
    // Named by the text itself: two copies of this module (each test file has its own) never give one name two texts on a connection.
    name = `read-models-write-${createHash('sha256').update(text).digest('base64url').slice(0, 32)}`;
    names.set(text, name);
  }
  return name === undefined ? { text, values } : { name, text, values };
}

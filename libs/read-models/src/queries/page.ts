import { isIdentifier, isInstant } from '@recours/disputes';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** A page of a list, Relay-style: the API maps it straight onto a GraphQL connection. */
export interface Page<T> {
  nodes: T[];
  /** The cursor of each node (a Relay edge's cursor), in the order of `nodes`. */
  cursors: string[];
  /** Every item of the list, all pages together (the filters apply, the cursor does not). */
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface PageArgs {
  /** At most this many items (default 20, at most 100). */
  first?: number | null;
  /** The `endCursor` of the previous page. */
  after?: string;
}

const DEFAULT_PAGE = 20;
const MAX_PAGE = 100;

export function pageSize(first: number | null | undefined): number {
  if (first === undefined || first === null) return DEFAULT_PAGE; // null: "not given", as GraphQL lets a client say
  if (!Number.isInteger(first) || first < 1) throw new InvalidPageError('first must be a positive integer');
  return Math.min(first, MAX_PAGE);
}

/** A cursor is the sort key of the last item seen, opaque to clients. */
export function encodeCursor(key: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** What each part of a list's cursor holds: its sort key, then the dispute id. */
export type CursorPart = 'instant' | 'instant or null' | 'id' | 'integer';

/**
 * An instant PostgreSQL reads as a timestamptz, as the lists' cursors write one: in UTC, a year
 * from 1 to 9999. isInstant allows the year 0000, which PostgreSQL refuses (there is none), and a
 * cursor holding it reached the query: an internal error.
 */
export const isCursorInstant = (part: unknown): part is string => isInstant(part) && /^(?!0000)\d{4}-/.test(new Date(part).toISOString());

const PART_CHECKS: Record<CursorPart, (part: unknown) => boolean> = {
  instant: isCursorInstant,
  'instant or null': (part) => part === null || isCursorInstant(part),
  // An id as every id is made (isIdentifier): a NUL in one reached PostgreSQL, which refuses it in any text (an internal error).
  id: isIdentifier,
  integer: (part) => Number.isSafeInteger(part),
};

/**
 * The sort key a cursor holds, each part checked against what the list's key must be: a cursor
 * made by hand (`["nope","x"]`) is the caller's mistake, never a database error.
 */
export function decodeCursor(cursor: string, shape: readonly CursorPart[]): (string | number | null)[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === shape.length && shape.every((part, i) => PART_CHECKS[part](key[i]))) return key as (string | number | null)[];
  } catch {
    // not ours: refused below
  }
  throw new InvalidPageError('after is not a cursor of this list');
}

/** Cuts the one extra row fetched to learn whether another page follows. */
export function toPage<T>(rows: T[], size: number, totalCount: number, keyOf: (row: T) => readonly (string | number | null)[]): Page<T> {
  const nodes = rows.slice(0, size);
  const cursors = nodes.map((node) => encodeCursor(keyOf(node)));
  return { nodes, cursors, totalCount, pageInfo: { hasNextPage: rows.length > size, endCursor: cursors.at(-1) ?? null } };
}

/**
 * A list of disputes read a page at a time, keyed by an instant column then the dispute id, in
 * one direction: the count before the cursor applies (every page tells the whole list's size),
 * then the rows after the cursor, one more than asked to learn whether a page follows.
 */
export async function pageByInstant<Row extends ObjectLiteral & { disputeId: string }>(
  list: SelectQueryBuilder<Row>,
  sort: { column: keyof Row & string; direction: 'ASC' | 'DESC' },
  args: PageArgs,
): Promise<Page<Row>> {
  const size = pageSize(args.first);
  const totalCount = await list.getCount();
  const key = `${list.alias}.${sort.column}`;
  if (args.after) {
    const [sortKey, disputeId] = decodeCursor(args.after, ['instant', 'id']);
    list.andWhere(`(${key}, ${list.alias}.disputeId) ${sort.direction === 'ASC' ? '>' : '<'} (:sortKey, :disputeId)`, { sortKey, disputeId });
  }
  const rows = await list.orderBy(key, sort.direction).addOrderBy(`${list.alias}.disputeId`, sort.direction).limit(size + 1).getMany();
  return toPage(rows, size, totalCount, (row) => [(row[sort.column] as Date).toISOString(), row.disputeId]);
}

/** Bad paging arguments: the API answers them as a bad request. */
export class InvalidPageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidPageError';
  }
}

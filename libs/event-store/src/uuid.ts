/**
 * A UUID in either case: 8-4-4-4-12 hexadecimal digits, whatever its version (the ids recours
 * hands out are v4 and v7; older data and clients may hold others). The one pattern of the
 * monorepo: what an id argument, an input's id field, a route's id or an event's id is checked
 * against before it reaches a query (a malformed uuid would make PostgreSQL fail, not answer
 * "not found"). Capitals name the same thing: callers write ids in lower case, as stored.
 */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A string that is a UUID (UUID_PATTERN), in either case. */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID_PATTERN.test(value);

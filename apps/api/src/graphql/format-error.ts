import { Logger } from '@nestjs/common';
import { EventStoreUnavailableError, isConnectionFailure } from '@recours/event-store';
import type { GraphQLFormattedError } from 'graphql';

const logger = new Logger('GraphQL');

/** Codes whose message is written for the client; anything else is an internal fault. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'DOMAIN_RULE',
  'UNAVAILABLE',
  'RATE_LIMITED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);
const SAFE_EXTENSIONS = ['code', 'fields', 'rule', 'field', 'currentVersion', 'retryable', 'retryAfterSeconds'];

/**
 * What leaves the server: the message and code of errors meant for clients, and for anything
 * else a generic message (the real one is logged). Never a stack trace, SQL or driver text.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  const code = formatted.extensions?.code as string | undefined;
  if (original instanceof EventStoreUnavailableError || isConnectionFailure(original)) {
    return { message: 'recours cannot reach its database right now; try again shortly', path: formatted.path, extensions: { code: 'UNAVAILABLE', retryable: true } };
  }
  if (code && CLIENT_CODES.has(code)) {
    const extensions = Object.fromEntries(SAFE_EXTENSIONS.filter((k) => formatted.extensions?.[k] !== undefined).map((k) => [k, formatted.extensions?.[k]]));
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
  }
  logger.error({ msg: 'unexpected error in a GraphQL operation', path: formatted.path, error: original instanceof Error ? { name: original.name, message: original.message, stack: original.stack } : String(original) });
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

import { Logger } from '@nestjs/common';
import { EventStoreUnavailableError, isConnectionFailure } from '@recours/event-store';
import type { Phrase } from '@recours/locale';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { UNAVAILABLE } from './errors';
import { currentReaderLocale, readerLocaleOf, translate } from './localize-errors';
import { withoutSchemaHints, type OperationProtections } from './operation-protections';

const logger = new Logger('GraphQL');

/** Codes whose message is written for the client; anything else is an internal fault. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'GONE',
  'CONFLICT',
  'DOMAIN_RULE',
  'UNAVAILABLE',
  'RATE_LIMITED',
  'TWO_FACTOR_REQUIRED',
  'PAYLOAD_TOO_LARGE',
  'HEADERS_TOO_LARGE',
  'REQUEST_TIMEOUT',
  'UNSUPPORTED_MEDIA_TYPE',
  'EXPECTATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);
const SAFE_EXTENSIONS = ['code', 'fields', 'rule', 'params', 'field', 'currentVersion', 'retryable', 'retryAfterSeconds', 'maxBytes'];

/** What the formatter says itself, in the reader's language (English for a client that names none). */
const INTERNAL: Phrase = { en: 'Internal server error', fr: 'Erreur interne du serveur' };

export type ErrorFormatter = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * What leaves the server, over HTTP and over the socket alike: the message and code of errors
 * meant for clients (without schema hints where the schema is not public), and for anything else
 * a generic message (the real one is logged). Never a stack trace, SQL or driver text.
 */
export function errorFormatter(protections: Pick<OperationProtections, 'hideSchemaDetails'>): ErrorFormatter {
  return (formatted, error) => {
    const answer = formatError(unheard(formatted, error), error);
    return protections.hideSchemaDetails ? { ...answer, message: withoutSchemaHints(answer.message) } : answer;
  };
}

/**
 * An error no plugin heard (Apollo refuses some requests before it runs any: CSRF, batches, a body
 * that is not an operation), put in the reader's language here, from the request being answered.
 */
function unheard(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (readerLocaleOf(error) || !(error instanceof GraphQLError)) return formatted;
  const locale = currentReaderLocale();
  if (!locale) return formatted;
  translate(error, locale);
  return { ...formatted, message: error.message, ...(error.extensions.fields !== undefined && { extensions: { ...formatted.extensions, fields: error.extensions.fields } }) };
}

function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  const code = formatted.extensions?.code as string | undefined;
  const locale = readerLocaleOf(error) ?? 'en';
  if (original instanceof EventStoreUnavailableError || isConnectionFailure(original)) {
    return { message: UNAVAILABLE[locale], path: formatted.path, extensions: { code: 'UNAVAILABLE', retryable: true } };
  }
  if (code && CLIENT_CODES.has(code)) {
    const extensions = Object.fromEntries(SAFE_EXTENSIONS.filter((k) => formatted.extensions?.[k] !== undefined).map((k) => [k, formatted.extensions?.[k]]));
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
  }
  logger.error({ msg: 'unexpected error in a GraphQL operation', path: formatted.path, error: original instanceof Error ? { name: original.name, message: original.message, stack: original.stack } : String(original) });
  return { message: INTERNAL[locale], path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

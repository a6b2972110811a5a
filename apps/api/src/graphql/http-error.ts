import type { NextFunction, Request, Response } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Locale } from '../i18n/locale';
import { requestLocale } from '../i18n/request-locale';
import { bodyLengthMismatch, notJson, payloadTooLarge, undecompressableBody, unsupportedCharset, unsupportedCompression } from './errors';
import { errorFormatter } from './format-error';
import { translate } from './localize-errors';

/** The HTTP status of each client code (anything else, an internal fault, is 500). */
const STATUS: Record<string, number> = { BAD_REQUEST: 400, PAYLOAD_TOO_LARGE: 413, HEADERS_TOO_LARGE: 431, REQUEST_TIMEOUT: 408, UNSUPPORTED_MEDIA_TYPE: 415, EXPECTATION_FAILED: 417, BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, TWO_FACTOR_REQUIRED: 401, FORBIDDEN: 403, NOT_FOUND: 404, GONE: 410, CONFLICT: 409, DOMAIN_RULE: 422, RATE_LIMITED: 429, UNAVAILABLE: 503 };

const format = errorFormatter({ hideSchemaDetails: false });

/**
 * An error answered by a server route (a CSV, a file) as the GraphQL API answers it: the same
 * errors (errors.ts), in the reader's language (requestLocale, translate), through the same
 * formatting (a fault that is not the client's is logged and answered as a generic 500, a
 * database outage as UNAVAILABLE), with the status its code means.
 * Body: `{ error: { code, message, …extensions } }`.
 */
export function answerHttpError(req: Request, res: Response, error: unknown): void {
  const { status, body } = httpErrorIn(requestLocale({ req }), error);
  res.status(status).set('Cache-Control', 'no-store');
  // A refusal that says when to try again (RATE_LIMITED, a busy UNAVAILABLE) says it to HTTP clients too.
  if (typeof body.error.retryAfterSeconds === 'number') res.set('Retry-After', String(body.error.retryAfterSeconds));
  res.json(body);
}

/**
 * answerHttpError's status and body for a reader of `locale`, for what answers without Express
 * (a request Node's parser refused, unread-requests.ts).
 */
export function httpErrorIn(locale: Locale, error: unknown): { status: number; body: { error: { code: string; message: string; [extension: string]: unknown } } } {
  const { formatted, code, status } = formattedIn(locale, error);
  const { code: _code, ...extensions } = formatted.extensions ?? {};
  return { status, body: { error: { code, message: formatted.message, ...extensions } } };
}

/**
 * A body the JSON parser refused (over BODY_LIMIT, not JSON, a charset or compression it does not
 * read, a compression that does not decompress, a length other than announced), answered in the
 * reader's language before anything else runs: to GraphQL as GraphQL answers (`errors`), to any
 * other route as answerHttpError does, where Nest answered body-parser's English in a shape of
 * its own. Express's error middleware, placed right after the parser.
 */
export function answerBodyError(error: unknown, req: Request, res: Response, next: NextFunction): void {
  const refusal = bodyRefusalOf(error, req);
  if (!refusal) return next(error);
  if (!req.path.startsWith('/graphql')) return answerHttpError(req, res, refusal);
  const { formatted, status } = formattedIn(requestLocale({ req }), refusal);
  res.status(status).set('Cache-Control', 'no-store').json({ errors: [formatted] });
}

function formattedIn(locale: Locale, error: unknown): { formatted: GraphQLFormattedError; code: string; status: number } {
  const graphqlError = error instanceof GraphQLError ? error : new GraphQLError(error instanceof Error ? error.message : String(error), { originalError: error instanceof Error ? error : undefined });
  translate(graphqlError, locale);
  const formatted: GraphQLFormattedError = format(graphqlError.toJSON(), graphqlError);
  const code = (formatted.extensions?.code as string | undefined) ?? 'INTERNAL_SERVER_ERROR';
  return { formatted, code, status: STATUS[code] ?? 500 };
}

/** What body-parser refused, by its error's type; null for anything else (not the client's doing, or not the parser's). */
function bodyRefusalOf(error: unknown, req: Request): GraphQLError | null {
  const { type, limit, status } = (error ?? {}) as { type?: string; limit?: number; status?: number };
  if (type === 'entity.too.large') return payloadTooLarge(limit ?? 0);
  if (type === 'entity.parse.failed') return notJson();
  if (type === 'charset.unsupported') return unsupportedCharset();
  if (type === 'encoding.unsupported') return unsupportedCompression();
  if (type === 'request.size.invalid') return bodyLengthMismatch();
  // zlib's error, given no type of its own by body-parser: only a compressed body gets one.
  const encoding = req.headers['content-encoding'];
  if (type === undefined && status === 400 && encoding && encoding !== 'identity') return undecompressableBody();
  return null;
}

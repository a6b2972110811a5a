import type { Request, Response } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { requestLocale } from '../i18n/request-locale';
import { errorFormatter } from './format-error';
import { translate } from './localize-errors';

/** The HTTP status of each client code (anything else, an internal fault, is 500). */
const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, TWO_FACTOR_REQUIRED: 401, FORBIDDEN: 403, NOT_FOUND: 404, GONE: 410, CONFLICT: 409, DOMAIN_RULE: 422, RATE_LIMITED: 429, UNAVAILABLE: 503 };

const format = errorFormatter({ hideSchemaDetails: false });

/**
 * An error answered by a server route (a CSV, a file) as the GraphQL API answers it: the same
 * errors (errors.ts), in the reader's language (requestLocale, translate), through the same
 * formatting (a fault that is not the client's is logged and answered as a generic 500, a
 * database outage as UNAVAILABLE), with the status its code means.
 * Body: `{ error: { code, message, …extensions } }`.
 */
export function answerHttpError(req: Request, res: Response, error: unknown): void {
  const graphqlError = error instanceof GraphQLError ? error : new GraphQLError(error instanceof Error ? error.message : String(error), { originalError: error instanceof Error ? error : undefined });
  translate(graphqlError, requestLocale({ req }));
  const formatted: GraphQLFormattedError = format(graphqlError.toJSON(), graphqlError);
  const { code, ...extensions } = (formatted.extensions ?? {}) as { code?: string } & Record<string, unknown>;
  const status = (code && STATUS[code]) || 500;
  res.status(status).set('Cache-Control', 'no-store').json({ error: { code: code ?? 'INTERNAL_SERVER_ERROR', message: formatted.message, ...extensions } });
}

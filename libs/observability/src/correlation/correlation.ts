import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';

/** The header a caller may send (and always gets back) to follow one request through the logs and the events. */
export const CORRELATION_HEADER = 'x-correlation-id';

/**
 * What the request being answered says of its reader's language: its URL (`?locale=`) and its
 * Accept-Language, copied when it arrives. A copy, not the request: whatever a request starts
 * that outlives it (a pooled database or SMTP connection opened in its turn, a timer, a LISTEN
 * client) keeps the scope it was created in for its whole life, and would keep the request with
 * it (its headers, its bearer token, its body, its socket), and hand it to another request's
 * callbacks that run from there.
 */
export interface RequestLanguage {
  readonly url?: string;
  readonly headers: { readonly 'accept-language'?: string };
}

/** What runs with a piece of work: its correlation id and, over HTTP, what the request says of its language. */
interface RequestScope {
  readonly correlationId: string;
  readonly request?: RequestLanguage;
}

const languageOf = (request: Pick<IncomingMessage, 'url' | 'headers'>): RequestLanguage => ({ url: request.url, headers: { 'accept-language': request.headers['accept-language'] } });

// One storage for everything a request carries: on Node 20 each AsyncLocalStorage adds to the
// propagation of every promise, so the request does not get a second one.
const storage = new AsyncLocalStorage<RequestScope>();
/** A caller's id is kept only when it is short and plain; anything else is replaced. */
const ACCEPTABLE = /^[A-Za-z0-9._:-]{8,100}$/;

/** The correlation id of the request being handled, if any. */
export function currentCorrelationId(): string | undefined {
  return storage.getStore()?.correlationId;
}

/**
 * What the HTTP request being answered says of its language, if any: for what has no other way to
 * the request (the errors Apollo answers before any plugin hears them are worded in the reader's
 * language from it).
 */
export function currentRequest(): RequestLanguage | undefined {
  return storage.getStore()?.request;
}

/**
 * Runs `work` with `correlationId` as the current one (workers use it for what they start), and
 * `request` as the request being answered when there is one.
 */
export function withCorrelationId<T>(correlationId: string, work: () => T, request?: Pick<IncomingMessage, 'url' | 'headers'>): T {
  return storage.run({ correlationId, request: request && languageOf(request) }, work);
}

/** The id a request carries: the caller's X-Correlation-Id when acceptable, else a new one. */
export function correlationIdOf(req: { headers: IncomingHttpHeaders }): string {
  const given = req.headers[CORRELATION_HEADER];
  return typeof given === 'string' && ACCEPTABLE.test(given) ? given : randomUUID();
}

/**
 * Express middleware: every request runs with its correlation id, which is echoed in the
 * response, written on each log line and on every event the request's commands append.
 */
export function correlateRequests(req: Request, res: Response, next: NextFunction): void {
  const correlationId = correlationIdOf(req);
  (req as Request & { id?: string }).id = correlationId; // pino-http logs it as the request's id
  res.setHeader(CORRELATION_HEADER, correlationId);
  storage.run({ correlationId, request: languageOf(req) }, next);
}

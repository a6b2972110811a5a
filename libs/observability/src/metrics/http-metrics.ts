import type { NextFunction, Request, Response } from 'express';
import type { ServerResponse } from 'node:http';
import { Counter } from 'prom-client';
import { requestDurations } from './buckets';
import { metricsRegistry } from './metrics-registry';

export const httpRequestDuration = requestDurations(
  'recours_http_request_duration_seconds',
  'HTTP requests answered, by method, route and status code: from the first byte read to the last byte written.',
  ['method', 'route', 'status_code'],
);

/**
 * Express middleware timing every request. The route label is the matched route's pattern
 * (`/graphql`, `/health/ready`), never the raw path: a scanner probing random URLs must not
 * create a series per URL. Unmatched paths (the web app's files, 404s) share one label each.
 */
export function measureHttpRequests(req: Request, res: Response, next: NextFunction): void {
  timeHttpRequest(req.method, res, (status) => routeOf(req, status));
  next();
}

/** Times one request until its response is written; `route` labels it once its status is known. */
export function timeHttpRequest(method: string, res: ServerResponse, route: (status: number) => string): void {
  const stop = httpRequestDuration.startTimer();
  res.once('finish', () => stop({ method: methodOf(method), route: route(res.statusCode), status_code: String(res.statusCode) }));
}

/** The label of a request no route pattern matched: a 404, or one of the web app's files. */
export const unmatchedRoute = (status: number): string => (status === 404 ? 'unmatched' : 'static');

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD']);
const methodOf = (method: string) => (METHODS.has(method) ? method : 'OTHER');

function routeOf(req: Request, status: number): string {
  const pattern = (req.route as { path?: unknown } | undefined)?.path;
  // Express 5 spells an optional tail `{/*splat}` (Apollo's /graphql route): the route is the part before it.
  if (typeof pattern === 'string') return `${req.baseUrl ?? ''}${pattern}`.replace(/\{\/\*\w+\}$/, '') || '/';
  return unmatchedRoute(status);
}

/**
 * Requests Node's HTTP parser refused before any middleware saw them (so before
 * recours_http_request_duration_seconds times anything): an address or headers past the limit,
 * bytes that are not HTTP, a request too slow to arrive. No duration: when the request began is
 * not known.
 */
export const httpUnreadRequests = new Counter({
  name: 'recours_http_unread_requests_total',
  help: "Requests refused by Node's HTTP parser before the application read them, by status code answered (none: the connection was only closed) and the parser's error code.",
  labelNames: ['status_code', 'code'],
  registers: [metricsRegistry],
});

// Node's and llhttp's codes (HPE_HEADER_OVERFLOW, ERR_HTTP_REQUEST_TIMEOUT, ECONNRESET…): a bounded set; anything else, OTHER.
const NODE_CODE = /^(HPE_[A-Z_]{1,40}|ERR_HTTP_[A-Z_]{1,40}|E[A-Z]{2,20})$/;

/** Counts one request refused by the parser; `status` null when nothing could be answered. */
export function countUnreadRequest(status: number | null, code: unknown): void {
  httpUnreadRequests.inc({ status_code: status === null ? 'none' : String(status), code: typeof code === 'string' && NODE_CODE.test(code) ? code : 'OTHER' });
}

import type { NextFunction, Request, Response } from 'express';
import type { ServerResponse } from 'node:http';
import { requestDurations } from './buckets';

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

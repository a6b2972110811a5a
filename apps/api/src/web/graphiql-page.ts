import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * GraphiQL for a browser opening /graphql outside production, from the web app's build (the
 * `graphiql` package bundled by Vite), never from a CDN: it loads offline and behind a strict
 * network. A GET that asks for JSON, or carries a query, is GraphQL and goes on to the server.
 */
export function graphiqlPage(webDist: string) {
  const page = join(webDist, 'graphiql.html');
  return (req: Request, res: Response, next: NextFunction): void => {
    const wantsPage = req.method === 'GET' && req.query.query === undefined && req.accepts(['application/graphql-response+json', 'application/json', 'text/html']) === 'text/html';
    if (!wantsPage || !existsSync(page)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(page);
  };
}

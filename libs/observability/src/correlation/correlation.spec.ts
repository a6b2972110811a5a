import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { NextFunction, Request, Response } from 'express';
import { correlateRequests, currentCorrelationId, currentRequest } from './correlation';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const request = () =>
  ({ url: '/graphql?locale=fr', headers: { 'accept-language': 'fr-FR', authorization: 'Bearer token-of-claire', 'x-correlation-id': 'request-claire-1' }, body: { query: 'x'.repeat(100_000) } }) as unknown as Request;
const response = () => ({ setHeader: () => undefined }) as unknown as Response;

describe('the request scope', () => {
  it('tells the work of a request its correlation id and what the request says of its language, nothing else of it', () => {
    let seen: unknown;
    correlateRequests(request(), response(), (() => {
      seen = { id: currentCorrelationId(), request: currentRequest() };
    }) as NextFunction);
    expect(seen).toEqual({ id: 'request-claire-1', request: { url: '/graphql?locale=fr', headers: { 'accept-language': 'fr-FR' } } });
  });

  it('does not keep a request alive in what it started and outlives it (a pooled connection, a timer): its token and body are not held, nor read by later callbacks', async () => {
    let timer: NodeJS.Timeout | undefined;
    const seenLater: unknown[] = [];
    let held: WeakRef<object>;
    (() => {
      const req = request();
      held = new WeakRef(req);
      // As a database pool opening its connection in the first request's turn: what it does later runs in that scope.
      correlateRequests(req, response(), (() => {
        timer = setInterval(() => seenLater.push(currentRequest()), 5);
      }) as NextFunction);
    })();
    await new Promise((resolve) => setTimeout(resolve, 30));
    gc();
    await new Promise((resolve) => setTimeout(resolve, 10));
    gc();
    clearInterval(timer);
    expect(held!.deref()).toBeUndefined();
    expect(JSON.stringify(seenLater)).not.toContain('token-of-claire');
  });
});

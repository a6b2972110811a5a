import { AsyncLocalStorage } from 'node:async_hooks';
import type { Server } from 'node:http';
import { Client } from 'pg';

/**
 * The SQL statements sent while handling the requests `server` receives during `work`, by their
 * first 120 characters, most sent first: a profile of a request's round trips to PostgreSQL
 * (every pool, TypeORM's too, goes through pg's Client.query). Transactions' BEGIN/COMMIT count
 * as statements: they are round trips. Only statements issued in a request's own asynchronous
 * context count: the in-process app's background pollers (projections, deadlines, erasure) do not.
 */
export async function countStatements(server: Server, work: () => Promise<void>): Promise<Array<[string, number]>> {
  const counts = new Map<string, number>();
  const inRequest = new AsyncLocalStorage<true>();
  // Runs first among the request's listeners: what Express then does, and all it awaits, is in the request's context.
  const enter = () => inRequest.enterWith(true);
  server.prependListener('request', enter);
  const original = Client.prototype.query;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  (Client.prototype as any).query = function (this: Client, config: unknown, ...rest: unknown[]) {
    if (inRequest.getStore()) {
      const text = typeof config === 'string' ? config : (config as { text?: string })?.text ?? '?';
      const key = text.replace(/\s+/g, ' ').trim().slice(0, 120);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return (original as any).call(this, config, ...rest);
  };
  try {
    await work();
  } finally {
    Client.prototype.query = original;
    server.removeListener('request', enter);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

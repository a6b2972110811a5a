import { AsyncLocalStorage } from 'node:async_hooks';
import type { Server } from 'node:http';
import { Client } from 'pg';

/** Statements by their first 120 characters, most sent first. */
export type StatementCounts = Array<[string, number]>;

/**
 * The SQL statements sent while handling the requests `server` receives during `work`, by their
 * first 120 characters, most sent first: a profile of a request's round trips to PostgreSQL
 * (every pool, TypeORM's too, goes through pg's Client.query). Transactions' BEGIN/COMMIT count
 * as statements: they are round trips, and so does a simple query holding several statements
 * (`BEGIN; SELECT …`), which goes in one. Only statements issued in a request's own asynchronous
 * context count as the request's (`request`). The others (`background`, keyed by the connection's
 * application_name and the text) are the in-process app's: the projections' batches that the
 * requests wake (the live tail's connection is `recours-projection-tail`), and its pollers.
 */
export async function countStatements(server: Server, work: () => Promise<void>): Promise<{ request: StatementCounts; background: StatementCounts }> {
  const request = new Map<string, number>();
  const background = new Map<string, number>();
  const inRequest = new AsyncLocalStorage<true>();
  // Runs first among the request's listeners: what Express then does, and all it awaits, is in the request's context.
  const enter = () => inRequest.enterWith(true);
  server.prependListener('request', enter);
  const original = Client.prototype.query;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  (Client.prototype as any).query = function (this: Client, config: unknown, ...rest: unknown[]) {
    const text = typeof config === 'string' ? config : (config as { text?: string })?.text ?? '?';
    const statement = text.replace(/\s+/g, ' ').trim().slice(0, 120);
    const application = (this as unknown as { connectionParameters?: { application_name?: string } }).connectionParameters?.application_name ?? '?';
    const [counts, key] = inRequest.getStore() ? [request, statement] : [background, `${application}: ${statement}`];
    counts.set(key, (counts.get(key) ?? 0) + 1);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return (original as any).call(this, config, ...rest);
  };
  try {
    await work();
  } finally {
    Client.prototype.query = original;
    server.removeListener('request', enter);
  }
  const sorted = (counts: Map<string, number>): StatementCounts => [...counts].sort((a, b) => b[1] - a[1]);
  return { request: sorted(request), background: sorted(background) };
}

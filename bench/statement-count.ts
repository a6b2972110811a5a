import { Client } from 'pg';

/**
 * The SQL statements sent while `work` runs, by their first 120 characters, most sent first: a
 * profile of a request's round trips to PostgreSQL (every pool, TypeORM's too, goes through
 * pg's Client.query). Transactions' BEGIN/COMMIT count as statements: they are round trips.
 */
export async function countStatements(work: () => Promise<void>): Promise<Array<[string, number]>> {
  const counts = new Map<string, number>();
  const original = Client.prototype.query;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  (Client.prototype as any).query = function (this: Client, config: unknown, ...rest: unknown[]) {
    const text = typeof config === 'string' ? config : (config as { text?: string })?.text ?? '?';
    const key = text.replace(/\s+/g, ' ').trim().slice(0, 120);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return (original as any).call(this, config, ...rest);
  };
  try {
    await work();
  } finally {
    Client.prototype.query = original;
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

import { startEmbeddedDatabase } from './embedded/embedded-database';

/**
 * Bounds for the application's connection pools (node-postgres options). A database that stops
 * answering (frozen, or unreachable without a refusal) would otherwise hold every request for
 * ever: with these, waiting for a connection and for a query's answer both end, the caller
 * answers UNAVAILABLE, and the client that timed out is not reused while its query hangs.
 * The longest statement the pools run must stay under query_timeout. Migrations, which may run
 * for minutes on a large database, and the wait for another process's, run on a connection of
 * their own without it (migrationPoolConfig).
 */
export const POOL_TIMEOUTS = { connectionTimeoutMillis: 5_000, query_timeout: 10_000 } as const;

export interface DatabaseConnection {
  url: string;
  /** True when recours started its own embedded PostgreSQL. */
  embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL when set; otherwise an embedded PostgreSQL with data under DATA_DIR (default ./.data). */
export async function connectDatabase(env: NodeJS.ProcessEnv, log: (message: string) => void): Promise<DatabaseConnection> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false, stop: async () => undefined };
  const embedded = await startEmbeddedDatabase(env.DATA_DIR ?? '.data', log);
  return { url: embedded.url, embedded: true, stop: embedded.stop };
}

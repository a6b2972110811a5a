import { startEmbeddedDatabase } from './embedded-database';

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

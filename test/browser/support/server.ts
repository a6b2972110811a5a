import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

const ROOT = join(__dirname, '..', '..', '..');
/** The PostgreSQL server the tests create their database on. */
const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const ADMIN = { email: 'platform@recours.test', password: 'Correct-Staple-2026' };

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}; see ${logFile}`);
    try {
      const answer = await fetch(`${url}/health`);
      if (answer.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server did not answer /health within 90 s; see ${logFile}`);
}

export interface RunningServer {
  url: string;
  /** Its database: what a test reads as the person's mailbox would (the e-mails waiting in the outbox). */
  databaseUrl: string;
  stop(): Promise<void>;
}

/**
 * The real recours process (compiled API + built web app) on a free port, over a fresh database
 * on the machine's PostgreSQL, in production mode (strict content security policy included).
 */
export async function startServer(overrides: NodeJS.ProcessEnv = {}): Promise<RunningServer> {
  const database = `recours_browser_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE "${database}"`));
  const databaseUrl = new URL(SERVER_URL);
  databaseUrl.pathname = `/${database}`;
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'recours-browser-'));
  const logDir = join(ROOT, 'test-results');
  mkdirSync(logDir, { recursive: true });
  const logFile = join(logDir, `browser-server${overrides.NODE_ENV ? `-${overrides.NODE_ENV}` : ''}.log`);
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [join(__dirname, 'start-server.cjs')], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: databaseUrl.toString(),
      DATA_DIR: dataDir,
      JWT_SECRET: randomBytes(32).toString('hex'),
      DATA_KEY: randomBytes(32).toString('hex'),
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      LOGIN_LIMIT_PER_ADDRESS: '10000',
      ...overrides,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    await admin((c) => c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(url, child, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, databaseUrl: databaseUrl.toString(), stop };
}

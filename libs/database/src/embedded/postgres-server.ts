import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PostgresBinaries } from './postgres-binaries';
import type { ServerAccount } from './server-account';

export interface PostgresServerOptions {
  binaries: PostgresBinaries;
  dataDir: string;
  port: number;
  user: string;
  password: string;
  /** The account the server runs as (root cannot run PostgreSQL); undefined: this process's user. */
  account: ServerAccount | undefined;
  flags: string[];
}

// Server messages in English whatever the machine's locale: start-up is detected by one of them.
const ENGLISH_MESSAGES = { LC_MESSAGES: 'C' };
const READY = 'database system is ready to accept connections';

/**
 * One PostgreSQL server process: `initdb` once, then `postgres` as a child of this process.
 * The cluster is UTF-8 with the C.UTF-8 locale where the machine has it (character classes
 * right for accented text, byte-order collation), plain C otherwise.
 */
export class PostgresServer {
  private process: ChildProcess | undefined;

  constructor(private readonly options: PostgresServerOptions) {}

  initialise(): void {
    const { dataDir, account, user, password, binaries } = this.options;
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (account) chownSync(dataDir, account.uid, account.gid);
    const secrets = mkdtempSync(join(tmpdir(), 'recours-initdb-'));
    const passwordFile = join(secrets, 'password');
    try {
      writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
      if (account) {
        chownSync(secrets, account.uid, account.gid);
        chownSync(passwordFile, account.uid, account.gid);
      }
      const args = [`--pgdata=${dataDir}`, '--auth=password', `--username=${user}`, `--pwfile=${passwordFile}`, '--encoding=UTF8', `--locale=${clusterLocale()}`, '--lc-messages=C'];
      const result = spawnSync(join(binaries.bin, 'initdb'), args, { ...account, encoding: 'utf8', env: { ...process.env, ...ENGLISH_MESSAGES } });
      if (result.error) throw result.error;
      if (result.status !== 0) throw new Error(`initdb failed (${result.status ?? result.signal}): ${result.stderr.trim()}`);
    } finally {
      rmSync(secrets, { recursive: true, force: true });
    }
  }

  /** Resolves once the server accepts connections; rejects with its last words if it exits first. */
  start(): Promise<void> {
    const { dataDir, port, account, flags, binaries } = this.options;
    const child = spawn(join(binaries.bin, 'postgres'), ['-D', dataDir, '-p', String(port), ...flags], { ...account, env: { ...process.env, ...ENGLISH_MESSAGES }, stdio: ['ignore', 'ignore', 'pipe'] });
    this.process = child;
    return new Promise((resolve, reject) => {
      let ready = false;
      let tail = '';
      // Keep reading stderr for the server's whole life: a full pipe would block it.
      child.stderr?.on('data', (chunk: Buffer) => {
        if (ready) return;
        tail = (tail + chunk.toString('utf8')).slice(-4000);
        if (tail.includes(READY)) {
          ready = true;
          resolve();
        }
      });
      child.once('error', reject);
      child.once('exit', (code, signal) => {
        this.process = undefined;
        if (!ready) reject(new Error(`postgres exited (${code ?? signal}) before accepting connections: ${tail.trim()}`));
      });
    });
  }

  /** Fast shutdown (SIGINT): open transactions roll back, committed data stays. */
  async stop(): Promise<void> {
    const child = this.process;
    if (!child) return;
    await new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGINT');
    });
  }
}

function clusterLocale(): string {
  const result = spawnSync('locale', ['-a'], { encoding: 'utf8' });
  const available = new Set((result.stdout ?? '').split('\n').map((line) => line.trim().toLowerCase()));
  return available.has('c.utf8') || available.has('c.utf-8') ? 'C.UTF-8' : 'C';
}

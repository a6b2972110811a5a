import { createServer, connect, type Server, type Socket } from 'node:net';
import { randomBytes } from 'node:crypto';
import { Client, type Pool } from 'pg';
import { DataSource } from 'typeorm';
import { endPool } from './end-pool';
import { openPool, POOL_ERROR_LISTENER } from './open-pool';

const SERVER = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * A TCP proxy to PostgreSQL that can hold what the server sends and pass it on in one write: two
 * messages the server sent apart (an answer, then the "terminating connection" error) reach the
 * client in one socket chunk, as they do by chance on a loaded machine.
 */
class HoldingProxy {
  private holding = false;
  private held: Buffer[] = [];
  private client?: Socket;
  private upstreamClosed?: Promise<void>;

  private constructor(private readonly server: Server) {}

  static async start(): Promise<HoldingProxy> {
    const target = new URL(SERVER);
    const proxy: HoldingProxy = new HoldingProxy(
      createServer((client) => {
        const upstream = connect({ host: target.hostname, port: Number(target.port || 5432) });
        proxy.client = client;
        proxy.upstreamClosed = new Promise((resolve) => upstream.on('close', () => resolve()));
        client.on('data', (chunk) => upstream.write(chunk));
        upstream.on('data', (chunk) => (proxy.holding ? proxy.held.push(chunk) : client.write(chunk)));
        upstream.on('close', () => proxy.holding || client.end());
        client.on('close', () => upstream.destroy());
        client.on('error', () => undefined);
        upstream.on('error', () => undefined);
      }),
    );
    await new Promise<void>((resolve) => proxy.server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  url(): string {
    const url = new URL(SERVER);
    url.hostname = '127.0.0.1';
    url.port = String((this.server.address() as { port: number }).port);
    return url.toString();
  }

  hold(): void {
    this.holding = true;
  }

  /** Whether what is held ends with the server's ReadyForQuery: the query held back was answered. */
  answered(): boolean {
    const held = Buffer.concat(this.held);
    return held.length >= 6 && held.subarray(-6, -1).equals(Buffer.from([0x5a, 0, 0, 0, 5]));
  }

  /** Once the server has closed its side: everything it sent, in one write, then the end. */
  async releaseAfterServerClosed(): Promise<void> {
    await this.upstreamClosed;
    this.holding = false;
    this.client!.end(Buffer.concat(this.held));
  }

  async close(): Promise<void> {
    this.client?.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** The two ways recours makes a pool: openPool, and TypeORM's pool given POOL_ERROR_LISTENER in `extra`. */
const makers: [string, (url: string, name: string) => Promise<{ pool: Pool; close: () => Promise<void> }>][] = [
  [
    'openPool',
    async (url, name) => {
      const pool = openPool({ connectionString: url, max: 1, application_name: name });
      return { pool, close: () => endPool(pool) };
    },
  ],
  [
    'a TypeORM data source with POOL_ERROR_LISTENER',
    async (url, name) => {
      const dataSource = await new DataSource({ type: 'postgres', url, applicationName: name, extra: { max: 1, ...POOL_ERROR_LISTENER } }).initialize();
      return { pool: (dataSource.driver as unknown as { master: Pool }).master, close: () => dataSource.destroy() };
    },
  ],
];

describe('pools whose clients listen for errors (POOL_ERROR_LISTENER)', () => {
  let admin: Client;

  beforeAll(async () => {
    admin = new Client({ connectionString: SERVER });
    await admin.connect();
  });
  afterAll(() => admin.end());

  it.each(makers)(
    '%s: a connection cut by an administrator, the cut read with the answer that lent its client to the next borrower: the borrower gets a connection error, the process goes on, the pool reconnects',
    async (_, make) => {
      const proxy = await HoldingProxy.start();
      const name = `open-pool-${randomBytes(4).toString('hex')}`;
      const { pool, close } = await make(proxy.url(), name);
      const uncaught: unknown[] = [];
      const onUncaught = (error: unknown) => uncaught.push(error);
      process.on('uncaughtException', onUncaught);
      try {
        const { rows } = await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
        proxy.hold();
        // One client: the first borrower's query, and a second borrower waiting for that client.
        const first = pool.query('SELECT 1 AS one');
        const next = pool.connect();
        await waitFor(async () => proxy.answered());
        await admin.query('SELECT pg_terminate_backend($1)', [rows[0].pid]);
        await proxy.releaseAfterServerClosed();

        expect((await first).rows).toEqual([{ one: 1 }]);
        const lent = await next;
        const failure = await lent.query('SELECT 1').then(
          () => undefined,
          (error: Error) => error,
        );
        lent.release(failure);
        expect(failure?.message).toMatch(/terminating connection due to administrator command|not queryable|Connection terminated/);
        expect(uncaught).toEqual([]);
        expect((await pool.query('SELECT 2 AS two')).rows).toEqual([{ two: 2 }]);
      } finally {
        process.off('uncaughtException', onUncaught);
        await close();
        await proxy.close();
      }
    },
  );
});

async function waitFor(condition: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

import { Client } from 'pg';
import { describeFailure, LeaseLostError } from './failures';
import { sleep } from './sleep';

/**
 * TCP keepalive on lease connections: an idle lease connection (a runner live on the shared tail
 * writes elsewhere) whose network silently dropped would otherwise never report `lost`, while
 * the server, once it drops the backend, frees the lease for another process.
 */
export const LEASE_KEEPALIVE = { keepAlive: true, keepAliveInitialDelayMillis: 10_000 } as const;

/**
 * The loop of a process that works only while it holds a lease (a session-level advisory lock):
 * one dedicated connection per attempt; `takeLease` waits for the lease (false: stopping);
 * `lead` works until it returns or `lost` (the connection failed) rejects; a failure pauses for
 * what `failed` answers, then a new connection tries again. Ending the connection releases the
 * lease. Returns once `stopping` fires.
 */
export async function leaseLoop(options: {
  connectionString: string;
  applicationName: string;
  /** A statement on the lease connection unanswered this long rejects, and the connection counts as lost (default: never). */
  queryTimeoutMs?: number;
  stopping: AbortSignal;
  takeLease(client: Client): Promise<boolean>;
  lead(client: Client, lost: Promise<never>): Promise<void>;
  /** Says what went wrong; answers how long to wait before trying again (ms). */
  failed(error: unknown): number;
  /** The lease is let go (the connection is about to end). */
  released(): void;
}): Promise<void> {
  const { stopping } = options;
  while (!stopping.aborted) {
    const client = new Client({ connectionString: options.connectionString, application_name: options.applicationName, ...LEASE_KEEPALIVE, ...(options.queryTimeoutMs ? { query_timeout: options.queryTimeoutMs } : {}) });
    const lost = new Promise<never>((_, reject) => client.on('error', reject));
    lost.catch(() => undefined);
    let pause = 0;
    try {
      await client.connect();
      if (await options.takeLease(client)) await options.lead(client, lost);
    } catch (error) {
      if (!stopping.aborted) pause = options.failed(error);
    } finally {
      options.released();
      await client.end().catch(() => undefined); // ending the connection releases the lease
    }
    if (pause) await sleep(pause, stopping);
  }
}

/**
 * Rejects with `LeaseLostError` once the lease connection fails to answer a `SELECT 1` within
 * `timeoutMs` (asked every `everyMs`, until `until` aborts). TCP keepalive tells a dead peer, not
 * a connection that something between keeps open while the server no longer serves it (a proxy,
 * a frozen server, a backend terminated whose goodbye never arrived): the server may have let the
 * lock go, and another process may lead. Only for an idle lease connection (a runner on the live
 * tail): behind a long batch a ping would wait its turn and time out for nothing.
 */
export function watchLease(client: Client, everyMs: number, timeoutMs: number, until: AbortSignal): Promise<never> {
  const watching = new Promise<never>((_, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const ping = async () => {
      let late: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          client.query('SELECT 1'),
          new Promise((_, fail) => (late = setTimeout(() => fail(new LeaseLostError(`the lease connection did not answer within ${timeoutMs} ms`)), timeoutMs))),
        ]);
      } catch (error) {
        if (!until.aborted) reject(error instanceof LeaseLostError ? error : new LeaseLostError(`the lease connection failed: ${describeFailure(error)}`));
        return;
      } finally {
        clearTimeout(late);
      }
      if (!until.aborted) timer = setTimeout(ping, everyMs);
    };
    if (until.aborted) return;
    timer = setTimeout(ping, everyMs);
    until.addEventListener('abort', () => clearTimeout(timer), { once: true });
  });
  watching.catch(() => undefined);
  return watching;
}

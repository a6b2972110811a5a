import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Logger, type INestApplication } from '@nestjs/common';
import { Draining } from '@recours/observability';

export interface ShutdownTimings {
  /** Still serving, but answering not-ready, so the load balancer stops sending (SHUTDOWN_DRAIN_DELAY_MS, default 0). */
  drainDelayMs: number;
  /** The longest wait for requests in flight once no new connection is taken (SHUTDOWN_GRACE_MS, default 25 s). */
  graceMs: number;
}

export function shutdownTimingsFrom(env: NodeJS.ProcessEnv): ShutdownTimings {
  const read = (name: string, fallback: number) => {
    const value = Number(env[name] ?? fallback);
    if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number of milliseconds, not "${env[name]}"`);
    return value;
  };
  return { drainDelayMs: read('SHUTDOWN_DRAIN_DELAY_MS', 0), graceMs: read('SHUTDOWN_GRACE_MS', 25_000) };
}

/**
 * The API's SIGTERM: readiness turns 503; after the drain delay no new connection is accepted
 * and idle keep-alive connections close; the requests in flight (commands among them) are
 * answered, each on a connection closed after it; then Nest closes the rest in order: the
 * WebSocket server, the projections (their leases handed back), the deadline process after its
 * round, the data sources, the store, the database, and the spans still buffered.
 */
export class GracefulShutdown {
  private inFlight = 0;
  private readonly idleWaiters = new Set<() => void>();
  private stopping: Promise<void> | undefined;
  private readonly logger = new Logger('Shutdown');

  constructor(
    private readonly app: INestApplication,
    private readonly timings: ShutdownTimings,
  ) {}

  /**
   * Express middleware (and, on the Node request and response, a Fastify `onRequest` hook):
   * counts requests until their response is done, and closes connections while draining.
   */
  readonly track = (_req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    if (this.stopping) res.setHeader('connection', 'close');
    this.inFlight++;
    res.once('close', () => {
      this.inFlight--;
      if (this.inFlight === 0) for (const wake of [...this.idleWaiters]) wake();
    });
    next();
  };

  /** Runs once, whatever signals follow. */
  run(signal: string): Promise<void> {
    this.stopping ??= this.sequence(signal);
    return this.stopping;
  }

  private async sequence(signal: string): Promise<void> {
    const started = Date.now();
    this.app.get(Draining).start();
    this.logger.log(`${signal}: not ready any more; stopping in ${this.timings.drainDelayMs} ms`);
    if (this.timings.drainDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.timings.drainDelayMs));
    const server = this.app.getHttpServer() as Server;
    const closed = new Promise((resolve) => server.close(resolve));
    server.closeIdleConnections();
    const inFlightAtClose = this.inFlight;
    const finished = await this.idle(this.timings.graceMs);
    this.logger.log(
      finished
        ? `no new connections; the ${inFlightAtClose} request(s) in flight were answered`
        : `no new connections; ${this.inFlight} request(s) still in flight after ${this.timings.graceMs} ms are cut`,
    );
    server.closeAllConnections(); // the WebSocket subscribers and whatever outlived the grace
    await this.app.close();
    await closed;
    this.logger.log(`stopped in ${Date.now() - started} ms`);
  }

  private idle(timeoutMs: number): Promise<boolean> {
    if (this.inFlight === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (answer: boolean) => {
        clearTimeout(timer);
        this.idleWaiters.delete(wake);
        resolve(answer);
      };
      const wake = () => done(true);
      const timer = setTimeout(() => done(false), timeoutMs);
      this.idleWaiters.add(wake);
    });
  }
}

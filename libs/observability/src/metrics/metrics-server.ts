import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { metricsRegistry } from './metrics-registry';

/** A health answer: the status code and a JSON body. */
export interface ProbeAnswer {
  status: number;
  body: unknown;
}

/** Health endpoints for processes without an HTTP server of their own (projector, notifier). */
export interface HealthProbes {
  live(): Promise<ProbeAnswer>;
  ready(): Promise<ProbeAnswer>;
}

export interface MetricsServerOptions {
  port: number;
  host: string;
  /** When set, a scrape must send `Authorization: Bearer <token>`. */
  token?: string;
  probes?: HealthProbes;
}

/**
 * `/metrics` in Prometheus text on a port of its own, away from the public API and its Ingress.
 * With METRICS_TOKEN set, scrapes without the token are answered 401. Health probes on this port
 * need no token: the kubelet does not send one.
 */
export class MetricsServer {
  private server: Server | undefined;

  constructor(private readonly options: MetricsServerOptions) {}

  async start(): Promise<number> {
    const server = createServer((req, res) => void this.answer(req, res));
    server.keepAliveTimeout = 65_000; // longer than Prometheus's scrape interval: one connection per scraper
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port, this.options.host, () => resolve());
    });
    this.server = server;
    return (server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }

  private async answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const path = (req.url ?? '/').split('?')[0];
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'GET only\n');
      if (path === '/metrics') {
        if (!this.authorized(req)) {
          res.setHeader('www-authenticate', 'Bearer realm="metrics"');
          return send(res, 401, 'text/plain', 'a bearer token is required\n');
        }
        return send(res, 200, metricsRegistry.contentType, await metricsRegistry.metrics());
      }
      const probe = path === '/health/live' ? this.options.probes?.live : path === '/health/ready' ? this.options.probes?.ready : undefined;
      if (probe) {
        const answer = await probe.call(this.options.probes);
        return send(res, answer.status, 'application/json; charset=utf-8', JSON.stringify(answer.body));
      }
      send(res, 404, 'text/plain', 'not found\n');
    } catch (error) {
      send(res, 500, 'text/plain', `${error instanceof Error ? error.message : 'failed'}\n`);
    }
  }

  private authorized(req: IncomingMessage): boolean {
    const expected = this.options.token;
    if (!expected) return true;
    const header = req.headers.authorization ?? '';
    // The scheme's name is case-insensitive (RFC 9110 §11.1), as the API reads it (TokenService.read).
    const given = /^Bearer /i.test(header) ? header.slice(7) : '';
    // Equal-length digests: the comparison takes the same time whatever was sent.
    return timingSafeEqual(digest(given), digest(expected));
  }
}

const digest = (text: string) => createHash('sha256').update(text).digest();

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

/** METRICS_PORT (unset: no metrics server), METRICS_HOST (default HOST, else 127.0.0.1), METRICS_TOKEN. */
export function metricsServerOptionsFrom(env: NodeJS.ProcessEnv): Omit<MetricsServerOptions, 'probes'> | undefined {
  const raw = env.METRICS_PORT?.trim();
  if (!raw) return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`METRICS_PORT must be a port number (0 to 65535), not "${raw}"`);
  if (env.METRICS_TOKEN && env.METRICS_TOKEN.length < 16) throw new Error('METRICS_TOKEN must be at least 16 characters long');
  return { port, host: env.METRICS_HOST ?? env.HOST ?? '127.0.0.1', token: env.METRICS_TOKEN || undefined };
}

import { connect, createServer, type Server, type Socket } from 'node:net';

interface Link {
  client: Socket;
  upstream: Socket;
  /** The startup message, which names the connection's application_name. */
  startup: string;
  frozen: boolean;
}

/**
 * A TCP proxy to PostgreSQL whose connections can be frozen: nothing passes any more, either way,
 * and the client's socket stays open even once the server ends its side. What a connection looks
 * like to a client when something between (a proxy, a NAT, a frozen server) keeps it open while
 * the server no longer serves it: TCP keepalive is answered, nothing else is.
 */
export class FreezableProxy {
  private constructor(
    private readonly server: Server,
    readonly port: number,
    private readonly links: Set<Link>,
  ) {}

  static async start(targetUrl: string): Promise<FreezableProxy> {
    const target = new URL(targetUrl);
    const links = new Set<Link>();
    const server = createServer((client) => {
      const upstream = connect({ host: target.hostname, port: Number(target.port || 5432) });
      const link: Link = { client, upstream, startup: '', frozen: false };
      links.add(link);
      client.on('data', (chunk) => {
        if (link.startup === '') link.startup = chunk.toString('latin1');
        if (!link.frozen) upstream.write(chunk);
      });
      upstream.on('data', (chunk) => {
        if (!link.frozen) client.write(chunk);
      });
      client.on('close', () => {
        links.delete(link);
        upstream.destroy();
      });
      // Frozen: the server's goodbye does not reach the client.
      upstream.on('close', () => link.frozen || client.destroy());
      client.on('error', () => undefined);
      upstream.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new FreezableProxy(server, (server.address() as { port: number }).port, links);
  }

  /** `url` with this proxy's address. */
  url(url: string): string {
    const proxied = new URL(url);
    proxied.hostname = '127.0.0.1';
    proxied.port = String(this.port);
    return proxied.toString();
  }

  /** Freezes the connections named `applicationName`; answers the server-side client ports of their backends (pg_stat_activity.client_port). */
  freeze(applicationName: string): number[] {
    const ports: number[] = [];
    for (const link of this.links) {
      if (link.frozen || !link.startup.includes(`application_name\0${applicationName}\0`)) continue;
      link.frozen = true;
      ports.push(link.upstream.localPort!);
    }
    return ports;
  }

  async close(): Promise<void> {
    for (const link of this.links) {
      link.client.destroy();
      link.upstream.destroy();
    }
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

import { connect, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A TCP round-robin load balancer on 127.0.0.1, as a stand-in for a cluster's Service: each
 * client connection goes to the next backend; a backend that refuses a connection is skipped
 * for a second and the connection tries the next one (nothing was sent yet, so nothing is
 * replayed). A backend that dies mid-request resets its connections: the client sees it, as it
 * would in a cluster, and retries.
 */
export class LoadBalancer {
  private server: Server | undefined;
  private next = 0;
  private readonly downUntil = new Map<number, number>();
  private readonly sockets = new Set<Socket>();
  /** Connections sent on to another backend because the chosen one refused. */
  failovers = 0;
  /** Connections per backend index. */
  readonly routed: number[];

  constructor(private readonly ports: number[]) {
    this.routed = ports.map(() => 0);
  }

  async start(): Promise<string> {
    this.server = createServer((client) => {
      client.pause(); // nothing is read until a backend has accepted: a failover loses no byte
      this.track(client);
      this.route(client, 0);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => (this.server ? this.server.close(resolve) : resolve(undefined)));
  }

  private route(client: Socket, attempt: number): void {
    if (client.destroyed) return;
    const index = this.pick();
    const upstream = connect(this.ports[index], '127.0.0.1');
    this.track(upstream);
    let connected = false;
    upstream.once('connect', () => {
      connected = true;
      this.routed[index]++;
      client.pipe(upstream).pipe(client);
      client.resume();
    });
    upstream.on('error', () => {
      if (connected || attempt + 1 >= this.ports.length) return client.destroy();
      this.downUntil.set(index, Date.now() + 1_000);
      this.failovers++;
      this.route(client, attempt + 1);
    });
    upstream.on('close', () => connected && client.destroy());
    client.on('close', () => upstream.destroy());
    client.on('error', () => upstream.destroy());
  }

  private pick(): number {
    for (let tries = 0; tries < this.ports.length; tries++) {
      const index = this.next++ % this.ports.length;
      if ((this.downUntil.get(index) ?? 0) <= Date.now()) return index;
    }
    return this.next++ % this.ports.length;
  }

  private track(socket: Socket): void {
    this.sockets.add(socket);
    socket.once('close', () => this.sockets.delete(socket));
  }
}

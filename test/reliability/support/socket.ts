import WebSocket from 'ws';

export interface SocketMessage {
  id?: string;
  type: string;
  payload?: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } & Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** What one subscription received, by its id. */
export interface Received {
  next: Array<NonNullable<SocketMessage['payload']>>;
  errors: Array<{ message: string; extensions?: Record<string, unknown> }>;
  completed: boolean;
}

/**
 * A graphql-ws connection spoken by hand (graphql-transport-ws), as an attacker would: what the
 * server sends is kept as it is, close codes included.
 */
export class RawSocket {
  readonly messages: SocketMessage[] = [];
  closed: { code: number; reason: string } | undefined;
  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => this.messages.push(JSON.parse(String(data)) as SocketMessage));
    ws.on('close', (code, reason) => (this.closed = { code, reason: String(reason) }));
    ws.on('error', () => undefined);
  }

  /** Opens the socket and sends connection_init; resolves once acknowledged or closed. */
  static async connect(url: string, params: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<RawSocket> {
    const ws = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws', { headers });
    const socket = new RawSocket(ws);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    socket.send({ type: 'connection_init', payload: params });
    await socket.until(() => socket.acknowledged || !!socket.closed);
    return socket;
  }

  get acknowledged(): boolean {
    return this.messages.some((m) => m.type === 'connection_ack');
  }

  send(message: object | string): void {
    this.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  subscribe(id: string, query: string, variables?: Record<string, unknown>, extensions?: Record<string, unknown>): void {
    this.send({ id, type: 'subscribe', payload: { query, variables, ...(extensions ? { extensions } : {}) } });
  }

  complete(id: string): void {
    this.send({ id, type: 'complete' });
  }

  received(id: string): Received {
    const mine = this.messages.filter((m) => m.id === id);
    return {
      next: mine.filter((m) => m.type === 'next').map((m) => m.payload!),
      errors: [...mine.filter((m) => m.type === 'error').flatMap((m) => m.payload ?? []), ...mine.filter((m) => m.type === 'next').flatMap((m) => m.payload?.errors ?? [])],
      completed: mine.some((m) => m.type === 'complete' || m.type === 'error'),
    };
  }

  /** The first error's code for that subscription, 'OK' if it received data, 'NOTHING' otherwise. */
  outcome(id: string): string {
    const r = this.received(id);
    if (r.errors.length > 0) return String(r.errors[0].extensions?.code ?? 'NO_CODE');
    return r.next.length > 0 ? 'OK' : 'NOTHING';
  }

  async until(predicate: () => boolean, timeoutMs = 10_000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > deadline) return false;
      await new Promise((r) => setTimeout(r, 10));
    }
    return true;
  }

  close(): void {
    this.ws.close();
  }
}

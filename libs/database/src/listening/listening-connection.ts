import { Client } from 'pg';

/** How the process's listening connection shows in pg_stat_activity. */
export const LISTENING_CONNECTION_NAME = 'recours-listening';
/** Pause before connecting again after the connection is lost. */
const RECONNECT_MS = 500;
/**
 * A connection lost without a word (NAT, failover: no RST) looks alive and delivers nothing;
 * a statement every HEARTBEAT_MS that does not answer within HEARTBEAT_TIMEOUT_MS counts as the loss.
 */
const HEARTBEAT_MS = 10_000;
const HEARTBEAT_TIMEOUT_MS = 5_000;

/** What one part of the process does with a channel's notifications. */
export interface ChannelListener {
  /** A NOTIFY on the channel, at its sender's commit ('' when it carried no payload). */
  message(payload: string): void;
  /**
   * The channel is listened to: every NOTIFY from now on is heard. Called once LISTEN holds, and
   * again after each reconnection; whatever was sent in between may have been missed.
   */
  listening?(): void;
  /** The connection was lost (or stopped answering): nothing is heard until `listening` again. */
  lost?(error: unknown): void;
}

/** One part's hold on a channel; the connection closes when the last hold is released. */
export interface ChannelSubscription {
  /** True while the connection is up and the channel listened to. */
  readonly listening: boolean;
  close(): Promise<void>;
}

export interface ListeningConnectionOptions {
  heartbeatMs?: number;
  heartbeatTimeoutMs?: number;
  reconnectMs?: number;
}

/**
 * The process's one LISTEN connection to a database: the event store's appends, token
 * revocations, stored notifications and projectors' announcements all arrive on it. Each used
 * to open a connection of its own, each with its own reconnection, and only one had a heartbeat.
 *
 * Opened at the first `listen`, closed when the last subscription is; a lost connection (an
 * error, its end, or a heartbeat unanswered) is opened again and every channel listened to
 * again, and each listener is told both.
 */
export class ListeningConnection {
  private readonly channels = new Map<string, Set<Registration>>();
  /** Channels LISTENed on the current client. */
  private readonly listened = new Set<string>();
  private client: Client | undefined;
  private connecting: Promise<Client | undefined> | undefined;
  /** Clients already counted as lost: their late events change nothing. */
  private readonly gone = new WeakSet<Client>();
  private heartbeat: NodeJS.Timeout | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly connectionString: string,
    private readonly options: ListeningConnectionOptions = {},
    private readonly released?: () => void,
  ) {}

  /** Whether the connection is up (it is opened at the first listen and reopened after a loss). */
  get up(): boolean {
    return this.client !== undefined;
  }

  /** Whether the connection is up and the channel listened to. */
  isListening(channel: string): boolean {
    return this.client !== undefined && this.listened.has(channel);
  }

  /**
   * Listens to the channel for this listener. Resolves once LISTEN holds, or once the first
   * attempt failed: it is tried again in the background, and `listening` tells when it holds.
   */
  async listen(channel: string, listener: ChannelListener): Promise<ChannelSubscription> {
    if (this.closed) throw new Error('the listening connection is closed');
    const registration: Registration = { listener, told: false };
    const registrations = this.channels.get(channel) ?? new Set<Registration>();
    registrations.add(registration);
    this.channels.set(channel, registrations);
    const isListening = () => this.isListening(channel);
    const subscription: ChannelSubscription = {
      get listening() {
        return isListening();
      },
      close: () => this.unlisten(channel, registration),
    };
    const client = await this.connect();
    if (!client || this.client !== client || !registrations.has(registration)) return subscription;
    try {
      if (!this.listened.has(channel)) {
        await client.query(`LISTEN ${quoteChannel(channel)}`);
        if (this.client === client) this.listened.add(channel);
      }
      if (this.client === client) tell(registration);
    } catch (error) {
      this.lose(client, error);
    }
    return subscription;
  }

  /** Ends the connection for good (the last subscription's close does it). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.released?.();
    clearInterval(this.heartbeat);
    clearTimeout(this.reconnectTimer);
    const client = this.client ?? (await this.connecting?.catch(() => undefined));
    this.client = undefined;
    this.listened.clear();
    if (client) this.gone.add(client);
    await client?.end().catch(() => undefined);
  }

  private async unlisten(channel: string, registration: Registration): Promise<void> {
    const registrations = this.channels.get(channel);
    if (!registrations?.delete(registration) || registrations.size > 0) return;
    this.channels.delete(channel);
    if (this.channels.size === 0) return this.close();
    const client = this.client;
    if (client && this.listened.delete(channel)) await client.query(`UNLISTEN ${quoteChannel(channel)}`).catch(() => undefined);
  }

  private connect(): Promise<Client | undefined> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= this.open().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async open(): Promise<Client | undefined> {
    if (this.closed) return undefined;
    const client = new Client({ connectionString: this.connectionString, keepAlive: true, application_name: LISTENING_CONNECTION_NAME });
    client.on('notification', (message) => this.deliver(message.channel, message.payload ?? ''));
    client.on('error', (error) => this.lose(client, error));
    client.on('end', () => this.lose(client, new Error('the listening connection ended')));
    try {
      await client.connect();
      const channels = [...this.channels.keys()];
      // Every channel in one round trip: LISTEN takes no parameters, so one simple query.
      if (channels.length > 0) await client.query(channels.map((channel) => `LISTEN ${quoteChannel(channel)}`).join('; '));
      if (this.closed || this.gone.has(client)) {
        this.gone.add(client);
        await client.end().catch(() => undefined);
        return undefined;
      }
      this.client = client;
      for (const channel of channels) this.listened.add(channel);
      this.heartbeat = setInterval(() => void this.beat(client), this.options.heartbeatMs ?? HEARTBEAT_MS).unref();
      for (const channel of channels) for (const registration of [...(this.channels.get(channel) ?? [])]) tell(registration);
      return client;
    } catch (error) {
      this.lose(client, error);
      return undefined;
    }
  }

  private deliver(channel: string, payload: string): void {
    for (const { listener } of [...(this.channels.get(channel) ?? [])]) {
      try {
        listener.message(payload);
      } catch {
        // One listener's fault must not keep the others deaf.
      }
    }
  }

  /** The client is gone (or never came): tell every listener, and connect again after a pause. */
  private lose(client: Client, error: unknown): void {
    if (this.gone.has(client)) return;
    this.gone.add(client);
    client.removeAllListeners();
    client.on('error', () => undefined);
    client.end().catch(() => undefined);
    if (this.client === client) {
      this.client = undefined;
      this.listened.clear();
      clearInterval(this.heartbeat);
    }
    if (this.closed) return;
    for (const registrations of [...this.channels.values()]) {
      for (const registration of [...registrations]) {
        registration.told = false;
        try {
          registration.listener.lost?.(error);
        } catch {
          // as in tell()
        }
      }
    }
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      if (!this.closed && this.channels.size > 0) void this.connect();
    }, this.options.reconnectMs ?? RECONNECT_MS).unref();
  }

  /** One heartbeat: no answer in time, and the connection counts as lost. */
  private async beat(client: Client): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const silent = new Promise<never>((_, reject) => {
      const ms = this.options.heartbeatTimeoutMs ?? HEARTBEAT_TIMEOUT_MS;
      timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms).unref();
    });
    try {
      await Promise.race([client.query('SELECT 1'), silent]);
    } catch (error) {
      this.lose(client, error);
    } finally {
      clearTimeout(timer);
    }
  }
}

interface Registration {
  readonly listener: ChannelListener;
  /** `listening` was called since the connection was last (re)opened. */
  told: boolean;
}

function tell(registration: Registration): void {
  if (registration.told) return;
  registration.told = true;
  try {
    registration.listener.listening?.();
  } catch {
    // A listener's fault is its own: the connection and the other listeners go on.
  }
}

/** A channel name as an identifier, whatever its characters. */
function quoteChannel(channel: string): string {
  return `"${channel.replaceAll('"', '""')}"`;
}

const shared = new Map<string, ListeningConnection>();

/**
 * The process's listening connection to this database, shared by every part that listens: one
 * connection per database and process, however many channels.
 */
export function listeningConnection(connectionString: string, options?: ListeningConnectionOptions): ListeningConnection {
  let connection = shared.get(connectionString);
  if (!connection) {
    const created: ListeningConnection = new ListeningConnection(connectionString, options, () => {
      if (shared.get(connectionString) === created) shared.delete(connectionString);
    });
    connection = created;
    shared.set(connectionString, connection);
  }
  return connection;
}

/** The process's listening connections open now (one per database), up or not: what the metrics report. */
export function listeningConnections(): ListeningConnection[] {
  return [...shared.values()];
}

/** Listens to a channel on the process's shared connection to this database. */
export function listenTo(connectionString: string, channel: string, listener: ChannelListener): Promise<ChannelSubscription> {
  return listeningConnection(connectionString).listen(channel, listener);
}

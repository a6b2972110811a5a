import { Client } from 'pg';
import { NOTIFICATION_ADDED_CHANNEL } from '../schema/notifications-schema';

type Listener = () => void;

/**
 * Tells this process's live subscribers when notifications are stored for their account,
 * whichever process stored them: the notifier's transaction notifies (pg_notify) at commit.
 * One listening connection per process, opened at the first subscriber and reopened if lost.
 */
export class NotificationFeed {
  private readonly listeners = new Map<string, Set<Listener>>();
  private client: Promise<Client> | undefined;
  private closed = false;

  constructor(private readonly connectionString: string) {}

  async listen(accountId: string, listener: Listener): Promise<() => void> {
    await this.connect();
    const set = this.listeners.get(accountId) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(accountId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(accountId);
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = await this.client?.catch(() => undefined);
    await client?.end().catch(() => undefined);
  }

  private connect(): Promise<Client> {
    this.client ??= (async () => {
      const client = new Client({ connectionString: this.connectionString, application_name: 'recours-api:notification-feed' });
      client.on('notification', (message) => {
        for (const listener of this.listeners.get(message.payload ?? '') ?? []) listener();
      });
      client.on('error', () => {
        this.client = undefined;
        client.end().catch(() => undefined);
        // Subscribers keep listening through the next connection; a notice lost meanwhile is caught up by the next one.
        if (!this.closed && this.listeners.size > 0) setTimeout(() => void this.connect().catch(() => undefined), 1_000).unref();
      });
      await client.connect();
      await client.query(`LISTEN ${NOTIFICATION_ADDED_CHANNEL}`);
      return client;
    })();
    this.client.catch(() => (this.client = undefined));
    return this.client;
  }
}

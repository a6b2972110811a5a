import { listenTo, type ChannelSubscription } from '@recours/database';
import { NOTIFICATION_ADDED_CHANNEL } from '../schema/notifications-schema';

type Listener = () => void;

/**
 * Tells this process's live subscribers when notifications are stored for their account,
 * whichever process stored them: the notifier's transaction notifies (pg_notify) at commit.
 * Heard on the process's listening connection, from the first subscriber on. When it listens
 * again after a loss, every subscriber is told, so that it reads what was stored meanwhile.
 */
export class NotificationFeed {
  private readonly listeners = new Map<string, Set<Listener>>();
  private subscription: Promise<ChannelSubscription> | undefined;
  private closed = false;

  constructor(private readonly connectionString: string) {}

  async listen(accountId: string, listener: Listener): Promise<() => void> {
    const set = this.listeners.get(accountId) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(accountId, set);
    this.subscription ??= listenTo(this.connectionString, NOTIFICATION_ADDED_CHANNEL, {
      message: (accountId) => this.tell(this.listeners.get(accountId)),
      listening: () => {
        for (const listeners of [...this.listeners.values()]) this.tell(listeners);
      },
    });
    await this.subscription;
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(accountId) === set) this.listeners.delete(accountId);
    };
  }

  /** How many live subscribers of this process listen for this account's notifications (for the tests of the feed). */
  listening(accountId: string): number {
    return this.listeners.get(accountId)?.size ?? 0;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const subscription = await this.subscription?.catch(() => undefined);
    await subscription?.close();
  }

  private tell(listeners: Set<Listener> | undefined): void {
    for (const listener of [...(listeners ?? [])]) listener();
  }
}

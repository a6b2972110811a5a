import { listenTo, type ChannelSubscription } from '@recours/database';
import { PROJECTIONS_APPLIED_CHANNEL, parseAnnouncement, type AppliedAnnouncement } from './applied-announcement';

/**
 * Hears what projectors of other processes announce at each batch's commit
 * (`PROJECTIONS_APPLIED_CHANNEL`), on the process's listening connection, from the first
 * `listen()` on. A process that runs every projection itself never listens.
 */
export class AppliedListener {
  private readonly listeners = new Set<(announcement: AppliedAnnouncement) => void>();
  private readonly lostListeners = new Set<() => void>();
  private subscription: Promise<ChannelSubscription | undefined> | undefined;
  private current: ChannelSubscription | undefined;
  private lastHeardAt = 0;
  private closed = false;

  constructor(private readonly connectionString: string) {}

  onApplied(listener: (announcement: AppliedAnnouncement) => void): void {
    this.listeners.add(listener);
  }

  /**
   * Told when the listening connection is lost. What was heard before may no longer hold: the
   * batches commit without waiting for the disk, so a crash of the database that cut the
   * connection may have taken back the commits announced last (libs/read-models/src/runner/transaction.ts).
   */
  onLost(listener: () => void): void {
    this.lostListeners.add(listener);
  }

  /** Starts listening, once; resolves when listening (or failed to: it tries again after a pause). */
  async listen(): Promise<void> {
    this.subscription ??= this.subscribe();
    await this.subscription;
  }

  /** Listening, and an announcement was heard in the last `ms`: announcements come, polling can slow down. */
  heardWithin(ms: number): boolean {
    return this.current?.listening === true && Date.now() - this.lastHeardAt <= ms;
  }

  async close(): Promise<void> {
    this.closed = true;
    const subscription = await this.subscription;
    await subscription?.close();
  }

  private async subscribe(): Promise<ChannelSubscription | undefined> {
    if (this.closed) return undefined;
    // Whatever was announced while not listening is found by the waiters' poll.
    const subscription = await listenTo(this.connectionString, PROJECTIONS_APPLIED_CHANNEL, {
      message: (payload) => {
        const announcement = parseAnnouncement(payload);
        if (!announcement) return;
        this.lastHeardAt = Date.now();
        for (const listener of this.listeners) listener(announcement);
      },
      lost: () => {
        for (const listener of this.lostListeners) listener();
      },
    });
    this.current = subscription;
    if (this.closed) await subscription.close();
    return subscription;
  }
}

import { listenTo, type ChannelSubscription } from '@recours/database';
import type { Pool } from 'pg';
import type { ChangeSignal } from '../catch-up-subscription';
import type { EventFilter } from '../event-store.port';

/** What an append of this process holds, so that a filtered reader it cannot concern sleeps on. */
export interface Appended {
  streamId: string;
  type: string;
}

interface Waker {
  (): void;
  filter?: EventFilter;
}

const NOTIFY_INTERVAL_MS = 5;
/** Past this many characters of event types, a NOTIFY carries the position alone (and wakes every reader). */
const NOTIFY_TYPES_MAX_CHARS = 2_000;

/**
 * Wakes subscribers when events are appended, in this process and in others.
 *
 * NOTIFY is sent after the append has committed, on its own, coalesced (at most one per
 * NOTIFY_INTERVAL_MS): a NOTIFY inside the append transaction would take PostgreSQL's
 * database-wide notification lock at every commit, which serializes all writers (measured:
 * about 20% of the 8-writer rate). Readers in other processes LISTEN; readers in this process
 * are woken directly.
 */
export class ChangeNotifier implements ChangeSignal {
  private latest: bigint | undefined;
  private wakers = new Set<Waker>();
  private pendingNotify: bigint | undefined;
  /** The event types appended since the last NOTIFY; undefined when one append did not say. */
  private pendingTypes: Set<string> | undefined = new Set();
  /** The positions this notifier NOTIFYed: their echo on its own LISTEN wakes nobody (already announced here). */
  private readonly ownNotifies = new Set<string>();
  private notifying = false;
  private subscription: Promise<ChannelSubscription | undefined> | undefined;
  private closed = false;

  constructor(
    private readonly pool: Pool,
    private readonly connectionString: string | undefined,
    private readonly channel: string,
  ) {}

  get announced(): bigint | undefined {
    return this.latest;
  }

  next(timeoutMs: number, abort?: AbortSignal, filter?: EventFilter): Promise<void> {
    return new Promise((resolve) => {
      if (abort?.aborted || this.closed) return resolve();
      const wake: Waker = () => {
        clearTimeout(timer);
        this.wakers.delete(wake);
        abort?.removeEventListener('abort', wake);
        resolve();
      };
      const timer = setTimeout(wake, timeoutMs);
      if (filter && (filter.streamPrefix !== undefined || filter.eventTypes !== undefined)) wake.filter = filter;
      this.wakers.add(wake);
      abort?.addEventListener('abort', wake);
    });
  }

  /** Called by the appender once its transaction committed, with what it appended. */
  appended(position: bigint, events?: readonly Appended[]): void {
    this.announce(position, events);
    this.pendingNotify = this.pendingNotify === undefined || position > this.pendingNotify ? position : this.pendingNotify;
    if (!events) this.pendingTypes = undefined;
    else for (const { type } of events) this.pendingTypes?.add(type);
    void this.flushNotify();
  }

  /** Starts listening for appends made by other processes, on the process's listening connection. */
  async listen(): Promise<void> {
    this.subscription ??= this.subscribe();
    await this.subscription;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wakeAll();
    const subscription = await this.subscription;
    await subscription?.close();
  }

  /**
   * `appended`: what was appended, when known: this process's appends, or the types another
   * process's NOTIFY carried (their streams unknown, so only the types can leave a reader asleep);
   * else every reader is woken.
   */
  private announce(position: bigint, appended?: readonly Appended[] | readonly string[]): void {
    if (this.latest === undefined || position > this.latest) this.latest = position;
    for (const wake of [...this.wakers]) if (!appended || !wake.filter || appended.some((what) => (typeof what === 'string' ? readsType(wake.filter!, what) : matches(wake.filter!, what)))) wake();
  }

  private async flushNotify(): Promise<void> {
    if (this.notifying || this.closed) return;
    this.notifying = true;
    try {
      while (this.pendingNotify !== undefined && !this.closed) {
        const position = this.pendingNotify;
        const types = this.pendingTypes === undefined ? '' : [...this.pendingTypes].join(' ');
        this.pendingNotify = undefined;
        this.pendingTypes = new Set();
        // With the types appended, other processes' filtered readers that read none of them sleep on.
        const payload = types && types.length <= NOTIFY_TYPES_MAX_CHARS ? `${position} ${types}` : position.toString();
        // Echoes lost (the listener was away) would stay: past a bound, forget them, and their echoes wake readers again.
        if (this.ownNotifies.size >= 1_000) this.ownNotifies.clear();
        this.ownNotifies.add(payload);
        await this.pool.query('SELECT pg_notify($1, $2)', [this.channel, payload]).catch(() => this.ownNotifies.delete(payload));
        // Each NOTIFY commit takes the notification queue's lock: send at most one per
        // interval and let it carry the highest position appended meanwhile.
        await new Promise((r) => setTimeout(r, NOTIFY_INTERVAL_MS));
      }
    } finally {
      this.notifying = false;
    }
  }

  private async subscribe(): Promise<ChannelSubscription | undefined> {
    // Without a connection string (a notifier for this process alone), readers are woken here only.
    if (this.closed || !this.connectionString) return undefined;
    const subscription = await listenTo(this.connectionString, this.channel, {
      message: (payload) => {
        // This notifier's own NOTIFY: its appends were announced here when they committed.
        if (!payload || this.ownNotifies.delete(payload)) return;
        const [position, ...types] = payload.split(' ');
        if (!/^\d+$/.test(position)) return;
        this.announce(BigInt(position), types.length > 0 ? types : undefined);
      },
      // Listening (again): wake everyone so they re-read what they might have missed meanwhile.
      listening: () => this.wakeAll(),
      lost: () => this.wakeAll(),
    });
    if (this.closed) await subscription.close();
    return subscription;
  }

  private wakeAll(): void {
    for (const wake of [...this.wakers]) wake();
  }
}

/** Whether a reader with this filter may read an event of this type, whatever its stream. */
function readsType(filter: EventFilter, type: string): boolean {
  return filter.eventTypes === undefined || filter.eventTypes.includes(type);
}

/** Whether a reader with this filter would read the event (as the store's filtered reads do). */
function matches(filter: EventFilter, event: Appended): boolean {
  return (filter.streamPrefix === undefined || event.streamId.startsWith(filter.streamPrefix)) && (filter.eventTypes === undefined || filter.eventTypes.includes(event.type));
}

import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { DISPUTE_STREAM_PREFIX } from '@recours/disputes';
import { EVENT_STORE, type EventStore, type RecordedEvent, type Subscription } from '@recours/event-store';

/** The events of one dispute appended together, in order. */
type Listener = (events: RecordedEvent[]) => void;

/**
 * One event-store subscription for the whole process, fanned out to the live subscribers of
 * each dispute. Fed by the event store, not by an in-process bus, so a write made by another
 * process (another API replica, the deadline process) reaches the subscribers too.
 */
@Injectable()
export class DisputeUpdatesHub implements OnApplicationShutdown {
  private readonly logger = new Logger('DisputeUpdates');
  private readonly listeners = new Map<string, Set<Listener>>();
  private subscription: Subscription | undefined;
  private starting: Promise<void> | undefined;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** Calls `listener` with the events of the dispute appended from now on, once per batch; returns the unsubscribe. */
  async listen(disputeId: string, listener: Listener): Promise<() => void> {
    await this.start();
    const set = this.listeners.get(disputeId) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(disputeId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(disputeId);
    };
  }

  /** Whether anybody in this process still listens to the dispute. */
  watching(disputeId: string): boolean {
    return this.listeners.has(disputeId);
  }

  /** How many live subscribers of this process listen to the dispute (for the health of a fan-out, and its tests). */
  watchers(disputeId: string): number {
    return this.listeners.get(disputeId)?.size ?? 0;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscription?.stop();
  }

  private start(): Promise<void> {
    this.starting ??= (async () => {
      const head = await this.store.headPosition();
      this.subscription = this.store.subscribe({ after: head, filter: { streamPrefix: DISPUTE_STREAM_PREFIX } }, async (events) => {
        // One notice per dispute per batch: an append of several events is one change to show.
        const byDispute = new Map<string, RecordedEvent[]>();
        for (const event of events) {
          const disputeId = event.streamId.slice(DISPUTE_STREAM_PREFIX.length);
          byDispute.set(disputeId, [...(byDispute.get(disputeId) ?? []), event]);
        }
        for (const [disputeId, appended] of byDispute) for (const listener of this.listeners.get(disputeId) ?? []) listener(appended);
      });
      this.subscription.done.catch((error: unknown) => {
        this.logger.error({ msg: 'live dispute updates stopped', error: String(error) });
        this.starting = undefined; // the next subscriber starts a new one
      });
    })();
    return this.starting;
  }
}

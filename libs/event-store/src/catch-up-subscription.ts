import { EventStoreUnavailableError } from './errors';
import type { EventFilter, ReadAllResult, SubscribeOptions, SubscriptionHandler } from './event-store.port';
import { PositionedSubscription } from './positioned-subscription';

/** Tells a reader that new events may be there, so it does not have to poll. */
export interface ChangeSignal {
  /** The highest position announced so far (undefined before the first announcement). */
  readonly announced: bigint | undefined;
  /**
   * Resolves on the next announcement, after timeoutMs, or when `abort` fires. With `filter`, an
   * announcement known to hold no event it matches (this process's own append) may be skipped.
   */
  next(timeoutMs: number, abort?: AbortSignal, filter?: EventFilter): Promise<void>;
}

type ReadPage = (after: bigint | undefined, maxCount: number, filter: EventFilter | undefined) => Promise<ReadAllResult>;

/** Safety net when a notification is lost (e.g. while the listening connection reconnects). */
const IDLE_POLL_MS = 2_000;
const UNAVAILABLE_RETRY_MS = 500;
/** Backoff while an announced event is not yet readable (an older transaction still open). */
const HORIZON_RETRY_MS = [2, 5, 10, 20, 50, 100];

/**
 * Reads pages after the last handled position, hands each to the handler, then waits for
 * the change signal: a catch-up that turns live without a gap, because live is just the
 * same read, woken up.
 */
export class CatchUpSubscription extends PositionedSubscription {
  private readonly stopping = new AbortController();
  readonly done: Promise<void>;

  constructor(
    private readonly readPage: ReadPage,
    private readonly signal: ChangeSignal,
    private readonly options: SubscribeOptions,
    private readonly handler: SubscriptionHandler,
  ) {
    super();
    this.done = this.started(this.run());
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.stopping.abort();
    this.waiters.releaseAll();
    await this.done.catch(() => undefined);
  }

  private async run(): Promise<void> {
    const { checkpoint, filter } = this.options;
    const batchSize = this.options.batchSize ?? 500;
    await this.start(this.options);
    let retry = 0;
    while (!this.stopped) {
      let page: ReadAllResult;
      try {
        page = await this.readPage(this.current, batchSize, filter);
      } catch (error) {
        // The store blinked: wait and read again from the same position; nothing is lost.
        if (!(error instanceof EventStoreUnavailableError)) throw error;
        await this.signal.next(UNAVAILABLE_RETRY_MS, this.stopping.signal);
        continue;
      }
      if (this.stopped) return;
      if (page.events.length > 0) {
        await this.handler(page.events);
        const last = page.events[page.events.length - 1].globalPosition;
        if (checkpoint) await checkpoint.store.store(checkpoint.subscriptionId, last);
      }
      this.advance(max(this.current, page.position));
      if (page.events.length === batchSize) continue; // more is waiting: no sleep
      const announced = this.signal.announced;
      if (announced !== undefined && (this.current === undefined || announced > this.current) && page.events.length === 0) {
        // Announced but not yet readable: an older transaction is still open.
        await this.signal.next(HORIZON_RETRY_MS[Math.min(retry++, HORIZON_RETRY_MS.length - 1)], this.stopping.signal);
      } else {
        retry = 0;
        // Caught up: only an append it may read wakes it (a filtered reader sleeps through this
        // process's appends of other types, which it would read only to find nothing).
        if (page.events.length === 0) await this.signal.next(IDLE_POLL_MS, this.stopping.signal, filter);
      }
    }
  }

  private advance(position: bigint | undefined): void {
    if (position !== undefined) this.reached(position);
  }
}

function max(a: bigint | undefined, b: bigint | undefined): bigint | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

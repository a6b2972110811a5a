import type { SubscribeOptions, Subscription } from './event-store.port';
import { PositionWaiters } from './position-waiters';

/**
 * What both adapters' subscriptions keep the same way: where they start (after the later of
 * `after` and the stored checkpoint), the position handled so far, and the callers waiting for
 * it to pass one, released when the subscription stops or fails.
 */
export abstract class PositionedSubscription implements Subscription {
  abstract readonly done: Promise<void>;
  protected current: bigint | undefined;
  protected stopped = false;
  protected readonly waiters = new PositionWaiters();

  get position(): bigint | undefined {
    return this.current;
  }

  waitFor(position: bigint, timeoutMs: number): Promise<boolean> {
    return this.waiters.wait(this.current, position, timeoutMs, this.stopped);
  }

  abstract stop(): Promise<void>;

  /** The subscription's loop, started: when it fails, nobody waits for a position any longer. */
  protected started(run: Promise<void>): Promise<void> {
    run.catch(() => this.waiters.releaseAll());
    return run;
  }

  /** Loads the checkpoint and starts from the later of it and `after`. */
  protected async start({ after, checkpoint }: SubscribeOptions): Promise<bigint | undefined> {
    const stored = checkpoint ? await checkpoint.store.load(checkpoint.subscriptionId) : undefined;
    this.current = after === undefined || (stored !== undefined && stored > after) ? stored : after;
    return this.current;
  }

  protected reached(position: bigint): void {
    this.current = position;
    this.waiters.reached(position);
  }
}

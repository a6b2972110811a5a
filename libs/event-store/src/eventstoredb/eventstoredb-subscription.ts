import { eventTypeFilter, excludeSystemEvents, START, streamNameFilter, type AllStreamResolvedEvent, type EventStoreDBClient, type Filter, type Position } from '@eventstore/db-client';
import type { EventFilter, RecordedEvent, SubscribeOptions, SubscriptionHandler } from '../event-store.port';
import { PositionedSubscription } from '../positioned-subscription';

/** What the subscription needs of the client: `subscribeToAll` alone (a unit spec hands it a fake stream). */
export type SubscribingClient = Pick<EventStoreDBClient, 'subscribeToAll'>;

/** How the adapter turns the client's events and positions into the port's. */
export interface EsdbConversions {
  toRecordedEvent(event: NonNullable<AllStreamResolvedEvent['event']>): RecordedEvent;
  toGlobalPosition(position: Position): bigint;
  fromGlobalPosition(position: bigint): Position;
  /** The port's error for the client's (an unavailable cluster). */
  mapError(error: unknown): never;
}

/**
 * A live `$all` subscription filtered on the server (event types, else stream prefix: the other
 * criterion and system events are checked again here), handed to the handler in batches of up
 * to `batchSize`: the events the client already holds, without waiting for more. The checkpoint
 * is stored once per batch, at its last event. The server's `checkpointReached` (it scanned this
 * far and found nothing more for the filter) moves the position and the checkpoint too, so a
 * filtered subscriber does not rescan what it skipped; it is taken only once every event
 * received before it has been handled.
 */
export class EventStoreDbSubscription extends PositionedSubscription {
  private subscription: ReturnType<EventStoreDBClient['subscribeToAll']> | undefined;
  /** True while the loop waits for the client with nothing received and not handled. */
  private idle = false;
  private idleWaiters: Array<() => void> = [];
  readonly done: Promise<void>;

  constructor(
    private readonly client: SubscribingClient,
    private readonly options: SubscribeOptions,
    private readonly handler: SubscriptionHandler,
    private readonly convert: EsdbConversions,
  ) {
    super();
    this.done = this.started(this.run());
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.subscription?.unsubscribe().catch(() => undefined);
    this.waiters.releaseAll();
    this.becomeIdle(); // a checkpoint waiting for the loop must not hold stop() up
    await this.done.catch(() => undefined);
  }

  private async run(): Promise<void> {
    const { filter } = this.options;
    const batchSize = this.options.batchSize ?? 500;
    const after = await this.start(this.options);
    if (this.stopped) return;
    this.subscription = this.client.subscribeToAll({
      fromPosition: after === undefined ? START : this.convert.fromGlobalPosition(after),
      filter: serverFilter(filter, (_, position) => this.checkpointReached(this.convert.toGlobalPosition(position))),
    });
    try {
      for await (const received of this.batches(this.subscription, batchSize)) {
        if (this.stopped) break;
        const batch = after === undefined ? received : received.filter((e) => this.convert.toGlobalPosition(e.position) > after);
        if (batch.length === 0) continue;
        const events = batch.filter((e) => matches(e, filter)).map((e) => this.convert.toRecordedEvent(e));
        if (events.length > 0) await this.handler(events);
        // Events filtered out here count as passed too: the handler wants none of them.
        await this.passed(this.convert.toGlobalPosition(batch[batch.length - 1].position));
      }
    } catch (error) {
      if (this.stopped) return;
      await this.subscription.unsubscribe().catch(() => undefined); // the handler failed: stop reading
      this.convert.mapError(error);
    }
  }

  /**
   * The client's events in batches: the first waited for, then as many as arrive before the
   * event loop turns (already buffered), up to `max`. While it waits for a first event with
   * everything before handled, the subscription is idle: a checkpoint may be taken.
   */
  private async *batches(source: AsyncIterable<AllStreamResolvedEvent>, max: number): AsyncGenerator<NonNullable<AllStreamResolvedEvent['event']>[]> {
    const iterator = source[Symbol.asyncIterator]();
    const read = () => {
      const result = iterator.next();
      result.catch(() => undefined); // a read still pending when the handler fails ends with the stream, unheeded
      return result;
    };
    let next = read();
    for (;;) {
      let first = await Promise.race([next, turn()]);
      if (first === TURNED) {
        this.becomeIdle();
        first = await next;
        this.idle = false;
      }
      if (first.done) return;
      const batch = first.value.event ? [first.value.event] : [];
      next = read();
      while (batch.length < max) {
        const more = await Promise.race([next, turn()]);
        if (more === TURNED) break;
        if (more.done) {
          if (batch.length > 0) yield batch;
          return;
        }
        if (more.value.event) batch.push(more.value.event);
        next = read();
      }
      if (batch.length > 0) yield batch;
    }
  }

  /** The server scanned up to `position` for the filter: once every event received before is handled, it is passed. */
  private async checkpointReached(position: bigint): Promise<void> {
    // The client awaits this callback before it delivers anything received after the checkpoint,
    // so waiting for the loop to be idle cannot let a later event in first.
    if (!this.idle) await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    if (this.stopped) return;
    if (this.current !== undefined && position <= this.current) return;
    await this.passed(position);
  }

  private async passed(position: bigint): Promise<void> {
    const { checkpoint } = this.options;
    if (checkpoint) await checkpoint.store.store(checkpoint.subscriptionId, position);
    this.reached(position);
  }

  private becomeIdle(): void {
    this.idle = true;
    const waiting = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiting) resolve();
  }
}

const TURNED = Symbol('turned');
/** Resolves after the events the client already holds have been delivered (they come in microtasks). */
const turn = (): Promise<typeof TURNED> => new Promise((resolve) => setImmediate(() => resolve(TURNED)));

type CheckpointReached = (subscription: unknown, position: Position) => Promise<void>;

/** The server filters on one criterion, the event types when there are some (the narrower for a projection); `matches` checks both. */
export function serverFilter(filter: EventFilter | undefined, checkpointReached: CheckpointReached): Filter {
  if (filter?.eventTypes) return eventTypeFilter({ regex: `^(${filter.eventTypes.map(escapeRegex).join('|')})$`, checkpointReached });
  if (filter?.streamPrefix) return streamNameFilter({ prefixes: [filter.streamPrefix], checkpointReached });
  return excludeSystemEvents({ checkpointReached });
}

export function matches(event: { streamId: string; type: string }, filter: EventFilter | undefined): boolean {
  if (event.type.startsWith('$') || event.streamId.startsWith('$')) return false;
  if (filter?.streamPrefix && !event.streamId.startsWith(filter.streamPrefix)) return false;
  if (filter?.eventTypes && !filter.eventTypes.includes(event.type)) return false;
  return true;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

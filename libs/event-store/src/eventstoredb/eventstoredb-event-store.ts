import { randomUUID } from 'node:crypto';
import {
  BACKWARDS,
  DeadlineExceededError,
  EventStoreDBClient,
  FORWARDS,
  NotLeaderError,
  START,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError as EsdbWrongExpectedVersionError,
  binaryEvent,
  eventTypeFilter,
  excludeSystemEvents,
  jsonEvent,
  streamNameFilter,
  type AllStreamRecordedEvent,
  type AppendExpectedRevision,
  type Filter,
  type Position,
} from '@eventstore/db-client';
import { EventStoreUnavailableError, WrongExpectedVersionError } from '../errors';
import type {
  AppendOptions,
  AppendResult,
  EventFilter,
  EventStore,
  NewEvent,
  ReadAllOptions,
  ReadAllResult,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
  SubscriptionHandler,
} from '../event-store.port';
import { validateAppend, validateReadAll, validateReadStream } from '../input-validation';
import { PositionWaiters } from '../position-waiters';

const MASK_64 = (1n << 64n) - 1n;

/**
 * An $all position is a (commit, prepare) pair ordered by commit, then prepare. Folding it
 * into one bigint keeps that order and lets callers treat every adapter's positions alike.
 */
export const toGlobalPosition = (position: Position): bigint => (position.commit << 64n) | position.prepare;
export const fromGlobalPosition = (position: bigint): Position => ({ commit: position >> 64n, prepare: position & MASK_64 });

/**
 * The scale-out adapter, on an EventStoreDB (KurrentDB) cluster. Selected with
 * EVENT_STORE=eventstoredb and EVENTSTORE_URL=esdb://…
 *
 * Reads are consumed with `for await`, so the client never emits an unhandled error and a
 * subscription handler never overlaps the next one.
 */
export class EventStoreDbEventStore implements EventStore {
  private constructor(private readonly client: EventStoreDBClient) {}

  static async start(connectionString: string): Promise<EventStoreDbEventStore> {
    const store = new EventStoreDbEventStore(EventStoreDBClient.connectionString`${connectionString}`);
    await store.headPosition(); // fail fast when the cluster cannot be reached
    return store;
  }

  async appendToStream(streamId: string, events: readonly NewEvent[], options?: AppendOptions): Promise<AppendResult> {
    const append = validateAppend(streamId, events, options);
    try {
      if (append.commandId !== undefined) {
        // EventStoreDB has no per-command index: look for the command on the stream first.
        const previous = (await this.readStream(append.streamId)).filter((e) => e.metadata.commandId === append.commandId);
        if (previous.length > 0) {
          const last = previous[previous.length - 1];
          return { streamId: append.streamId, nextExpectedVersion: last.streamVersion, lastPosition: last.globalPosition, events: previous, duplicate: true };
        }
      }
      const data = append.events.map((event) => {
        const id = event.id ?? randomUUID();
        const isDocument = typeof event.data === 'object' && event.data !== null;
        return isDocument
          ? jsonEvent({ id, type: event.type, data: event.data as Record<string, unknown>, metadata: event.metadata })
          : binaryEvent({ id, type: event.type, data: Buffer.from(JSON.stringify(event.data)), metadata: event.metadata });
      });
      const expectedRevision: AppendExpectedRevision =
        typeof append.expectedVersion === 'number' ? BigInt(append.expectedVersion) : append.expectedVersion;
      const result = await this.client.appendToStream(append.streamId, data, { expectedRevision });
      const next = Number(result.nextExpectedRevision);
      const recorded = await this.readStream(append.streamId, { fromVersion: next - data.length + 1, maxCount: data.length });
      return { streamId: append.streamId, nextExpectedVersion: next, lastPosition: recorded[recorded.length - 1].globalPosition, events: recorded, duplicate: false };
    } catch (error) {
      if (error instanceof EsdbWrongExpectedVersionError) {
        const actual = error.actualVersion;
        throw new WrongExpectedVersionError(append.streamId, append.expectedVersion, typeof actual === 'bigint' ? Number(actual) : 'no_stream');
      }
      return mapEsdbError(error);
    }
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    const { streamId: id, fromVersion, maxCount } = validateReadStream(streamId, options);
    const events: RecordedEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(id, { fromRevision: BigInt(fromVersion), direction: FORWARDS, maxCount })) {
        if (resolved.event) events.push(toRecordedEvent(resolved.event as AllStreamRecordedEvent));
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      return mapEsdbError(error);
    }
    return events;
  }

  async readAll(options?: ReadAllOptions): Promise<ReadAllResult> {
    const { after, maxCount, filter } = validateReadAll(options);
    const events: RecordedEvent[] = [];
    let scanned = after;
    try {
      // readAll has no server-side filter: filter here, and report how far we scanned.
      const read = this.client.readAll({ fromPosition: after === undefined ? START : fromGlobalPosition(after), direction: FORWARDS, maxCount: 4 * maxCount + 100 });
      for await (const resolved of read) {
        if (!resolved.event) continue;
        const position = toGlobalPosition(resolved.event.position);
        if (after !== undefined && position <= after) continue; // fromPosition is inclusive
        if (events.length === maxCount) break;
        scanned = position;
        if (!matches(resolved.event, filter)) continue;
        events.push(toRecordedEvent(resolved.event));
      }
    } catch (error) {
      return mapEsdbError(error);
    }
    return { events, position: scanned };
  }

  subscribe(options: SubscribeOptions, handler: SubscriptionHandler): Subscription {
    if (options.filter) validateReadAll({ filter: options.filter });
    return new EventStoreDbSubscription(this.client, options, handler);
  }

  async headPosition(): Promise<bigint | undefined> {
    try {
      for await (const resolved of this.client.readAll({ fromPosition: 'end', direction: BACKWARDS, maxCount: 1000 })) {
        if (resolved.event && !resolved.event.type.startsWith('$') && !resolved.event.streamId.startsWith('$')) {
          return toGlobalPosition(resolved.event.position);
        }
      }
    } catch (error) {
      return mapEsdbError(error);
    }
    return undefined;
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }
}

class EventStoreDbSubscription implements Subscription {
  private current: bigint | undefined;
  private readonly waiters = new PositionWaiters();
  private subscription: ReturnType<EventStoreDBClient['subscribeToAll']> | undefined;
  private stopped = false;
  readonly done: Promise<void>;

  constructor(private readonly client: EventStoreDBClient, private readonly options: SubscribeOptions, private readonly handler: SubscriptionHandler) {
    this.done = this.run();
    this.done.catch(() => this.waiters.releaseAll());
  }

  get position(): bigint | undefined {
    return this.current;
  }

  waitFor(position: bigint, timeoutMs: number): Promise<boolean> {
    return this.waiters.wait(this.current, position, timeoutMs, this.stopped);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.subscription?.unsubscribe().catch(() => undefined);
    this.waiters.releaseAll();
    await this.done.catch(() => undefined);
  }

  private async run(): Promise<void> {
    const { checkpoint, filter } = this.options;
    const stored = checkpoint ? await checkpoint.store.load(checkpoint.subscriptionId) : undefined;
    const after = [this.options.after, stored].filter((p): p is bigint => p !== undefined).reduce<bigint | undefined>((a, b) => (a === undefined || b > a ? b : a), undefined);
    this.current = after;
    this.subscription = this.client.subscribeToAll({ fromPosition: after === undefined ? START : fromGlobalPosition(after), filter: serverFilter(filter) });
    try {
      for await (const resolved of this.subscription) {
        if (this.stopped) break;
        const event = resolved.event;
        if (!event || !matches(event, filter)) continue;
        await this.handler([toRecordedEvent(event)]);
        const position = toGlobalPosition(event.position);
        if (checkpoint) await checkpoint.store.store(checkpoint.subscriptionId, position);
        this.current = position;
        this.waiters.reached(position);
      }
    } catch (error) {
      if (!this.stopped) mapEsdbError(error);
    }
  }
}

/** The server filters on one criterion; the other (if any) is applied again client-side by `matches`. */
function serverFilter(filter: EventFilter | undefined): Filter {
  if (filter?.streamPrefix) return streamNameFilter({ prefixes: [filter.streamPrefix] });
  if (filter?.eventTypes) return eventTypeFilter({ regex: `^(${filter.eventTypes.map(escapeRegex).join('|')})$` });
  return excludeSystemEvents();
}

function matches(event: { streamId: string; type: string }, filter: EventFilter | undefined): boolean {
  if (event.type.startsWith('$') || event.streamId.startsWith('$')) return false;
  if (filter?.streamPrefix && !event.streamId.startsWith(filter.streamPrefix)) return false;
  if (filter?.eventTypes && !filter.eventTypes.includes(event.type)) return false;
  return true;
}

function toRecordedEvent(event: AllStreamRecordedEvent): RecordedEvent {
  const data = event.isJson ? event.data : JSON.parse(Buffer.from(event.data as Uint8Array).toString('utf8'));
  const rawMetadata = event.metadata;
  const metadata = rawMetadata instanceof Uint8Array ? (rawMetadata.length ? JSON.parse(Buffer.from(rawMetadata).toString('utf8')) : {}) : (rawMetadata ?? {});
  return {
    id: event.id,
    streamId: event.streamId,
    streamVersion: Number(event.revision),
    globalPosition: toGlobalPosition(event.position),
    type: event.type,
    data,
    metadata: metadata as RecordedEvent['metadata'],
    recordedAt: event.created,
  };
}

function mapEsdbError(error: unknown): never {
  if (error instanceof UnavailableError || error instanceof DeadlineExceededError || error instanceof NotLeaderError) {
    throw new EventStoreUnavailableError('the EventStoreDB cluster is unavailable', error);
  }
  throw error;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

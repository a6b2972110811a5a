import {
  BACKWARDS,
  DeadlineExceededError,
  END,
  EventStoreDBClient,
  FORWARDS,
  NotLeaderError,
  START,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError as EsdbWrongExpectedVersionError,
  binaryEvent,
  jsonEvent,
  type AllStreamRecordedEvent,
  type AppendExpectedRevision,
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
import { decryptPersonal, type StoredPersonalFields } from '../encryption/field-encryption';
import type { SubjectKeyRing } from '../encryption/subject-keys';
import { chainHash, GENESIS_HASH } from '../integrity';
import { sealEvents } from '../sealing';
import { EventStoreDbSubscription, matches } from './eventstoredb-subscription';

const MASK_64 = (1n << 64n) - 1n;
/** Where an event's chained hash and its personal-field salts travel in EventStoreDB's metadata. */
const HASH_KEY = 'recours.hash';
const PERSONAL_KEY = 'recours.personal';

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
  private constructor(
    private readonly client: EventStoreDBClient,
    /** The data subjects' keys (in PostgreSQL whatever the event store), closed with the store. */
    private readonly keys?: SubjectKeyRing & { close(): Promise<void> },
  ) {}

  static async start(connectionString: string, options: { keys?: SubjectKeyRing & { close(): Promise<void> } } = {}): Promise<EventStoreDbEventStore> {
    const store = new EventStoreDbEventStore(EventStoreDBClient.connectionString`${connectionString}`, options.keys);
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
      const sealed = await sealEvents(append.streamId, append.events, this.keys);
      // The chain needs the previous event's hash, so an append is always at an exact revision:
      // with 'any' or 'stream_exists', a writer that lost the race reads the new last event and goes again.
      for (let attempt = 0; ; attempt++) {
        const last = await this.lastEvent(append.streamId);
        if (append.expectedVersion === 'no_stream' && last) throw new WrongExpectedVersionError(append.streamId, 'no_stream', last.streamVersion);
        if (append.expectedVersion === 'stream_exists' && !last) throw new WrongExpectedVersionError(append.streamId, 'stream_exists', 'no_stream');
        if (typeof append.expectedVersion === 'number' && append.expectedVersion !== (last?.streamVersion ?? -1)) {
          throw new WrongExpectedVersionError(append.streamId, append.expectedVersion, last ? last.streamVersion : 'no_stream');
        }
        let previous = last?.hash ?? GENESIS_HASH;
        const data = [];
        for (const [i, event] of append.events.entries()) {
          previous = await chainHash(previous, sealed[i].digest);
          // The hash and the (sealed) personal fields ride in the metadata, under names the reader takes back out.
          const { stored } = sealed[i];
          const metadata = { ...event.metadata, [HASH_KEY]: previous, ...(stored.personal && { [PERSONAL_KEY]: stored.personal }) };
          const id = sealed[i].id;
          const isDocument = typeof stored.data === 'object' && stored.data !== null;
          data.push(
            isDocument
              ? jsonEvent({ id, type: event.type, data: stored.data as Record<string, unknown>, metadata })
              : binaryEvent({ id, type: event.type, data: Buffer.from(JSON.stringify(stored.data)), metadata }),
          );
        }
        const expectedRevision: AppendExpectedRevision = last ? BigInt(last.streamVersion) : 'no_stream';
        let result;
        try {
          result = await this.client.appendToStream(append.streamId, data, { expectedRevision });
        } catch (error) {
          const retry = (append.expectedVersion === 'any' || append.expectedVersion === 'stream_exists') && attempt < 20;
          if (error instanceof EsdbWrongExpectedVersionError && retry) continue;
          throw error;
        }
        const next = Number(result.nextExpectedRevision);
        const recorded = await this.readStream(append.streamId, { fromVersion: next - data.length + 1, maxCount: data.length });
        return { streamId: append.streamId, nextExpectedVersion: next, lastPosition: recorded[recorded.length - 1].globalPosition, events: recorded, duplicate: false };
      }
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) throw error;
      if (error instanceof EsdbWrongExpectedVersionError) {
        const actual = error.actualVersion;
        throw new WrongExpectedVersionError(append.streamId, append.expectedVersion, typeof actual === 'bigint' ? Number(actual) : 'no_stream');
      }
      return mapEsdbError(error);
    }
  }

  private async lastEvent(streamId: string): Promise<RecordedEvent | undefined> {
    try {
      for await (const resolved of this.client.readStream(streamId, { fromRevision: END, direction: BACKWARDS, maxCount: 1 })) {
        if (resolved.event) return toRecordedEvent(resolved.event as AllStreamRecordedEvent);
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return undefined;
      throw error;
    }
    return undefined;
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
    return decryptPersonal(events, this.keys);
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
    return { events: await decryptPersonal(events, this.keys), position: scanned };
  }

  subscribe(options: SubscribeOptions, handler: SubscriptionHandler): Subscription {
    if (options.filter) validateReadAll({ filter: options.filter });
    const opened: SubscriptionHandler = async (events) => handler(await decryptPersonal(events, this.keys));
    return new EventStoreDbSubscription(this.client, options, opened, { toRecordedEvent: (event) => toRecordedEvent(event as AllStreamRecordedEvent), toGlobalPosition, fromGlobalPosition, mapError: mapEsdbError });
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
    await this.keys?.close();
  }
}

function toRecordedEvent(event: AllStreamRecordedEvent): RecordedEvent & { personal?: StoredPersonalFields } {
  const data = event.isJson ? event.data : JSON.parse(Buffer.from(event.data as Uint8Array).toString('utf8'));
  const rawMetadata = event.metadata;
  const stored = rawMetadata instanceof Uint8Array ? (rawMetadata.length ? JSON.parse(Buffer.from(rawMetadata).toString('utf8')) : {}) : (rawMetadata ?? {});
  const { [HASH_KEY]: hash, [PERSONAL_KEY]: personal, ...metadata } = stored as Record<string, unknown>;
  return {
    id: event.id,
    streamId: event.streamId,
    streamVersion: Number(event.revision),
    globalPosition: toGlobalPosition(event.position),
    type: event.type,
    data,
    metadata: metadata as RecordedEvent['metadata'],
    recordedAt: event.created,
    hash: typeof hash === 'string' ? hash : '',
    ...(personal ? { personal: personal as StoredPersonalFields } : {}),
  };
}

function mapEsdbError(error: unknown): never {
  if (error instanceof UnavailableError || error instanceof DeadlineExceededError || error instanceof NotLeaderError) {
    throw new EventStoreUnavailableError('the EventStoreDB cluster is unavailable', error);
  }
  throw error;
}

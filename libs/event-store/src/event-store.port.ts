import type { PersonalFields } from './integrity/personal-fields';

/**
 * The event store port: every adapter (PostgreSQL, EventStoreDB) implements it and passes
 * the same contract suite (contract/event-store.contract.ts).
 */

/** Who and what caused an event: carried with every event so a stream explains itself. */
export interface EventMetadata {
  correlationId?: string;
  causationId?: string;
  /** The account that acted, e.g. 'consumer:…', 'merchant-agent:…', 'system'. */
  actor?: string;
  /** Idempotency key: appending again with a commandId already on the stream stores nothing. */
  commandId?: string;
  [key: string]: unknown;
}

/** An event about to be appended. */
export interface NewEvent<Type extends string = string, Data = unknown> {
  /** Optional client-chosen id (uuid); one is generated when absent. */
  id?: string;
  type: Type;
  data: Data;
  metadata?: EventMetadata;
  /**
   * JSON pointers (RFC 6901) to the personal fields of `data`: each enters the event's hash as a
   * salted commitment (the store draws the salt), so that erasing it later leaves the chain valid.
   */
  personal?: readonly string[];
  /**
   * The data subject (an account id) whose words the personal fields are, or that subject within a
   * scope (`scopedSubject(accountId, disputeId)`: a dispute's events): a store given a key ring
   * encrypts them with that key, so that destroying it (the subject's, or the scope's) erases them
   * (they then read as ERASED). Without a subject they are stored in clear, salted as above.
   */
  subject?: string;
}

/** An event as stored. */
export interface RecordedEvent<Type extends string = string, Data = unknown> {
  id: string;
  streamId: string;
  /** 0 for the first event of a stream, then 1, 2, … without gaps. */
  streamVersion: number;
  /**
   * Position in the global order every reader sees. Strictly increasing in read order,
   * not dense: adapters may leave gaps. A bigint because PostgreSQL and EventStoreDB both
   * use 64-bit positions.
   */
  globalPosition: bigint;
  type: Type;
  data: Data;
  metadata: EventMetadata;
  recordedAt: Date;
  /**
   * Lower-case hex SHA-256 chaining this event to the previous one of its stream:
   * SHA-256(previous hash ‖ SHA-256(RFC 8785 form)); see integrity/event-hash.ts.
   */
  hash: string;
  /** The salts (or commitments) of the event's personal fields, by JSON pointer into `data`. */
  personal?: PersonalFields;
}

/**
 * What the writer believes about the stream:
 * - a number: the version of the stream's last event (the stream must be exactly there);
 * - 'no_stream': the stream must not exist;
 * - 'stream_exists': the stream must have at least one event;
 * - 'any': no check.
 */
export type ExpectedVersion = number | 'no_stream' | 'stream_exists' | 'any';

export interface AppendOptions {
  expectedVersion?: ExpectedVersion;
}

export interface AppendResult {
  streamId: string;
  /** The version of the stream's last event after the append. */
  nextExpectedVersion: number;
  /** The position of the append's last event. */
  lastPosition: bigint;
  events: RecordedEvent[];
  /** True when a commandId already on the stream made this append a no-op. */
  duplicate: boolean;
}

export interface ReadStreamOptions {
  /** First version to read (inclusive), default 0. */
  fromVersion?: number;
  maxCount?: number;
}

/** Either a stream prefix (e.g. 'dispute-') or a list of event types, or both. */
export interface EventFilter {
  streamPrefix?: string;
  eventTypes?: readonly string[];
}

export interface ReadAllOptions {
  /** Read events strictly after this position; from the start when absent. */
  after?: bigint;
  maxCount?: number;
  filter?: EventFilter;
}

export interface ReadAllResult {
  events: RecordedEvent[];
  /**
   * Where the next read should start: the last event's position, or further when the
   * adapter could skip filtered-out events, so a filtered reader does not rescan them.
   */
  position: bigint | undefined;
}

/** Where a named subscription keeps its position between runs. */
export interface CheckpointStore {
  load(subscriptionId: string): Promise<bigint | undefined>;
  store(subscriptionId: string, position: bigint): Promise<void>;
}

export interface SubscribeOptions {
  /** Start strictly after this position; ignored when the checkpoint holds a later one. */
  after?: bigint;
  filter?: EventFilter;
  /** Resume from, and save to, a stored checkpoint. */
  checkpoint?: { subscriptionId: string; store: CheckpointStore };
  /** Most events handed to the handler at once. */
  batchSize?: number;
}

/**
 * Receives events in global order, a batch at a time; the next batch is not delivered
 * before the returned promise settles, so handlers never overlap.
 */
export type SubscriptionHandler = (events: RecordedEvent[]) => Promise<void>;

export interface Subscription {
  /** The position of the last event handled. */
  readonly position: bigint | undefined;
  /** Settles when the subscription stops: resolves on stop(), rejects when the handler or the store fails. */
  readonly done: Promise<void>;
  /** Resolves once every event up to `position` has been handled. */
  waitFor(position: bigint, timeoutMs: number): Promise<boolean>;
  stop(): Promise<void>;
}

export interface EventStore {
  appendToStream(streamId: string, events: readonly NewEvent[], options?: AppendOptions): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<ReadAllResult>;
  subscribe(options: SubscribeOptions, handler: SubscriptionHandler): Subscription;
  /** The position of the last event a reader can see now (undefined when empty). */
  headPosition(): Promise<bigint | undefined>;
  close(): Promise<void>;
}

/** Injection token for the configured adapter. */
export const EVENT_STORE = Symbol.for('recours.EventStore');

import { EventStoreUnavailableError, isConnectionFailure, type RecordedEvent } from '@recours/event-store';

/**
 * A projection failed while applying a batch: which events (their positions, first and last),
 * and why (`reason`). What the runner's backoff and log go by.
 */
export class ProjectionBatchError extends Error {
  readonly from: bigint;
  readonly to: bigint;
  readonly events: number;

  constructor(
    readonly projection: string,
    batch: readonly RecordedEvent[],
    readonly reason: unknown,
  ) {
    const from = batch[0].globalPosition;
    const to = batch[batch.length - 1].globalPosition;
    super(`${projection}: ${describeFailure(reason)} (${where(from, to, batch.length)})`);
    this.name = 'ProjectionBatchError';
    this.from = from;
    this.to = to;
    this.events = batch.length;
  }

  /** Where it failed, for the log: one event's position, or the batch's first and last. */
  get where(): string {
    return where(this.from, this.to, this.events);
  }
}

const where = (from: bigint, to: bigint, events: number): string => (events === 1 ? `event at position ${from}` : `batch of ${events} events at positions ${from}..${to}`);

/** A projection's write failed in the live tail's shared transaction: names it in the log. */
export class SharedBatchError extends Error {
  constructor(
    projection: string,
    readonly reason: unknown,
  ) {
    super(`${projection}: ${describeFailure(reason)}`);
    this.name = 'SharedBatchError';
  }
}

/** The error beneath a batch's wrapping. */
export const reasonOf = (error: unknown): unknown => (error instanceof ProjectionBatchError || error instanceof SharedBatchError ? error.reason : error);

/** The lease connection stopped answering: this process may no longer hold the lease. */
export class LeaseLostError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LeaseLostError';
  }
}

/**
 * The connection (or the store behind it) failed, not the statement: the same batch may succeed
 * on a new connection. The event store's own test of a driver error, unwrapped.
 */
export function isConnectionLost(error: unknown): boolean {
  const reason = reasonOf(error);
  return reason instanceof EventStoreUnavailableError || isConnectionFailure(reason);
}

/**
 * Why something failed, fit for a log line: no personal data. PostgreSQL's messages name objects
 * (tables, constraints), except a data exception's (SQLSTATE class 22), which quotes the value it
 * refused, maybe a person's words: only its code is said.
 */
export function describeFailure(error: unknown): string {
  const cause = error as { code?: unknown; message?: unknown; severity?: unknown } | undefined;
  // PostgreSQL's errors carry a severity besides their SQLSTATE (a socket's code, EPIPE, does not).
  if (typeof cause?.code === 'string' && /^[0-9A-Z]{5}$/.test(cause.code) && typeof cause.severity === 'string') {
    return cause.code.startsWith('22') ? `SQLSTATE ${cause.code} (data exception)` : `SQLSTATE ${cause.code}: ${String(cause.message)}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** The pause before attempt `attempt + 1`: `baseMs` doubled at each failed attempt, at most `maxMs`. */
export const backoff = (attempt: number, baseMs: number, maxMs: number): number => Math.min(maxMs, baseMs * 2 ** Math.min(Math.max(attempt - 1, 0), 30));

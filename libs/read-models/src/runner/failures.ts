import type { RecordedEvent } from '@recours/event-store';

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

/** The error beneath a batch's wrapping. */
export const reasonOf = (error: unknown): unknown => (error instanceof ProjectionBatchError ? error.reason : ((error as { reason?: unknown } | undefined)?.reason ?? error));

/** The lease connection stopped answering: this process may no longer hold the lease. */
export class LeaseLostError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LeaseLostError';
  }
}

const CONNECTION_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', '57P01', '57P02', '57P03']);
const CONNECTION_MESSAGES = /Connection terminated|connection error|Client was closed|not queryable|timeout expired/i;

/**
 * The connection failed, not the statement: the same batch may succeed on a new connection.
 * SQLSTATE class 08 (connection exception), 57P01-03 (the server terminated it or shut down),
 * socket errors, and pg's own words for a connection it lost.
 */
export function isConnectionLost(error: unknown): boolean {
  const cause = reasonOf(error) as { code?: unknown; message?: unknown } | undefined;
  if (cause === undefined || cause === null) return false;
  const code = typeof cause.code === 'string' ? cause.code : '';
  return code.startsWith('08') || CONNECTION_CODES.has(code) || (typeof cause.message === 'string' && CONNECTION_MESSAGES.test(cause.message));
}

/**
 * Why something failed, fit for a log line: no personal data. PostgreSQL's messages name objects
 * (tables, constraints), except a data exception's (SQLSTATE class 22), which quotes the value it
 * refused, maybe a person's words: only its code is said.
 */
export function describeFailure(error: unknown): string {
  const cause = error as { code?: unknown; message?: unknown } | undefined;
  if (typeof cause?.code === 'string' && /^[0-9A-Z]{5}$/.test(cause.code)) {
    return cause.code.startsWith('22') ? `SQLSTATE ${cause.code} (data exception)` : `SQLSTATE ${cause.code}: ${String(cause.message)}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** The pause before attempt `attempt + 1`: `baseMs` doubled at each failed attempt, at most `maxMs`. */
export const backoff = (attempt: number, baseMs: number, maxMs: number): number => Math.min(maxMs, baseMs * 2 ** Math.min(Math.max(attempt - 1, 0), 30));

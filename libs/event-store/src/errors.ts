import type { ExpectedVersion } from './event-store.port';

/** The stream was not where the writer expected: someone else wrote first. */
export class WrongExpectedVersionError extends Error {
  readonly code = 'WRONG_EXPECTED_VERSION';
  constructor(
    readonly streamId: string,
    readonly expectedVersion: ExpectedVersion,
    /** The version of the stream's last event, or 'no_stream' when it has none. */
    readonly actualVersion: number | 'no_stream',
  ) {
    super(`stream "${streamId}" expected at version ${String(expectedVersion)} but is at ${String(actualVersion)}`);
    this.name = 'WrongExpectedVersionError';
  }
}

/** The caller passed something the store cannot accept; nothing was stored. */
export class EventStoreInputError extends Error {
  readonly code = 'INVALID_EVENT_STORE_INPUT';
  constructor(
    /** Path of the offending input, e.g. 'events[2].data.photos[0]'. */
    readonly field: string,
    reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'EventStoreInputError';
  }
}

/** The store cannot be reached right now; the operation may be retried. */
export class EventStoreUnavailableError extends Error {
  readonly code = 'EVENT_STORE_UNAVAILABLE';
  constructor(message: string, override readonly cause?: unknown) {
    super(message);
    this.name = 'EventStoreUnavailableError';
  }
}

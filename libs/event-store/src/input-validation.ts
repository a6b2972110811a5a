import { EventStoreInputError } from './errors';
import { valueAt } from './integrity/personal-fields';
import { isUuid } from './uuid';
import type { AppendOptions, ExpectedVersion, NewEvent, ReadAllOptions, ReadStreamOptions } from './event-store.port';

const MAX_STREAM_ID = 200;
const MAX_TYPE = 200;

export function validateStreamId(streamId: unknown, field = 'streamId'): string {
  if (typeof streamId !== 'string' || streamId.trim() === '') {
    throw new EventStoreInputError(field, 'must be a non-empty string');
  }
  if (streamId.length > MAX_STREAM_ID) throw new EventStoreInputError(field, `must be at most ${MAX_STREAM_ID} characters`);
  if (streamId.startsWith('$')) throw new EventStoreInputError(field, 'must not start with "$" (reserved for system streams)');
  return streamId;
}

export function validateExpectedVersion(value: unknown): ExpectedVersion {
  if (value === undefined) return 'any';
  if (value === 'any' || value === 'no_stream' || value === 'stream_exists') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  throw new EventStoreInputError(
    'expectedVersion',
    `must be a version number (integer ≥ 0), 'no_stream', 'stream_exists' or 'any', got ${describe(value)}`,
  );
}

/**
 * Checks that a value survives JSON unchanged: JSON.stringify silently drops functions and
 * undefined array items and turns NaN into null, which would store something other than
 * what the caller gave.
 */
export function assertJsonValue(value: unknown, path: string, seen = new Set<object>()): void {
  if (typeof value === 'string') return assertWellFormed(value, path);
  if (value === null || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new EventStoreInputError(path, `${value} is not representable in JSON`);
    return;
  }
  if (typeof value !== 'object') throw new EventStoreInputError(path, `a ${typeof value} is not JSON-serializable`);
  if (seen.has(value)) throw new EventStoreInputError(path, 'is a circular reference');
  seen.add(value);
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      if (item === undefined) throw new EventStoreInputError(`${path}[${i}]`, 'undefined is not JSON-serializable');
      assertJsonValue(item, `${path}[${i}]`, seen);
    });
  } else {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      throw new EventStoreInputError(path, `a ${proto?.constructor?.name ?? 'non-plain'} object is not JSON-serializable as is`);
    }
    for (const [key, item] of Object.entries(value)) {
      assertWellFormed(key, `${path}.${key}`);
      if (item !== undefined) assertJsonValue(item, `${path}.${key}`, seen); // absent optional fields are fine
    }
  }
  seen.delete(value);
}

/** A lone surrogate has no UTF-8 form, so RFC 8785 (by which events are hashed) cannot represent it. */
function assertWellFormed(text: string, path: string): void {
  const lone = text.search(/\p{Cs}/u);
  if (lone >= 0) throw new EventStoreInputError(path, `holds a lone surrogate at index ${lone}: only well-formed Unicode text can be hashed (RFC 8785)`);
}

/** Pointers to existing values, none inside another, so each field is committed once. */
function validatePersonal(personal: unknown, data: unknown, at: string): string[] | undefined {
  if (personal === undefined) return undefined;
  if (!Array.isArray(personal)) throw new EventStoreInputError(`${at}.personal`, 'must be an array of JSON pointers');
  const pointers = [...new Set(personal as unknown[])];
  pointers.forEach((pointer, i) => {
    const field = `${at}.personal[${i}]`;
    if (typeof pointer !== 'string' || !pointer.startsWith('/')) throw new EventStoreInputError(field, 'must be a JSON pointer into data, such as "/claim/description"');
    if (valueAt(data, pointer) === undefined) throw new EventStoreInputError(field, `points at nothing in data (${pointer})`);
    if (pointers.some((other) => other !== pointer && (pointer as string).startsWith(`${other as string}/`))) {
      throw new EventStoreInputError(field, `lies inside another personal field (${pointer})`);
    }
  });
  return pointers as string[];
}

export interface ValidatedAppend {
  streamId: string;
  expectedVersion: ExpectedVersion;
  events: Array<Required<Pick<NewEvent, 'type' | 'data'>> & { id?: string; metadata: NonNullable<NewEvent['metadata']>; personal?: string[]; subject?: string }>;
  commandId: string | undefined;
}

export function validateAppend(streamId: unknown, events: unknown, options: AppendOptions | undefined): ValidatedAppend {
  const validStreamId = validateStreamId(streamId);
  const expectedVersion = validateExpectedVersion(options?.expectedVersion);
  if (!Array.isArray(events) || events.length === 0) {
    throw new EventStoreInputError('events', 'must be a non-empty array');
  }
  if (events.length > 10_000) throw new EventStoreInputError('events', 'at most 10000 events per append');
  let commandId: string | undefined;
  const validated = events.map((event: unknown, i) => {
    const at = `events[${i}]`;
    if (typeof event !== 'object' || event === null) throw new EventStoreInputError(at, 'must be an object');
    const { id, type, data, metadata, personal, subject } = event as NewEvent;
    if (typeof type !== 'string' || type.trim() === '') throw new EventStoreInputError(`${at}.type`, 'must be a non-empty string');
    if (type.length > MAX_TYPE) throw new EventStoreInputError(`${at}.type`, `must be at most ${MAX_TYPE} characters`);
    if (id !== undefined && !isUuid(id)) throw new EventStoreInputError(`${at}.id`, 'must be a uuid');
    if (data === undefined) throw new EventStoreInputError(`${at}.data`, 'is required (use null or {} for no data)');
    assertJsonValue(data, `${at}.data`);
    const meta = metadata ?? {};
    assertJsonValue(meta, `${at}.metadata`);
    if (meta.commandId !== undefined) {
      if (typeof meta.commandId !== 'string' || meta.commandId === '') throw new EventStoreInputError(`${at}.metadata.commandId`, 'must be a non-empty string');
      if (commandId !== undefined && commandId !== meta.commandId) {
        throw new EventStoreInputError(`${at}.metadata.commandId`, 'all events of one append must carry the same commandId');
      }
      commandId = meta.commandId;
    }
    if (subject !== undefined && (typeof subject !== 'string' || subject === '' || subject.length > 200)) {
      throw new EventStoreInputError(`${at}.subject`, 'must be the account id of the data subject (1 to 200 characters)');
    }
    return { id, type, data, metadata: meta, personal: validatePersonal(personal, data, at), ...(subject !== undefined && { subject }) };
  });
  return { streamId: validStreamId, expectedVersion, events: validated, commandId };
}

export function validateReadStream(streamId: unknown, options: ReadStreamOptions | undefined) {
  const id = validateStreamId(streamId);
  const fromVersion = options?.fromVersion ?? 0;
  if (!Number.isSafeInteger(fromVersion) || fromVersion < 0) throw new EventStoreInputError('fromVersion', 'must be an integer ≥ 0');
  const maxCount = validateMaxCount(options?.maxCount, Number.MAX_SAFE_INTEGER);
  return { streamId: id, fromVersion, maxCount };
}

export function validateReadAll(options: ReadAllOptions | undefined) {
  const after = options?.after;
  if (after !== undefined && (typeof after !== 'bigint' || after < 0n)) {
    throw new EventStoreInputError('after', 'must be a bigint position ≥ 0');
  }
  const maxCount = validateMaxCount(options?.maxCount, 1000);
  const filter = options?.filter;
  if (filter?.streamPrefix !== undefined && (typeof filter.streamPrefix !== 'string' || filter.streamPrefix === '')) {
    throw new EventStoreInputError('filter.streamPrefix', 'must be a non-empty string');
  }
  if (filter?.eventTypes !== undefined && (!Array.isArray(filter.eventTypes) || filter.eventTypes.length === 0 || filter.eventTypes.some((t) => typeof t !== 'string' || t === ''))) {
    throw new EventStoreInputError('filter.eventTypes', 'must be a non-empty array of event type names');
  }
  return { after, maxCount, filter };
}

function validateMaxCount(value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) throw new EventStoreInputError('maxCount', 'must be an integer ≥ 1');
  return value;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'bigint') return `${value}n`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

import { DISPUTE_EVENT_SCHEMA_VERSIONS, isDisputeEventType, type DisputeEvent, type DisputeEventType } from './dispute-event';

/** An event as read back from the store, before we trust its shape. */
export interface StoredDisputeEvent {
  type: string;
  /** Absent on events written before versioning: read as version 1. */
  schemaVersion?: number;
  data: unknown;
}

/** Turns the data of version N into version N + 1. */
export type UpcastStep = (data: unknown) => unknown;

/** For each event type, the step from each old version: `{ OfferMade: { 1: v1ToV2 } }`. */
export type UpcastSteps = Partial<Record<DisputeEventType, Readonly<Record<number, UpcastStep>>>>;

/**
 * The hook point for schema changes: when an event's shape changes, bump its version in
 * DISPUTE_EVENT_SCHEMA_VERSIONS and register the step here. Empty while every event is at v1.
 */
export const DISPUTE_EVENT_UPCAST_STEPS: UpcastSteps = {};

/** A stored event this code cannot read; replaying past it would build a wrong state. */
export class EventUpcastError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EventUpcastError';
  }
}

export function createUpcaster(
  steps: UpcastSteps,
  versions: Readonly<Record<DisputeEventType, number>> = DISPUTE_EVENT_SCHEMA_VERSIONS,
): (stored: StoredDisputeEvent) => DisputeEvent {
  return (stored) => {
    const { type } = stored;
    if (!isDisputeEventType(type)) throw new EventUpcastError(`unknown dispute event type "${type}"`);
    const current = versions[type];
    let version = stored.schemaVersion ?? 1;
    if (!Number.isInteger(version) || version < 1 || version > current) {
      throw new EventUpcastError(`${type} v${version} is not readable by this version of the code (current v${current})`);
    }
    let data = stored.data;
    for (; version < current; version++) {
      const step = steps[type]?.[version];
      if (!step) throw new EventUpcastError(`no upcaster for ${type} from v${version} to v${version + 1}`);
      data = step(data);
    }
    return { type, schemaVersion: current, data } as DisputeEvent;
  };
}

export const upcastDisputeEvent = createUpcaster(DISPUTE_EVENT_UPCAST_STEPS);

/** A record as an event store hands it back: the writer keeps `schemaVersion` in its metadata. */
export interface StoredRecord {
  type: string;
  data: unknown;
  metadata?: Readonly<Record<string, unknown>>;
}

/**
 * The dispute event a stored record holds, upcast to the current schema (absent on records
 * written before versioning, which read as version 1).
 */
export function disputeEventOf(record: StoredRecord): DisputeEvent {
  const version = record.metadata?.schemaVersion;
  return upcastDisputeEvent({ type: record.type, schemaVersion: typeof version === 'number' ? version : undefined, data: record.data });
}

import { randomUUID } from 'node:crypto';
import { decide, disputeStreamId, invalidInput, isDomainError, type Actor, type DisputeCommand, type DisputeEvent } from '@recours/disputes';
import { WrongExpectedVersionError, type EventStore, type NewEvent } from '@recours/event-store';
import { DisputeCommandRefused, StaleDisputeVersion } from './dispute-command-errors';
import { loadDisputeHistory } from './dispute-history';

/** A command as a caller sends it: who acts and when are given separately. */
export type DisputeCommandPayload = DistributiveOmit<DisputeCommand, 'actor' | 'at'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface CommandOptions {
  /** The version the caller last saw; a stale one is refused (StaleDisputeVersion). */
  expectedVersion?: number;
  /** Idempotency key: a retry answers the first result and appends nothing. */
  commandId?: string;
  correlationId?: string;
}

export interface CommandOutcome {
  disputeId: string;
  version: number;
  /** Global position of the last event written (or found, for a retry). */
  position: bigint | undefined;
  duplicate: boolean;
  events: DisputeEvent['type'][];
}

/**
 * Concurrent writers without an expectedVersion: decide again on the newer state, after a short
 * random pause, so that writers who collided do not collide again in step (with 5 immediate
 * attempts, half of 32 simultaneous messages on one dispute were answered CONFLICT).
 */
const MAX_ATTEMPTS = 12;
const pauseBeforeAttempt = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(100, 5 * 2 ** attempt)));

/** Who did it, as every event's metadata records it. */
const actorTag = (actor: Actor) => `${actor.kind.toLowerCase()}:${actor.id}`;

/** Refusals about the actor, not the moment: they come before a stale version's CONFLICT. */
const NOT_YOURS_TO_ACT_ON = new Set(['DISPUTE_NOT_FOUND', 'NOT_A_PARTY', 'NO_MANDATE', 'ROLE_NOT_ALLOWED']);

/**
 * Commands on one dispute take turns within this process, so that they do not race each other
 * for the stream's next version: with 64 clients writing to one dispute, the jittered retries
 * alone still left a third of them answered CONFLICT. A turn waits at most TURN_WAIT_MS for the
 * one before it, so a database that stopped answering does not queue everyone behind one
 * command; writers in other processes are still handled by the retries.
 */
const TURN_WAIT_MS = 2_000;
const turns = new Map<string, Promise<void>>();

async function takeTurn(disputeId: string): Promise<() => void> {
  const before = turns.get(disputeId);
  let release!: () => void;
  const mine = new Promise<void>((resolve) => (release = resolve));
  turns.set(disputeId, mine);
  if (before) {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([before, new Promise((resolve) => (timer = setTimeout(resolve, TURN_WAIT_MS)))]);
    clearTimeout(timer);
  }
  return () => {
    release();
    if (turns.get(disputeId) === mine) turns.delete(disputeId);
  };
}

/**
 * The one way a command reaches a dispute: read the stream, run the decider, append with the
 * version that was read. Used by the API and by the deadline process alike.
 */
export async function handleDisputeCommand(
  store: EventStore,
  actor: Actor,
  at: Date,
  command: DisputeCommandPayload,
  options: CommandOptions = {},
): Promise<CommandOutcome> {
  const done = await takeTurn(command.disputeId);
  try {
    return await decideAndAppend(store, actor, at, command, options);
  } finally {
    done();
  }
}

async function decideAndAppend(store: EventStore, actor: Actor, at: Date, command: DisputeCommandPayload, options: CommandOptions): Promise<CommandOutcome> {
  for (let attempt = 1; ; attempt++) {
    const history = await loadDisputeHistory(store, command.disputeId);
    // Concurrent writers read the clock a few milliseconds apart, and the one that read it first
    // may append last (or retry after losing the race): its command then happens at the last
    // recorded event, never before it, which the decider would refuse as a command in the past.
    const when = history.state.filed && at.getTime() < Date.parse(history.state.lastEventAt) ? new Date(history.state.lastEventAt) : at;
    const decided = decide({ ...command, actor, at: when.toISOString() } as DisputeCommand, history.state);
    if (options.commandId) {
      const earlier = history.records.filter((r) => r.metadata.commandId === options.commandId);
      if (earlier.length > 0) {
        const last = earlier[earlier.length - 1];
        if (last.metadata.actor === actorTag(actor)) {
          return { disputeId: command.disputeId, version: last.streamVersion, position: last.globalPosition, duplicate: true, events: [] };
        }
        // Another party's key: answering with its result would tell this caller that its own
        // command was carried out. Refused (after who-may-act, so that outsiders learn nothing).
        if (isDomainError(decided) && NOT_YOURS_TO_ACT_ON.has(decided.code)) throw new DisputeCommandRefused(decided);
        throw new DisputeCommandRefused(invalidInput('commandId', 'is already the key of another party’s command on this dispute: send a new one'));
      }
    }
    const stale = options.expectedVersion !== undefined && options.expectedVersion !== history.version;
    // Who may act at all is answered before the version: a stale version must not tell someone
    // who may not see the dispute that it exists, nor how far it has gone.
    if (isDomainError(decided) && (!stale || NOT_YOURS_TO_ACT_ON.has(decided.code))) throw new DisputeCommandRefused(decided);
    if (stale) throw new StaleDisputeVersion(options.expectedVersion, history.version);
    if (isDomainError(decided)) throw new DisputeCommandRefused(decided);
    if (decided.length === 0) {
      return { disputeId: command.disputeId, version: history.version, position: history.records.at(-1)?.globalPosition, duplicate: false, events: [] };
    }
    const correlationId = options.correlationId ?? randomUUID();
    const events = decided.map(
      (event): NewEvent => ({
        type: event.type,
        data: event.data,
        metadata: {
          schemaVersion: event.schemaVersion,
          actor: actorTag(actor),
          correlationId,
          causationId: options.commandId ?? correlationId,
          ...(options.commandId ? { commandId: options.commandId } : {}),
        },
      }),
    );
    try {
      const result = await store.appendToStream(disputeStreamId(command.disputeId), events, {
        expectedVersion: history.version < 0 ? 'no_stream' : history.version,
      });
      return { disputeId: command.disputeId, version: result.nextExpectedVersion, position: result.lastPosition, duplicate: result.duplicate, events: decided.map((e) => e.type) };
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      const current = typeof error.actualVersion === 'number' ? error.actualVersion : -1;
      if (options.expectedVersion !== undefined || attempt >= MAX_ATTEMPTS) throw new StaleDisputeVersion(options.expectedVersion, current);
      await pauseBeforeAttempt(attempt);
    }
  }
}

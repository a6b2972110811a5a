import { randomUUID } from 'node:crypto';
import { accountReferencesOf, COMMAND_DESCRIPTIONS, DomainError, dataSubjectOf, decide, disputeStreamId, isDomainError, personalPointers, type Actor, type DisputeCommand, type DisputeEvent, type DisputeState } from '@recours/disputes';
import { scopedSubject, WrongExpectedVersionError, type EventStore, type NewEvent } from '@recours/event-store';
import { currentCorrelationId, observeCommand } from '@recours/observability';
import { AccountReferenceRefused, type AccountReferences } from './account-references';
import { COMMAND_REPORT } from './command-report';
import { DisputeCommandRefused, StaleDisputeVersion } from './dispute-command-errors';
import type { DisputeHistories } from './dispute-histories';
import { foldRecords, type DisputeHistory } from './dispute-history';
import type { DisputeTurns } from './dispute-turns';
import { actorTag, earlierCommand } from './idempotency';
import { firstRefusal } from './refusal-precedence';
import { answerUnaffected, versionCountedBy } from './unaffected-answer';
import { ON_VERSION_CONFLICT, retryOnVersionConflict } from './version-conflict-retry';

/** A command as a caller sends it: who acts and when are given separately. */
export type DisputeCommandPayload = DistributiveOmit<DisputeCommand, 'actor' | 'at'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface CommandOptions {
  /**
   * The version the caller last saw, counted over the events it may read (readerVersions): refused
   * (StaleDisputeVersion) once an event it may read was appended since and changes what the command
   * decides (answerUnaffected); one kept from it never is.
   */
  expectedVersion?: number;
  /** Idempotency key: a retry answers the first result and appends nothing. */
  commandId?: string;
  correlationId?: string;
}

export interface CommandOutcome {
  disputeId: string;
  /** The stream's own version (every event): the store's, never shown to a reader (`history.readerVersions` is). */
  version: number;
  /** Global position of the last event written (or found, for a retry). */
  position: bigint | undefined;
  duplicate: boolean;
  events: DisputeEvent['type'][];
  /** The dispute after the command, as read plus what was appended: answering needs no second read. */
  history: DisputeHistory;
}

/**
 * The one way a command reaches a dispute, from the API, the deadline process and any process to
 * come (after Emmett's handleCommand): read the stream once, decide, append with the version
 * that was read, and answer the new state and version. Each concern is its own step: the turn
 * (DisputeTurns), the stream read from where this process last saw it (DisputeHistories), the idempotency key (earlierCommand), which refusal comes first
 * (firstRefusal), and the retry after another process's write (retryOnVersionConflict).
 */
export class DisputeCommands {
  constructor(
    private readonly store: EventStore,
    private readonly turns: DisputeTurns,
    private readonly histories: DisputeHistories,
    /** Without it (a process that names no account) a named account is taken as it is. */
    private readonly references?: AccountReferences,
  ) {}

  handle(actor: Actor, at: Date, command: DisputeCommandPayload, options: CommandOptions = {}): Promise<CommandOutcome> {
    // The request's correlation id (or the caller's), so that its events and its trace meet.
    const correlated = { ...options, correlationId: options.correlationId ?? currentCorrelationId() ?? randomUUID() };
    return observeCommand(command.type, correlated.correlationId, COMMAND_REPORT, () => this.inTurn(actor, at, command, correlated));
  }

  private async inTurn(actor: Actor, at: Date, command: DisputeCommandPayload, options: CommandOptions): Promise<CommandOutcome> {
    const release = await this.turns.take(command.disputeId);
    try {
      // Another process appended first: decided again on the newer state, with or without an
      // expectedVersion, since each attempt checks it afresh against what the actor may read (an
      // event kept from the actor must not make its command fail).
      return await retryOnVersionConflict(() => this.attempt(actor, at, command, options), ON_VERSION_CONFLICT);
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) {
        // The version told is the actor's count, never the stream's (which counts what it may not read).
        const history = await this.histories.current(command.disputeId).catch(() => undefined);
        throw new StaleDisputeVersion(undefined, history ? versionSeenBy(actor, history) : -1);
      }
      throw error;
    } finally {
      release();
    }
  }

  private async attempt(actor: Actor, at: Date, command: DisputeCommandPayload, options: CommandOptions): Promise<CommandOutcome> {
    const { disputeId } = command;
    const epoch = this.histories.epoch;
    const history = await this.histories.current(disputeId);
    const full = { ...command, actor, at: notBefore(at, history.state).toISOString() } as DisputeCommand;
    const decided = decide(full, history.state);

    const earlier = earlierCommand(history.records, options.commandId, actor);
    if (earlier.by === 'this actor') {
      return { disputeId, version: earlier.last.streamVersion, position: earlier.last.globalPosition, duplicate: true, events: [], history };
    }
    // Stale only if an event the actor may read came after the version it sent (its count), and
    // only if what came since changes what the command decides: decided the same on the dispute
    // as the actor saw it and as it is now (the same events, or the same refusal), the answer she
    // gave still holds exactly, and refusing it would only make her give it again (a message
    // posted while she accepted an offer). The same refusal on both is answered as that refusal:
    // sent again on the newer version it would be refused alike, and CONFLICT would send her
    // round for nothing. Looked at only where CONFLICT would be the answer: who may act, and
    // another party's key, still come first (firstRefusal).
    const seen = versionSeenBy(actor, history);
    const foreignKey = earlier.by === 'someone else';
    let refusal = firstRefusal(decided, { stale: options.expectedVersion !== undefined && options.expectedVersion !== seen, foreignKey });
    if (refusal === 'STALE' && answerUnaffected(history, full, options.expectedVersion!)) refusal = firstRefusal(decided, { stale: false, foreignKey });
    if (refusal === 'STALE') throw new StaleDisputeVersion(options.expectedVersion, seen);
    if (refusal) throw new DisputeCommandRefused(refusal);
    if (!isDomainError(decided)) await this.checkReferences(actor, command, history);
    if (isDomainError(decided) || decided.length === 0) {
      return { disputeId, version: history.version, position: history.records.at(-1)?.globalPosition, duplicate: false, events: [], history };
    }

    const appended = await this.store.appendToStream(disputeStreamId(disputeId), recordableEvents(decided, actor, options, history.state, disputeId), {
      expectedVersion: history.version < 0 ? 'no_stream' : history.version,
    });
    // A duplicate append (a concurrent retry with the same key) stored nothing: read what is there.
    const after = appended.duplicate ? await this.histories.current(disputeId) : foldRecords(history, appended.events);
    this.histories.remember(disputeId, after, epoch);
    return { disputeId, version: appended.nextExpectedVersion, position: appended.lastPosition, duplicate: appended.duplicate, events: decided.map((e) => e.type), history: after };
  }

  /** Only once the decider accepted: who may act, and the rule, are answered first (and cost no lookup). */
  private async checkReferences(actor: Actor, command: DisputeCommandPayload, history: DisputeHistory): Promise<void> {
    if (!this.references) return;
    for (const reference of accountReferencesOf(command as never)) {
      const refusal = await this.references.refusal(reference, history.state);
      if (refusal) throw new AccountReferenceRefused(reference.field, refusal);
    }
    if (COMMAND_DESCRIPTIONS[command.type].requiresConfirmedAddress && !(await this.references.addressConfirmed(actor.id))) {
      throw new DisputeCommandRefused(new DomainError('ADDRESS_NOT_CONFIRMED'));
    }
  }
}

/** The dispute's version as the actor counts it (over what it may read, an association over what it reads itself); the system's is the stream's. */
export function versionSeenBy(actor: Actor, history: DisputeHistory): number {
  return versionCountedBy(actor, history.readerVersions, history.version);
}

/**
 * Concurrent writers read the clock a few milliseconds apart, and the one that read it first may
 * append last (or retry after losing the race): its command then happens at the last recorded
 * event, never before it, which the decider would refuse as a command in the past.
 */
function notBefore(at: Date, state: DisputeState): Date {
  return state.filed && at.getTime() < Date.parse(state.lastEventAt) ? new Date(state.lastEventAt) : at;
}

/**
 * The decided events as the store keeps them: their schema version, who acted, and why (the
 * benchmarks build their logs with it too, so that theirs are sealed as a real one is). Words are
 * sealed with their author's key for this dispute (`<accountId>@<disputeId>`), so that erasing the
 * dispute (retention) leaves the author's other disputes readable, and erasing the author all.
 */
export function recordableEvents(events: DisputeEvent[], actor: Actor, options: CommandOptions, state: DisputeState, disputeId: string): NewEvent[] {
  const correlationId = options.correlationId ?? randomUUID();
  return events.map((event) => ({
    type: event.type,
    data: event.data,
    personal: personalPointers(event),
    subject: sealedFor(dataSubjectOf(event, actor, state.filed ? state.consumerId : undefined), disputeId),
    metadata: {
      schemaVersion: event.schemaVersion,
      actor: actorTag(actor),
      correlationId,
      causationId: options.commandId ?? correlationId,
      ...(options.commandId ? { commandId: options.commandId } : {}),
    },
  }));
}

const sealedFor = (author: string | undefined, disputeId: string) => (author === undefined ? undefined : scopedSubject(author, disputeId));

import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decide, disputeStreamId, isDomainError, type DisputeCommand, type DisputeEvent } from '@recours/disputes';
import { EVENT_STORE, WrongExpectedVersionError, type EventStore, type NewEvent } from '@recours/event-store';
import { randomUUID } from 'node:crypto';
import { actorOf, type Viewer } from '../auth/viewer';
import { Clock } from '../clock/clock';
import { conflict } from '../graphql/errors';
import { loadDisputeHistory } from './dispute-history';
import { toGraphQLError } from './domain-error.mapping';

/** A dispute command as the API receives it: the actor and the time are added here. */
export type DisputeCommandPayload = DistributiveOmit<DisputeCommand, 'actor' | 'at'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface CommandOptions {
  /** The version the client last saw; a stale one is refused with CONFLICT. */
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
}

export class ExecuteDisputeCommand {
  constructor(
    readonly viewer: Viewer,
    readonly command: DisputeCommandPayload,
    readonly options: CommandOptions = {},
  ) {}
}

/** Concurrent writers without an expectedVersion: decide again on the newer state. */
const MAX_ATTEMPTS = 5;

/** Reads the stream, runs the decider, appends with the version it read. */
@CommandHandler(ExecuteDisputeCommand)
export class ExecuteDisputeCommandHandler implements ICommandHandler<ExecuteDisputeCommand, CommandOutcome> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async execute({ viewer, command, options }: ExecuteDisputeCommand): Promise<CommandOutcome> {
    const actor = actorOf(viewer);
    for (let attempt = 1; ; attempt++) {
      const history = await loadDisputeHistory(this.store, command.disputeId);
      if (options.commandId) {
        const earlier = history.records.filter((r) => r.metadata.commandId === options.commandId);
        if (earlier.length > 0) {
          const last = earlier[earlier.length - 1];
          return { disputeId: command.disputeId, version: last.streamVersion, position: last.globalPosition, duplicate: true };
        }
      }
      if (options.expectedVersion !== undefined && options.expectedVersion !== history.version) {
        throw conflict(`The dispute changed since version ${options.expectedVersion}; it is now at version ${history.version}`, history.version);
      }
      const decided = decide({ ...command, actor, at: this.clock.now().toISOString() } as DisputeCommand, history.state);
      if (isDomainError(decided)) throw toGraphQLError(decided);
      if (decided.length === 0) {
        return { disputeId: command.disputeId, version: history.version, position: history.records.at(-1)?.globalPosition, duplicate: false };
      }
      const correlationId = options.correlationId ?? randomUUID();
      const events = decided.map((event: DisputeEvent): NewEvent => ({
        type: event.type,
        data: event.data,
        metadata: {
          schemaVersion: event.schemaVersion,
          actor: `${actor.kind.toLowerCase()}:${actor.id}`,
          correlationId,
          causationId: options.commandId ?? correlationId,
          ...(options.commandId ? { commandId: options.commandId } : {}),
        },
      }));
      try {
        const result = await this.store.appendToStream(disputeStreamId(command.disputeId), events, {
          expectedVersion: history.version < 0 ? 'no_stream' : history.version,
        });
        return { disputeId: command.disputeId, version: result.nextExpectedVersion, position: result.lastPosition, duplicate: result.duplicate };
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        const current = typeof error.actualVersion === 'number' ? error.actualVersion : -1;
        if (options.expectedVersion !== undefined || attempt >= MAX_ATTEMPTS) {
          throw conflict(`Someone else changed the dispute at the same moment; it is now at version ${current}`, current);
        }
      }
    }
  }
}

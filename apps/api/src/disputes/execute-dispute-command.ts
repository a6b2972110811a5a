import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  DisputeCommandRefused,
  StaleDisputeVersion,
  handleDisputeCommand,
  type CommandOptions,
  type CommandOutcome,
  type DisputeCommandPayload,
} from '@recours/dispute-commands';
import { EVENT_STORE, type EventStore } from '@recours/event-store';
import { actorOf, type Viewer } from '../auth/viewer';
import { Clock } from '@recours/clock';
import { conflict } from '../graphql/errors';
import { toGraphQLError } from './domain-error.mapping';

export type { CommandOutcome, DisputeCommandPayload } from '@recours/dispute-commands';

export class ExecuteDisputeCommand {
  constructor(
    readonly viewer: Viewer,
    readonly command: DisputeCommandPayload,
    readonly options: CommandOptions = {},
  ) {}
}

/** Thin: the viewer becomes the actor, the clock gives the time, refusals become GraphQL errors. */
@CommandHandler(ExecuteDisputeCommand)
export class ExecuteDisputeCommandHandler implements ICommandHandler<ExecuteDisputeCommand, CommandOutcome> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async execute({ viewer, command, options }: ExecuteDisputeCommand): Promise<CommandOutcome> {
    try {
      return await handleDisputeCommand(this.store, actorOf(viewer), this.clock.now(), command, options);
    } catch (error) {
      if (error instanceof DisputeCommandRefused) throw toGraphQLError(error.refusal);
      if (error instanceof StaleDisputeVersion) throw conflict(error.message, error.currentVersion);
      throw error;
    }
  }
}

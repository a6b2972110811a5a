import type { DisputeCommand } from '../commands/dispute-command';
import { DomainError, invalidInput } from '../errors';
import type { DisputeEvent } from '../events/dispute-event';
import type { DisputeState } from '../state';
import { isBefore } from '../values/instant';
import { authorize } from './authorize';
import type { CommandHandler } from './command-handler';
import { readEnvelope } from './envelope';
import { fileClaim } from './file-claim';
import { HANDLERS } from './handlers';

/**
 * Decides what a command means for a dispute: the events to append, or the DomainError that
 * refuses it. Pure: the time is the command's `at`, and it never throws for a refused command.
 */
export function decide(command: DisputeCommand, state: DisputeState): DisputeEvent[] | DomainError {
  const envelope = readEnvelope(command);
  if (envelope instanceof DomainError) return envelope;
  const { type, actor, at } = envelope;
  if (type === 'FileClaim') return fileClaim(command as Extract<DisputeCommand, { type: 'FileClaim' }>, state, actor, at);
  if (!state.filed) return new DomainError('DISPUTE_NOT_FOUND', `dispute ${envelope.disputeId} has not been filed`);
  if (envelope.disputeId !== state.disputeId) return invalidInput('disputeId', `the command is for dispute ${envelope.disputeId}, not ${state.disputeId}`);
  // A command dated before the last event would let an expired offer be accepted "in the past".
  if (isBefore(at, state.lastEventAt)) return invalidInput('at', `must not be before the last recorded event (${state.lastEventAt})`);

  const handler = HANDLERS[type] as CommandHandler<DisputeCommand>;
  const party = authorize(handler, state, actor, at);
  if (party instanceof DomainError) return party;
  return handler.validate(command, state) ?? handler.decide(command, state, party, at);
}

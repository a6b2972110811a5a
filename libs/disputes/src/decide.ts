import type { DisputeCommand, FiledCommandType } from './commands/dispute-command';
import { fieldProblem } from './validation/field-problems';
import { DomainError, invalidInput } from './errors';
import type { DisputeEvent } from './events/dispute-event';
import type { DisputeState } from './state';
import { isBefore } from './values/instant';
import { authorize } from './commands/authorize';
import type { CommandRules } from './commands/command-rules';
import { readEnvelope } from './commands/read-envelope';
import { fileClaim } from './claim/file-claim';
import { RULES } from './commands/dispute-command';
import { refusalOf } from './validation/input';

/**
 * Decides what a command means for a dispute: the events to append, or the DomainError that
 * refuses it. Pure: the time is the command's `at`, and it never throws for a refused command.
 */
export function decide(command: DisputeCommand, state: DisputeState): DisputeEvent[] | DomainError {
  const envelope = readEnvelope(command);
  if (envelope instanceof DomainError) return envelope;
  const { type, actor, at } = envelope;
  if (type === 'FileClaim') return fileClaim(command as Extract<DisputeCommand, { type: 'FileClaim' }>, state, actor, at);
  if (!state.filed) return new DomainError('DISPUTE_NOT_FOUND', { disputeId: envelope.disputeId });
  if (envelope.disputeId !== state.disputeId) return invalidInput('disputeId', fieldProblem('OTHER_DISPUTE', { disputeId: envelope.disputeId }));
  // A command dated before the last event would let an expired offer be accepted "in the past".
  if (isBefore(at, state.lastEventAt)) return invalidInput('at', fieldProblem('BEFORE_LAST_EVENT', { lastEventAt: state.lastEventAt }));

  const handler = RULES[type as FiledCommandType] as CommandRules<DisputeCommand>;
  const party = authorize(handler, state, actor, at);
  if (party instanceof DomainError) return party;
  return refusalOf(handler.payload, command) ?? handler.decide(command, state, party, at);
}

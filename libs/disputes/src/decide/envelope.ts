import { DISPUTE_COMMAND_TYPES, type DisputeCommandType } from '../commands/dispute-command';
import { DomainError } from '../errors';
import type { Actor } from '../values/actor';
import { isInstant, normaliseInstant, type Instant } from '../values/instant';
import { checked, identifier, oneOf, record, refuse } from '../validation/input';
import { actor as readActor } from '../validation/shapes';

export interface Envelope {
  type: DisputeCommandType;
  disputeId: string;
  actor: Actor;
  at: Instant;
}

/** What every command must carry before anything else is read; `at` comes back normalised to UTC. */
export function readEnvelope(command: unknown): Envelope | DomainError {
  let envelope: Envelope | undefined;
  const invalid = checked(() => {
    const c = record(command, 'command');
    const type = oneOf(c.type, 'type', DISPUTE_COMMAND_TYPES);
    const disputeId = identifier(c.disputeId, 'disputeId');
    const actor = readActor(c.actor);
    if (!isInstant(c.at)) refuse('at', 'must be an ISO-8601 instant with its offset, such as 2025-03-01T09:30:00Z');
    envelope = { type, disputeId, actor, at: normaliseInstant(c.at as string) };
  });
  return invalid ?? envelope!;
}

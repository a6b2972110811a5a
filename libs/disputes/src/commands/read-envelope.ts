import { problemMessage as say } from '../validation/field-problems';
import { z } from 'zod';
import { DISPUTE_COMMAND_TYPES, type DisputeCommandType } from './dispute-command';
import { DomainError } from '../errors';
import type { Actor } from '../values/actor';
import { isInstant, normaliseInstant, type Instant } from '../values/instant';
import { identifier, oneOf, readWith } from '../validation/input';
import { actor } from '../validation/shapes';

export interface Envelope {
  type: DisputeCommandType;
  disputeId: string;
  actor: Actor;
  at: Instant;
}

/** What every command carries before anything else is read. */
const envelope = z.object(
  {
    type: oneOf(DISPUTE_COMMAND_TYPES as [DisputeCommandType, ...DisputeCommandType[]]),
    disputeId: identifier(),
    actor,
    at: z.string().refine(isInstant, say('NOT_AN_INSTANT')),
  },
  { error: say('NOT_AN_OBJECT') },
);

/** Reads the envelope; `at` comes back normalised to UTC. */
export function readEnvelope(command: unknown): Envelope | DomainError {
  const read = readWith(envelope, command);
  if (read instanceof DomainError) return read;
  return { type: read.type, disputeId: read.disputeId, actor: read.actor, at: normaliseInstant(read.at) };
}

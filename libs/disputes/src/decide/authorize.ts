import { DomainError } from '../errors';
import { phaseOf } from '../phase';
import type { Dispute } from '../state';
import type { Actor } from '../values/actor';
import type { Instant } from '../values/instant';
import type { CommandHandler } from './command-handler';
import { identify, type Party } from './parties';
import type { DisputeCommand } from '../commands/dispute-command';

const ROLE_NAMES = {
  CONSUMER: 'the consumer',
  ASSOCIATION: "an association under the consumer's mandate",
  MERCHANT: "the merchant's agents",
  MEDIATOR: 'the assigned mediator',
  ADMIN: 'a platform admin',
  SYSTEM: 'the deadline process',
} as const;

/**
 * Everything about a command that does not depend on its payload, in the order a user should
 * hear it: who you are in this dispute, whether this act is yours, whether the dispute is still
 * open, whether it is the moment.
 */
export function authorize(handler: CommandHandler<DisputeCommand>, dispute: Dispute, actor: Actor, at: Instant): Party | DomainError {
  const party = identify(dispute, actor);
  if (party instanceof DomainError) return party;
  if (!handler.roles.includes(party.role)) {
    return new DomainError('ROLE_NOT_ALLOWED', `only ${handler.roles.map((r) => ROLE_NAMES[r]).join(' or ')} may do this`);
  }
  if (phaseOf(dispute) === 'ENDED' && !handler.allowedWhenEnded) {
    return new DomainError('DISPUTE_CLOSED', dispute.withdrawal ? 'the claim was withdrawn' : 'the dispute is closed: only feedback may still be given');
  }
  return handler.guard(dispute, party, at) ?? party;
}

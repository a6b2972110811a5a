import { DomainError } from '../errors';
import { phaseOf } from '../phase';
import type { Dispute } from '../state';
import type { Actor } from '../values/actor';
import type { Instant } from '../values/instant';
import type { CommandRules } from './command-rules';
import { identify, type Party } from '../parties';
import type { DisputeCommand } from './dispute-command';

/**
 * Everything about a command that does not depend on its payload, in the order a user should
 * hear it: who you are in this dispute, whether this act is yours, whether the dispute is still
 * open, whether it is the moment.
 */
export function authorize(handler: CommandRules<DisputeCommand>, dispute: Dispute, actor: Actor, at: Instant): Party | DomainError {
  const party = identify(dispute, actor);
  if (party instanceof DomainError) return party;
  // Erased by retention: its record stays whole, nothing more is written on it but that the erasure was carried out.
  if (dispute.erased && !handler.allowedWhenErased) return new DomainError('DISPUTE_ERASED', { erasedAt: dispute.erased.at });
  if (!handler.roles.includes(party.role)) {
    return new DomainError('ROLE_NOT_ALLOWED', { roles: handler.roles.join(',') });
  }
  if (phaseOf(dispute) === 'ENDED' && !handler.allowedWhenEnded) {
    return new DomainError('DISPUTE_CLOSED', { reason: dispute.withdrawal ? 'WITHDRAWN' : 'CLOSED' });
  }
  return handler.guard(dispute, party, at) ?? party;
}

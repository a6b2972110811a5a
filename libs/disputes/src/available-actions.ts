import { DISPUTE_COMMAND_TYPES, type DisputeCommandType } from './commands/dispute-command';
import { authorize } from './commands/authorize';
import type { CommandRules } from './commands/command-rules';
import { RULES } from './commands/dispute-command';
import type { DisputeCommand, FiledCommandType } from './commands/dispute-command';
import { DomainError } from './errors';
import { identify } from './parties';
import type { DisputeState } from './state';
import type { Actor } from './values/actor';
import { isInstant, normaliseInstant } from './values/instant';
import { actor as actorShape } from './validation/shapes';

/**
 * The commands this actor may send now, for the API to offer. It runs the same checks `decide`
 * runs before reading a payload, plus whether there is anything to act on (an offer to answer,
 * a deadline passed), so a listed action can still be refused only for its payload.
 */
export function availableActions(state: DisputeState, actor: Actor, at: string): DisputeCommandType[] {
  const read = actorShape.safeParse(actor);
  if (!read.success || !isInstant(at)) return [];
  const who: Actor = read.data;
  const now = normaliseInstant(at);
  if (!state.filed) return who.kind === 'CONSUMER' ? ['FileClaim'] : [];
  // Who the actor is here, once: a command of another role is refused whatever else holds, so it
  // is left out before authorize builds a refusal nobody reads (most commands, for any one viewer).
  const identified = identify(state, who);
  if (identified instanceof DomainError) return [];
  return DISPUTE_COMMAND_TYPES.filter((type) => {
    if (type === 'FileClaim') return false;
    const handler = RULES[type as FiledCommandType] as CommandRules<DisputeCommand>;
    if (!handler.roles.includes(identified.role)) return false;
    const party = authorize(handler, state, who, now);
    return !(party instanceof DomainError) && (handler.hasTarget?.(state, party, now) ?? true);
  });
}

import { DISPUTE_COMMAND_TYPES, type DisputeCommandType } from './commands/dispute-command';
import { authorize } from './decide/authorize';
import type { CommandHandler } from './decide/command-handler';
import { HANDLERS } from './decide/handlers';
import type { DisputeCommand } from './commands/dispute-command';
import { DomainError } from './errors';
import type { DisputeState } from './state';
import type { Actor } from './values/actor';
import { isInstant, normaliseInstant } from './values/instant';
import { checked } from './validation/input';
import { actor as readActor } from './validation/shapes';

/**
 * The commands this actor may send now, for the API to offer. It runs the same checks `decide`
 * runs before reading a payload, plus whether there is anything to act on (an offer to answer,
 * a deadline passed), so a listed action can still be refused only for its payload.
 */
export function availableActions(state: DisputeState, actor: Actor, at: string): DisputeCommandType[] {
  let who: Actor | undefined;
  if (checked(() => (who = readActor(actor))) || !isInstant(at)) return [];
  const now = normaliseInstant(at);
  if (!state.filed) return who!.kind === 'CONSUMER' ? ['FileClaim'] : [];
  return DISPUTE_COMMAND_TYPES.filter((type) => {
    if (type === 'FileClaim') return false;
    const handler = HANDLERS[type] as CommandHandler<DisputeCommand>;
    const party = authorize(handler, state, who!, now);
    return !(party instanceof DomainError) && (handler.hasTarget?.(state, party, now) ?? true);
  });
}

import type { Actor } from '@recours/disputes';
import type { RecordedEvent } from '@recours/event-store';

/** Who did it, as every event's metadata records it. */
export const actorTag = (actor: Actor): string => `${actor.kind.toLowerCase()}:${actor.id}`;

/**
 * What an idempotency key already did on this dispute: nothing yet; this actor's command, whose
 * answer a retry gets again (its last event); or another party's command, whose result must not
 * be handed to this caller as if its own command had been carried out.
 */
export type EarlierCommand = { by: 'nobody' } | { by: 'this actor'; last: RecordedEvent } | { by: 'someone else' };

export function earlierCommand(records: readonly RecordedEvent[], commandId: string | undefined, actor: Actor): EarlierCommand {
  if (commandId === undefined) return { by: 'nobody' };
  const earlier = records.filter((r) => r.metadata.commandId === commandId);
  const last = earlier.at(-1);
  if (!last) return { by: 'nobody' };
  return last.metadata.actor === actorTag(actor) ? { by: 'this actor', last } : { by: 'someone else' };
}

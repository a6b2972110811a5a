import type { DisputeCommand, DisputeCommandOfType, DisputeCommandType } from '../commands/dispute-command';
import { disputeDecider } from '../decider';
import type { DisputeEvent, DisputeEventOfType, DisputeEventType } from '../events/dispute-event';
import type { EventContext } from '../events/event-envelope';
import type { Dispute, DisputeState } from '../state';
import type { Actor } from '../values/actor';
import { CONSUMER_ID } from './actors';
import { DeciderSpecification } from './decider-specification';

/** How dispute specs say it: given(events).when(command).then(events), events and commands of the one dispute. */

export const DISPUTE_ID = 'dispute-42';

/** What every event records; an association's acts name the consumer. */
export const ctx = (at: string, by: Actor): EventContext => ({
  disputeId: DISPUTE_ID,
  at,
  by,
  ...(by.kind === 'ASSOCIATION' && { onBehalfOf: CONSUMER_ID }),
});

export function event<T extends DisputeEventType>(type: T, data: DisputeEventOfType<T>['data']): DisputeEventOfType<T> {
  return { type, schemaVersion: 1, data } as DisputeEventOfType<T>;
}

export function command<T extends DisputeCommandType>(
  type: T,
  at: string,
  actor: Actor,
  payload: Omit<DisputeCommandOfType<T>, 'type' | 'disputeId' | 'actor' | 'at'>,
): DisputeCommandOfType<T> {
  return { type, disputeId: DISPUTE_ID, actor, at, ...payload } as DisputeCommandOfType<T>;
}

/** A command with a payload the types would refuse, to check runtime validation. */
export const raw = (type: string, at: string, actor: unknown, payload: Record<string, unknown>) =>
  ({ type, disputeId: DISPUTE_ID, actor, at, ...payload }) as unknown as DisputeCommand;

export const given = (events: DisputeEvent[]) => DeciderSpecification.for(disputeDecider).given(events);

export const stateOf = (events: DisputeEvent[]): DisputeState => events.reduce(disputeDecider.evolve, disputeDecider.initialState());

/** The dispute after the real decider accepted each command in turn (the first one files it). */
export function disputeAfter(...commands: DisputeCommand[]): Dispute {
  let state = disputeDecider.initialState();
  for (const c of commands) {
    const decided = disputeDecider.decide(c, state);
    if (!Array.isArray(decided)) throw new Error(`${c.type} refused: ${decided.code} ${decided.message}`);
    state = decided.reduce(disputeDecider.evolve, state);
  }
  if (!state.filed) throw new Error('not filed');
  return state;
}

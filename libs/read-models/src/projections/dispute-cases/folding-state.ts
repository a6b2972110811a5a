import type { DisputeState } from '@recours/disputes';

/**
 * The dispute's state as this projection keeps it between events, in its cache and in
 * dispute_summaries.state: the decider's state, its messages without their words. Folding goes on
 * from it (`evolve` only appends to the messages) and no table reads a message's words; kept
 * whole, every event of a long conversation rewrote all of them (serialized, sent, stored and
 * logged again: the cost of a dispute's event grew with its history), and the read model held one
 * more copy of what people wrote to each other.
 */
export function foldingState(state: DisputeState): DisputeState {
  if (!state.filed || state.messages.every((message) => message.body === '')) return state;
  return { ...state, messages: state.messages.map((message) => (message.body === '' ? message : { ...message, body: '' })) };
}

import type { DisputeState, MessageRecord } from '@recours/disputes';

/**
 * The dispute's state as this projection keeps it between events, in its cache and in
 * dispute_summaries.state: the decider's state with, of its messages, only each author's last one,
 * without its words. Folding goes on from it (`evolve` only appends to the messages), no table
 * reads a message, and the erasure still finds every person who wrote in the dispute (one
 * message each). Kept whole, every event of a long conversation rewrote all of them (serialized,
 * sent, stored and written to the WAL again: a message cost more the longer the conversation),
 * and the read model held one more copy of what people wrote to each other.
 */
export function foldingState(state: DisputeState): DisputeState {
  if (!state.filed) return state;
  const messages = lastWordlessMessageOfEachAuthor(state.messages);
  return messages === state.messages ? state : { ...state, messages };
}

const authorOf = (message: MessageRecord): string => `${message.by.kind}|${message.by.id}|${message.by.merchantId ?? ''}|${message.onBehalfOf ?? ''}`;

/** The messages themselves when already so (the usual case: nothing copied). */
function lastWordlessMessageOfEachAuthor(messages: readonly MessageRecord[]): MessageRecord[] {
  const authors = new Set<string>();
  const kept: MessageRecord[] = [];
  let same = true;
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i];
    const author = authorOf(message);
    if (authors.has(author)) {
      same = false;
      continue;
    }
    authors.add(author);
    if (message.body !== '') same = false;
    kept.push(message.body === '' ? message : { ...message, body: '' });
  }
  return same ? (messages as MessageRecord[]) : kept.reverse();
}

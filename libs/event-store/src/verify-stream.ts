import type { EventStore, RecordedEvent } from './event-store.port';
import { verifyChain, type ChainLink, type ChainVerification } from './integrity';

/** A recorded event as a link of its stream's chain. */
export function chainLinkOf(event: RecordedEvent): Extract<ChainLink, { event: unknown }> {
  const { id, streamId, type, data, metadata, personal, streamVersion, hash } = event;
  return { streamVersion, hash, event: { id, streamId, type, data, metadata, ...(personal && { personal }) } };
}

/** Recomputes a stream's hash chain from what the store holds. */
export async function verifyStream(store: EventStore, streamId: string): Promise<ChainVerification> {
  return verifyChain((await store.readStream(streamId)).map(chainLinkOf));
}

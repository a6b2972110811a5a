import { chainHash, eventDigest, GENESIS_HASH, type HashedEvent } from './event-hash';

/**
 * One link of a stream's chain as a verifier gets it: the event itself, or only its digest
 * when the reader may not see it (a case file keeps the chain whole without showing it).
 */
export type ChainLink = { streamVersion: number; hash: string } & ({ event: HashedEvent } | { digest: string });

export interface ChainVerification {
  /** Every event's hash recomputed from its content and the previous hash matches the stored one. */
  valid: boolean;
  events: number;
  /** The first version whose content or link does not match its hash (or is missing); null when valid. */
  brokenAtVersion: number | null;
  /** The stored hash of the last event, which a party can keep to check later exports against. */
  headHash: string | null;
}

/** Recomputes a stream's chain from its first event. */
export async function verifyChain(links: readonly ChainLink[]): Promise<ChainVerification> {
  let previous = GENESIS_HASH;
  let brokenAtVersion: number | null = null;
  for (const [index, link] of links.entries()) {
    if (link.streamVersion !== index) {
      brokenAtVersion = index; // an event is missing (or the versions were rewritten)
      break;
    }
    let digest: string;
    try {
      digest = 'event' in link ? await eventDigest(link.event) : link.digest;
    } catch {
      brokenAtVersion = index; // content that cannot be hashed as recorded: cut or malformed
      break;
    }
    const expected = await chainHash(previous, digest);
    if (expected !== link.hash) {
      brokenAtVersion = index;
      break;
    }
    previous = link.hash;
  }
  return { valid: brokenAtVersion === null, events: links.length, brokenAtVersion, headHash: links.at(-1)?.hash ?? null };
}

/**
 * Whether an earlier export's chain is the beginning of a later one: the same hash at each of
 * its versions. Since each hash covers everything before it, comparing the last is enough.
 */
export function isPrefixOf(earlier: readonly { streamVersion: number; hash: string }[], later: readonly { streamVersion: number; hash: string }[]): boolean {
  const last = earlier.at(-1);
  if (!last) return true;
  return later[last.streamVersion]?.hash === last.hash;
}

import canonicalize from 'canonicalize';
import { committedData, type PersonalFields } from './personal-fields';
import { fromHex, sha256, sha256Hex, toHex } from './sha256';

/**
 * What an event's hash covers: the event as recorded (never as an upcaster reads it), with its
 * personal fields as salted commitments. Its version and the time it was stored are not in it:
 * the chain fixes the order, and a dispute event carries its own instant in its data.
 */
export interface HashedEvent {
  id: string;
  streamId: string;
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
  personal?: PersonalFields;
}

/** The hash a stream's first event is chained to. */
export const GENESIS_HASH = '0'.repeat(64);

/** SHA-256 of the event's RFC 8785 canonical form, as lower-case hex. */
export async function eventDigest(event: HashedEvent): Promise<string> {
  const form = { id: event.id, streamId: event.streamId, type: event.type, data: await committedData(event.data, event.personal), metadata: event.metadata };
  return sha256Hex(canonical(form));
}

/**
 * RFC 8785. A lone surrogate has no canonical form: the store refuses them, but events stored
 * before the chain existed may hold some, and are hashed with each one as U+FFFD.
 */
function canonical(value: unknown): string {
  try {
    return canonicalize(value) as string;
  } catch (error) {
    if (!/surrogate/i.test((error as Error).message)) throw error;
    return canonicalize(wellFormed(value)) as string;
  }
}

function wellFormed(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\p{Cs}/gu, '\uFFFD');
  if (Array.isArray(value)) return value.map(wellFormed);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [wellFormed(k), wellFormed(v)]));
  return value;
}

/** hash(n) = SHA-256(hash(n-1) ‖ digest(n)), both as 32 raw bytes; hash(-1) is GENESIS_HASH. */
export async function chainHash(previousHash: string, digest: string): Promise<string> {
  const bytes = new Uint8Array(64);
  bytes.set(fromHex(previousHash), 0);
  bytes.set(fromHex(digest), 32);
  return toHex(await sha256(bytes));
}

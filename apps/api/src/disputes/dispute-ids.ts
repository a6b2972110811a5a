import { createHash } from 'node:crypto';
import { timeOrderedId } from '@recours/database';
import { disputeStreamId } from '@recours/disputes';
import type { EventStore } from '@recours/event-store';

/** A UUID of version 7: its first 48 bits are the milliseconds it was made at. */
const TIME_ORDERED = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * The id of a new dispute, time-ordered where it can be: the events' stream index and every read
 * model keyed by dispute take a new dispute at their right edge, and the disputes being worked on
 * (the recent ones) stay together there instead of spreading over the whole index
 * (timeOrderedId says why).
 *
 * With an idempotency key it is derived from the key and the consumer, so a retried filing lands
 * on the same stream and is recognised as a retry. A time-ordered key (the web app makes them)
 * lends the id its milliseconds, so the id is time-ordered too; any other key gives an id of
 * random look, the same as before.
 */
export function newDisputeId(accountId: string, commandId?: string): string {
  if (!commandId) return timeOrderedId();
  const hex = keyDigest(accountId, commandId);
  if (TIME_ORDERED.test(commandId)) {
    const millis = commandId.replace(/-/g, '').slice(0, 12).toLowerCase();
    return `${millis.slice(0, 8)}-${millis.slice(8, 12)}-7${hex.slice(13, 16)}-${variantOf(hex)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
  return randomLookingId(hex);
}

/**
 * The dispute a filing with this key lands on. A time-ordered key sent before every process
 * derived ids this way (a rolling upgrade: the new web app's key reaching a process of the
 * earlier release) filed under the earlier derivation: its retry finds that dispute, one read of
 * at most one event, and is answered as a retry there instead of filing a second dispute.
 */
export async function disputeIdForFiling(store: EventStore, accountId: string, commandId?: string): Promise<string> {
  const id = newDisputeId(accountId, commandId);
  if (!commandId || !TIME_ORDERED.test(commandId)) return id;
  const earlier = randomLookingId(keyDigest(accountId, commandId));
  const filed = await store.readStream(disputeStreamId(earlier), { maxCount: 1 });
  return filed.length > 0 ? earlier : id;
}

function keyDigest(accountId: string, commandId: string): string {
  return createHash('sha256').update(`recours:file-claim:${accountId}:${commandId}`).digest('hex');
}

const variantOf = (hex: string) => ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);

/** Shaped as a version-4-like UUID so every layer treats it as any other id. */
function randomLookingId(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variantOf(hex)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

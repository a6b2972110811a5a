import { createHash, randomUUID } from 'node:crypto';

/**
 * The id of a new dispute. With an idempotency key it is derived from the key and the consumer,
 * so a retried filing lands on the same stream and is recognised as a retry.
 */
export function newDisputeId(accountId: string, commandId?: string): string {
  if (!commandId) return randomUUID();
  const hex = createHash('sha256').update(`recours:file-claim:${accountId}:${commandId}`).digest('hex');
  // Shaped as a version-4-like UUID so every layer treats it as any other id.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

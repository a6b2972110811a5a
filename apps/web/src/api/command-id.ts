import { v7 } from 'uuid';

/**
 * A fresh idempotency key, time-ordered (UUID version 7): a claim filed with it gets a
 * time-ordered dispute id (apps/api dispute-ids.ts). uuid draws its random bits from
 * getRandomValues, which, unlike randomUUID, needs no secure context.
 */
export function newCommandId(): string {
  return v7();
}

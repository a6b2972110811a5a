/**
 * When to try again: the first retry within a minute, then twice as long each time up to
 * `maxMs`, and no retry once `windowMs` has passed since the message was stored (measured from
 * then, not from the first attempt, so a message waiting behind another does not start its
 * window late). ±10 % jitter keeps many failures from coming back at the same instant.
 */
export interface Backoff {
  firstMs: number;
  maxMs: number;
  windowMs: number;
}

export const EMAIL_BACKOFF: Backoff = { firstMs: 30_000, maxMs: 2 * 3_600_000, windowMs: 24 * 3_600_000 };
export const WEBHOOK_BACKOFF: Backoff = { firstMs: 30_000, maxMs: 4 * 3_600_000, windowMs: 24 * 3_600_000 };

/** The instant of the next attempt after `attempts` failed ones, or null: give up. */
export function nextAttempt(backoff: Backoff, attempts: number, storedAt: Date, now: Date, random = Math.random): Date | null {
  const delay = Math.min(backoff.firstMs * 2 ** Math.max(0, attempts - 1), backoff.maxMs) * (0.9 + 0.2 * random());
  const next = new Date(now.getTime() + delay);
  return next.getTime() - storedAt.getTime() > backoff.windowMs ? null : next;
}

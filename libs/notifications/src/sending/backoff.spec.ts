import { EMAIL_BACKOFF, WEBHOOK_BACKOFF, nextAttempt } from './backoff';

const stored = new Date('2026-03-01T10:00:00Z');
const at = (ms: number) => new Date(stored.getTime() + ms);
const mid = () => 0.5; // no jitter

describe('retries', () => {
  it('the first retry within a minute, then twice as long each time, up to the cap', () => {
    expect(nextAttempt(WEBHOOK_BACKOFF, 1, stored, at(0), mid)).toEqual(at(30_000));
    expect(nextAttempt(WEBHOOK_BACKOFF, 2, stored, at(30_000), mid)).toEqual(at(90_000));
    expect(nextAttempt(WEBHOOK_BACKOFF, 3, stored, at(90_000), mid)).toEqual(at(210_000));
    expect(nextAttempt(WEBHOOK_BACKOFF, 20, stored, at(3_600_000), mid)).toEqual(at(3_600_000 + 4 * 3_600_000));
    // Jitter keeps the first retry between 27 and 33 s.
    expect(nextAttempt(EMAIL_BACKOFF, 1, stored, at(0), () => 0)!.getTime() - stored.getTime()).toBe(27_000);
    expect(nextAttempt(EMAIL_BACKOFF, 1, stored, at(0), () => 1)!.getTime() - stored.getTime()).toBe(33_000);
  });

  it('no retry past 24 hours from when the message was stored: it fails for good', () => {
    expect(nextAttempt(WEBHOOK_BACKOFF, 12, stored, at(21 * 3_600_000), mid)).toBeNull();
    expect(nextAttempt(WEBHOOK_BACKOFF, 12, stored, at(19 * 3_600_000), mid)).toEqual(at(23 * 3_600_000));
  });
});

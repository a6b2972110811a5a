/**
 * Outcomes that must not be mistaken for one another: "nobody has this address" is an answer;
 * a lookup that failed (network, refused, outage) is not, and says so. No DOM type here
 * (test/web reads it under the repository's typecheck).
 */
export const LOOKUP_FAILED = 'failed' as const;

/** What a lookup found: the value, null when the API answered that there is none, or LOOKUP_FAILED when it did not answer. */
export function lookedUp<T>(value: T | null | undefined, error: unknown): T | null | typeof LOOKUP_FAILED {
  if (value !== null && value !== undefined) return value;
  return error ? LOOKUP_FAILED : null;
}

/**
 * An unsubscribe link's answer: done; 'invalid' only when the server says the link is not one
 * (400, 404, 410); anything else (an outage, too many tries, no answer: null) is a failure to try again.
 */
export function unsubscribeOutcome(status: number | null): 'done' | 'invalid' | 'failed' {
  if (status === null) return 'failed';
  if (status >= 200 && status < 300) return 'done';
  if (status === 400 || status === 404 || status === 410) return 'invalid';
  return 'failed';
}

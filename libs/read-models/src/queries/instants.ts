import type { Instant } from '@recours/disputes';

/** Timestamps leave the read models as the domain's instants: ISO-8601 in UTC, with milliseconds. */
export const instant = (value: Date): Instant => value.toISOString();
export const optionalInstant = (value: Date | null): Instant | null => (value ? value.toISOString() : null);

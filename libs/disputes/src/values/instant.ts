import { addDays, isCalendarDate, parisDateOf, startOfParisDay, type CalendarDate } from '@recours/consumer-law';

/**
 * An instant as an ISO-8601 string. Commands may carry any offset; events always carry the
 * normalised UTC form (2025-03-01T09:30:00.000Z) so streams compare and replay identically.
 */
export type Instant = string;

const SHAPE = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export function isInstant(value: unknown): value is Instant {
  if (typeof value !== 'string') return false;
  const m = SHAPE.exec(value);
  return m !== null && isCalendarDate(m[1]) && !Number.isNaN(Date.parse(value));
}

export function normaliseInstant(value: Instant): Instant {
  return new Date(value).toISOString();
}

export function isBefore(a: Instant, b: Instant): boolean {
  return Date.parse(a) < Date.parse(b);
}

/**
 * The first instant of a calendar date in Europe/Paris (00:00 in France: 23:00 UTC the day before
 * in winter, 22:00 UTC in summer). Every day of the dispute is a day in France (docs/consumer-law.md,
 * item 13).
 */
export function startOf(date: CalendarDate): Instant {
  return startOfParisDay(date);
}

/**
 * A period of `days` counted from the day in Europe/Paris of `from`: the day of the act is not
 * counted (CPC 641: dies a quo non computatur), the last day to act is `dueOn`, and the period has
 * passed from `dueAt`, midnight in Paris after it. Every period of the dispute counts so, the
 * law's (the mediation's 21 and 90 days) and the platform's (offer expiry, response times): a
 * claim filed at 00:30 in Paris on 1 March (23:30 UTC on 28 February) counts from 1 March, and a
 * period whose last day is 15 March 2026 passes at 2026-03-15T23:00:00.000Z (22:00 UTC in summer).
 */
export interface Period {
  dueOn: CalendarDate;
  dueAt: Instant;
}

export function periodOfDays(from: Instant, days: number): Period {
  return periodEndingOn(addDays(parisDateOf(from), days));
}

export function periodEndingOn(dueOn: CalendarDate): Period {
  return { dueOn, dueAt: startOf(addDays(dueOn, 1)) };
}

/**
 * The last day to act on a period that passes at `dueAt`: the day in Paris before the one `dueAt`
 * falls on. Right for both forms stored events carry: midnight in Paris after the last day, and
 * midnight UTC after it in events recorded before every period counted Paris days (01:00 or 02:00
 * in Paris the next day).
 */
export function lastDayOf(dueAt: Instant): CalendarDate {
  return addDays(parisDateOf(dueAt), -1);
}

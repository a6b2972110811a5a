import { addDays, dateOf, isCalendarDate, parisDateOf, type CalendarDate } from '@recours/consumer-law';

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

/** The first instant of a calendar date, read in UTC like `dateOf`. */
export function startOf(date: CalendarDate): Instant {
  return `${date}T00:00:00.000Z`;
}

/**
 * A period of `days` counted from the date of `from`: the last day to act is `dueOn`, and the
 * period has passed from `dueAt` (midnight UTC after it). The day of the triggering event is
 * not counted (CPC 641: dies a quo non computatur).
 */
export interface Period {
  dueOn: CalendarDate;
  dueAt: Instant;
}

export function periodOfDays(from: Instant, days: number): Period {
  return periodEndingOn(addDays(dateOf(from), days));
}

/**
 * A period the law sets (the mediation's 21 and 90 days), counted like `periodOfDays` but from
 * the day in Europe/Paris of `from` (docs/consumer-law.md, item 13): an act at 00:30 in Paris
 * on 1 March (23:30 UTC on 28 February) starts its period on 1 March. `dueAt` stays midnight UTC
 * after the last day, as for every period of the dispute. The platform's own periods (offer
 * expiry, response times) keep `periodOfDays`.
 */
export function legalPeriodOfDays(from: Instant, days: number): Period {
  return periodEndingOn(addDays(parisDateOf(from), days));
}

export function periodEndingOn(dueOn: CalendarDate): Period {
  return { dueOn, dueAt: startOf(addDays(dueOn, 1)) };
}

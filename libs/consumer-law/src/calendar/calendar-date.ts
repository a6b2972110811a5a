/**
 * A calendar date as 'YYYY-MM-DD', with no time zone: the law counts days and months,
 * not instants, so a date must never drift across a UTC offset.
 */
export type CalendarDate = string;

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

export class InvalidCalendarDateError extends Error {
  constructor(readonly value: unknown) {
    super(`"${String(value)}" is not a calendar date (YYYY-MM-DD)`);
    this.name = 'InvalidCalendarDateError';
  }
}

/** Year, month and day of a date, which must exist (assertCalendarDate throws otherwise). */
function parts(date: CalendarDate): [number, number, number] {
  const [y, m, d] = assertCalendarDate(date).split('-').map(Number);
  return [y, m, d];
}

/**
 * The instant of midnight UTC on year/month/day, days overflowing into the next months. Date.UTC
 * alone reads years 0 to 99 as 1900 to 1999; setUTCFullYear takes the year as given.
 */
function utc(year: number, month: number, day: number): Date {
  const t = new Date(0);
  t.setUTCFullYear(year, month - 1, day);
  return t;
}

export function daysInMonth(year: number, month: number): number {
  return utc(year, month + 1, 0).getUTCDate();
}

/**
 * The dates the rights engine assesses on (its asOf), both included. Every fact must be on or
 * before asOf, and the engine's periods (up to 20 years, L217-3 and art. 2232 of the Civil code)
 * then end far inside what the calendar arithmetic and the formatters handle (years 0 to 9999).
 */
export const EARLIEST_ASSESSED_DATE: CalendarDate = '1900-01-01';
export const LATEST_ASSESSED_DATE: CalendarDate = '2200-12-31';

/** True for an existing date in YYYY-MM-DD form (2025-02-30 is not one). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const m = SHAPE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function assertCalendarDate(value: unknown): CalendarDate {
  if (!isCalendarDate(value)) throw new InvalidCalendarDateError(value);
  return value;
}

function format(y: number, m: number, d: number): CalendarDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The end of a period of N months starting on `date`: the same day of the month N months
 * later, or the last day of that month when that day does not exist (French Code of civil
 * procedure art. 641). 2024-02-29 + 12 months = 2025-02-28.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return format(year, month, Math.min(d, daysInMonth(year, month)));
}

export function addYears(date: CalendarDate, years: number): CalendarDate {
  return addMonths(date, years * 12);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const [y, m, d] = parts(date);
  const t = utc(y, m, d + days);
  return format(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** The day of the week, 1 (Monday) to 7 (Sunday), as ISO 8601 numbers them. */
export function dayOfWeek(date: CalendarDate): number {
  const [y, m, d] = parts(date);
  return utc(y, m, d).getUTCDay() || 7;
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((utc(y2, m2, d2).getTime() - utc(y1, m1, d1).getTime()) / 86_400_000);
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0; // ISO dates sort as strings
}

export function maxDate(...dates: CalendarDate[]): CalendarDate {
  return dates.reduce((a, b) => (a >= b ? a : b));
}

/** The calendar date of an instant, read in UTC. */
export function dateOf(instant: Date | string): CalendarDate {
  const t = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(t.getTime())) throw new InvalidCalendarDateError(instant);
  return t.toISOString().slice(0, 10);
}

const HOUR_MS = 3_600_000;
/** Where the offsets below are used: four-digit years, as the formatter writes them. */
const OFFSETS_FROM = Date.UTC(1900, 0, 2);
const OFFSETS_UNTIL = Date.UTC(9999, 0, 1);

/** The days of one IANA time zone: the date of an instant there, and the first instant of a date there. */
interface ZoneDays {
  dateOf(instant: Date | string): CalendarDate;
  startOfDay(date: CalendarDate): string;
}

function zoneDays(timeZone: string): ZoneDays {
  const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const clock = new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  /**
   * Per UTC hour, the zone's offset from UTC when it is the same all through that hour (null when a
   * change of offset falls inside it): asking ICU for the date is slow (formatToParts, about 1% of
   * the CPU of answering `dispute(id)`, which reads Paris's a few times), and an hour's offset never
   * changes. Times only, nothing about anyone; bounded.
   */
  const offsets = new Map<number, number | null>();

  /** The zone's wall clock minus UTC at `ms`, to the second. */
  const offsetAt = (ms: number): number => {
    const p = Object.fromEntries(clock.formatToParts(ms).map((x) => [x.type, Number(x.value)]));
    const second = ms - (((ms % 1000) + 1000) % 1000);
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - second;
  };

  const offsetOfHour = (ms: number): number | null => {
    const hour = Math.floor(ms / HOUR_MS);
    let offset = offsets.get(hour);
    if (offset === undefined) {
      // The same offset at the hour's first and last second: no change within it (changes fall on whole seconds).
      const start = hour * HOUR_MS;
      const first = offsetAt(start);
      offset = first === offsetAt(start + HOUR_MS - 1000) ? first : null;
      if (offsets.size >= 10_000) offsets.clear();
      offsets.set(hour, offset);
    }
    return offset;
  };

  const dateOf = (instant: Date | string): CalendarDate => {
    const t = typeof instant === 'string' ? new Date(instant) : instant;
    const ms = t.getTime();
    if (Number.isNaN(ms)) throw new InvalidCalendarDateError(instant);
    const offset = ms >= OFFSETS_FROM && ms < OFFSETS_UNTIL ? offsetOfHour(ms) : null;
    if (offset !== null) return new Date(ms + offset).toISOString().slice(0, 10);
    const p = Object.fromEntries(dayFormat.formatToParts(t).map((x) => [x.type, x.value]));
    return `${p.year}-${p.month}-${p.day}`;
  };

  const startOfDay = (date: CalendarDate): string => {
    const [y, m, d] = parts(date);
    const midnight = utc(y, m, d).getTime();
    // The zone's offset at its own midnight: read at the UTC midnight, then again at the instant found.
    let at = midnight - offsetAt(midnight);
    at = midnight - offsetAt(at);
    if (dateOf(new Date(at)) !== date || dateOf(new Date(at - 1)) === date) {
      // Midnight skipped or repeated by a change of clock: the first millisecond of the day.
      let [low, high] = [midnight - 14 * HOUR_MS, midnight + 14 * HOUR_MS];
      while (high - low > 1) {
        const mid = Math.floor((low + high) / 2);
        if (dateOf(new Date(mid)) >= date) high = mid;
        else low = mid;
      }
      at = high;
    }
    return new Date(at).toISOString();
  };

  return { dateOf, startOfDay };
}

/** One per time zone asked for: the engine knows a handful (calendar/consumer-place.ts). */
const ZONES = new Map<string, ZoneDays>();
function daysIn(timeZone: string): ZoneDays {
  let days = ZONES.get(timeZone);
  if (!days) ZONES.set(timeZone, (days = zoneDays(timeZone)));
  return days;
}
const PARIS = daysIn('Europe/Paris');

/**
 * The calendar date of an instant in Europe/Paris: French legal dates are days in France, so a
 * claim filed at 00:30 Paris time on 1 March (23:30 UTC on 28 February) is a complaint of 1 March.
 */
export function parisDateOf(instant: Date | string): CalendarDate {
  return PARIS.dateOf(instant);
}

/**
 * The first instant of a day in Europe/Paris (00:00 in France), as an ISO-8601 UTC string: the
 * inverse of `parisDateOf`. 23:00 UTC the day before in winter, 22:00 UTC in summer (the clocks
 * change at 02:00 and 03:00, never at midnight, in every year since 1996); where a historical
 * change of clock fell at midnight, the first instant whose Paris date is `date`.
 */
export function startOfParisDay(date: CalendarDate): string {
  return PARIS.startOfDay(date);
}

/**
 * The calendar date of an instant in an IANA time zone: a consumer overseas counts her days at
 * her own clock (Indian/Reunion is 3 hours ahead of Paris in winter).
 */
export function dateInTimeZone(instant: Date | string, timeZone: string): CalendarDate {
  return daysIn(timeZone).dateOf(instant);
}

/** The first instant of a day in an IANA time zone (its 00:00), as an ISO-8601 UTC string: the inverse of `dateInTimeZone`. */
export function startOfDayInTimeZone(date: CalendarDate, timeZone: string): string {
  return daysIn(timeZone).startOfDay(date);
}

/**
 * Dates and amounts in the reader's locale. Calendar dates (YYYY-MM-DD) are days, not instants:
 * formatted as they are, never shifted by a time zone. Instants are shown in Europe/Paris, the
 * time zone of the product's legal dates, whatever the browser's zone: `day()` of an instant is its
 * Paris day (an event at 00:30 in Paris on 2 March is "2 mars", not the UTC "1 mars"), `instant()`
 * its Paris day and time with the zone named.
 */
export interface Formatters {
  day(value: string | null | undefined): string;
  instant(value: string | null | undefined): string;
  /**
   * The legal last day of a deadline: its `dueOn` (a calendar date) when known, otherwise the Paris
   * day before the one `dueAt` falls on (the domain sets `dueAt` to midnight in Paris after the last
   * day; events stored before set it to midnight UTC after it, 01:00 or 02:00 in Paris the next day:
   * both read the same), never moved by the reader's time zone.
   */
  lastDayBefore(instant: string | null | undefined, dueOn?: string | null): string;
  money(amount: { amount: string; currency: string } | null | undefined): string;
  percent(share: number | null | undefined): string;
  /** A file's size in the reader's units and digits: "850 ko", "20,5 Mo"; "850 kB", "20.5 MB". */
  size(bytes: number | null | undefined): string;
  number(value: number | null | undefined, digits?: number): string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** The time zone of the product's legal dates (libs/consumer-law's dateOf). */
const PARIS = 'Europe/Paris';

/**
 * A date formatter in the reader's language, the one definition of how the web app writes a date:
 * French writes the first of the month as an ordinal, « 1er janv. 2027 » (Intl writes « 1 janv. »),
 * as the API's sentences do (libs/consumer-law's formatFor: « 1er janvier 2027 »).
 */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): { format(date: Date): string } {
  const format = new Intl.DateTimeFormat(locale, options);
  const french = locale.toLowerCase().startsWith('fr');
  return { format: (date) => (french ? format.format(date).replace(/^1(?=\s)/, '1er') : format.format(date)) };
}

export function formatters(locale: string): Formatters {
  const day = dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const instant = dateFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: PARIS, timeZoneName: 'short' });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const kilobytes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
  const megabytes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
  return {
    day: (value) => {
      if (!value) return '—';
      if (DAY.test(value)) return day.format(new Date(`${value}T00:00:00Z`));
      const paris = parisDay(value);
      return paris ? day.format(new Date(`${paris}T00:00:00Z`)) : value;
    },
    instant: (value) => {
      if (!value) return '—';
      const date = new Date(value);
      return Number.isNaN(date.getTime()) ? value : instant.format(date);
    },
    lastDayBefore: (value, dueOn) => {
      const last = legalLastDay(value, dueOn);
      return last ? day.format(new Date(`${last}T00:00:00Z`)) : '—';
    },
    money: (money) => {
      if (!money) return '—';
      try {
        return new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency }).format(Number(money.amount));
      } catch {
        return `${money.amount} ${money.currency}`;
      }
    },
    size: (bytes) => {
      if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return '—';
      if (bytes < 1024 * 1024) return kilobytes.format(Math.max(1, Math.round(bytes / 1024)));
      return megabytes.format(bytes / (1024 * 1024));
    },
    percent: (share) => (share === null || share === undefined ? '—' : percent.format(share)),
    number: (value, digits = 1) => (value === null || value === undefined ? '—' : new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)),
  };
}

/**
 * The last day to act on a deadline (YYYY-MM-DD): `dueOn` as the API gives it, or else the Paris
 * day before the one `dueAt` falls on (midnight in Paris after the last day, as the domain's
 * `periodEndingOn` sets it; midnight UTC after it in events stored before, the same day then: the
 * domain's `lastDayOf`). Null when neither is a date.
 */
export function legalLastDay(dueAt: string | null | undefined, dueOn?: string | null): string | null {
  if (isDay(dueOn)) return dueOn;
  const passes = dueAt ? parisDay(dueAt) : null;
  if (!passes) return null;
  const before = new Date(`${passes}T00:00:00Z`);
  before.setUTCDate(before.getUTCDate() - 1);
  return before.toISOString().slice(0, 10);
}

const PARIS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: PARIS, year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Today (or the day of `now`) as a calendar date in Europe/Paris: legal dates are days in France
 * (libs/consumer-law's dateOf), so a date a person records defaults to the Paris day, not the UTC
 * one (yesterday between midnight and 01:00 or 02:00 in Paris).
 */
export function parisToday(now: Date = new Date()): string {
  const parts = Object.fromEntries(PARIS_DAY.formatToParts(now).map(({ type, value }) => [type, value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The Paris day (YYYY-MM-DD) an instant falls on; null when it is not a date. The one definition of a Paris day in the app. */
export function parisDay(instant: string | Date): string | null {
  const date = instant instanceof Date ? instant : new Date(instant);
  return Number.isNaN(date.getTime()) ? null : parisToday(date);
}

/**
 * The last instant (ISO) of a Paris day: what a whole day means to the API's disputeAsOf, which
 * reads a bare YYYY-MM-DD as the end of that day in UTC (the first hour or two of the next Paris
 * day). Midnight Paris is 23:00 or 22:00 UTC the day before, depending on summer time.
 */
export function endOfParisDay(value: string): string {
  const end = Date.parse(`${value}T23:59:59.999Z`);
  for (const hours of [1, 2]) {
    const candidate = new Date(end - hours * 3_600_000);
    if (parisDay(candidate) === value) return candidate.toISOString();
  }
  return new Date(end).toISOString();
}

/**
 * The latest day a person may give for what has happened (a purchase, a delivery, a defect noticed,
 * a formal notice sent, a remedy carried out): today in Paris, the day the API checks these against
 * (fileClaim, the rights checker's asOf, recordFormalNotice, recordRemedyCarriedOut: all
 * `parisDateOf(now)`), whatever the reader's time zone, so the form and the API never disagree.
 *
 * Decided for readers overseas: the API's rule is kept. The platform dates every act of a case by
 * the day in Paris (the claim's filing day, every legal period counted from it), and a fact dated
 * after the claim's own day would make the record contradict itself (a purchase after the
 * complaint about it, a rights assessment on a day before its facts). In Réunion (UTC+4) this
 * refuses her own today only between her midnight and Paris's (2 or 3 hours), and the message
 * names the day in Paris so she knows why and that it will be accepted a few hours later; nothing
 * she is owed runs out meanwhile (Paris's day ends after hers). West of Paris (Guadeloupe, UTC−4)
 * the API takes her today at every hour (Paris is ahead).
 */
export function latestFactDay(now: Date = new Date()): string {
  return parisToday(now);
}

/**
 * The day to pre-fill for what has happened: the reader's own today, where she is, never after
 * `latestFactDay` (which the API would refuse). In Guadeloupe at 20:00 it is already tomorrow in
 * Paris: she is shown her today, not Paris's; in Réunion just after midnight it is still yesterday
 * in Paris: she is shown Paris's day, the latest the API takes.
 */
export function today(now: Date = new Date(), timeZone?: string): string {
  // The reader's zone unless one is named (the specs name Réunion's, Guadeloupe's…).
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now).map(({ type, value }) => [type, value]));
  const own = `${parts.year}-${parts.month}-${parts.day}`;
  const latest = latestFactDay(now);
  return own < latest ? own : latest;
}

export const isDay = (value: string | null | undefined): value is string => !!value && DAY.test(value) && !Number.isNaN(new Date(`${value}T00:00:00Z`).getTime());

/** Whole days from now until an instant (negative once passed). */
export function daysUntil(instant: string, now = Date.now()): number {
  return Math.ceil((new Date(instant).getTime() - now) / 86_400_000);
}

/** Dates and amounts in the reader's locale. Calendar dates (YYYY-MM-DD) are days, not instants: formatted in UTC so they never shift by a day. */
export interface Formatters {
  day(value: string | null | undefined): string;
  instant(value: string | null | undefined): string;
  /** The last day before a deadline instant (a deadline passes at its due instant), in the reader's time zone. */
  lastDayBefore(instant: string | null | undefined): string;
  money(amount: { amount: string; currency: string } | null | undefined): string;
  percent(share: number | null | undefined): string;
  number(value: number | null | undefined, digits?: number): string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function formatters(locale: string): Formatters {
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const instant = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const localDay = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return {
    day: (value) => {
      if (!value) return '—';
      if (DAY.test(value)) return day.format(new Date(`${value}T00:00:00Z`));
      const date = new Date(value);
      return Number.isNaN(date.getTime()) ? value : day.format(date);
    },
    instant: (value) => {
      if (!value) return '—';
      const date = new Date(value);
      return Number.isNaN(date.getTime()) ? value : instant.format(date);
    },
    lastDayBefore: (value) => {
      if (!value) return '—';
      const time = Date.parse(value);
      return Number.isNaN(time) ? value : localDay.format(new Date(time - 1));
    },
    money: (money) => {
      if (!money) return '—';
      try {
        return new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency }).format(Number(money.amount));
      } catch {
        return `${money.amount} ${money.currency}`;
      }
    },
    percent: (share) => (share === null || share === undefined ? '—' : percent.format(share)),
    number: (value, digits = 1) => (value === null || value === undefined ? '—' : new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)),
  };
}

/** Today as a calendar date in the reader's time zone. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export const isDay = (value: string | null | undefined): value is string => !!value && DAY.test(value) && !Number.isNaN(new Date(`${value}T00:00:00Z`).getTime());

/** Whole days from now until an instant (negative once passed). */
export function daysUntil(instant: string, now = Date.now()): number {
  return Math.ceil((new Date(instant).getTime() - now) / 86_400_000);
}

import { formatFor, parisDateOf, type CalendarDate } from '@recours/consumer-law';
import { CATALOGUES, type Locale, type MessageKey } from '@recours/locale';

/** A date and an amount by the rights engine's own writer: « 1er mars 2026 », « 729,00 € »; “1 March 2026”, “€729.00”. */
export const longDate = (date: CalendarDate, locale: Locale): string => formatFor(locale).date(date);
export const money = (m: { amount: string; currency: string }, locale: Locale): string => formatFor(locale).money(m.amount, m.currency);

const PARIS_CLOCK = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** An instant as the day and time in Paris, where the dispute's dates are kept: « 5 décembre 2026 à 5 h 04 », “5 December 2026 at 05:04”. */
export function parisDateTime(instant: string, locale: Locale): string {
  const [hours, minutes] = PARIS_CLOCK.format(new Date(instant)).split(':');
  const day = longDate(parisDateOf(instant), locale);
  return locale === 'fr' ? `${day} à ${Number(hours)} h ${minutes}` : `${day} at ${hours}:${minutes}`;
}

/** A catalogue sentence (the web app's words for a code: `deadline.MERCHANT_RESPONSE`, `remedy.REFUND`), or the fallback. */
export function catalogueWord(key: string, locale: Locale, fallback: string): string {
  const catalogue: Readonly<Record<string, string>> = CATALOGUES[locale];
  return Object.hasOwn(catalogue, key) ? catalogue[key as MessageKey] : fallback;
}

/** A case file's download name, dated by the day in Paris: « dossier-2026-12-05.pdf ». */
export const caseFileName = (locale: Locale, now: Date, extension: string): string => `${locale === 'fr' ? 'dossier' : 'case-file'}-${parisDateOf(now)}.${extension}`;

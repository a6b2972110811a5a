import type { Locale } from './message';

/** How a catalog writes dates and amounts in its language. */
export interface Format {
  /** A YYYY-MM-DD date as a reader of this language writes it. */
  date(date: string | number): string;
  /** An amount with its ISO 4217 currency. */
  money(amount: string | number, currency: string | number): string;
  /** A country (ISO 3166-1 alpha-2) or the European Union ('EU') by its name in this language: « Espagne », "Spain". */
  country(code: string | number): string;
}

/** Midnight UTC of a YYYY-MM-DD date, any year (a Date string parses only years 0 to 9999); null for what is not such a date. */
function instantOf(date: string | number): Date | null {
  const m = /^(\d{4,})-(\d{2})-(\d{2})$/.exec(String(date));
  if (!m) return null;
  const t = new Date(0);
  t.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t.getTime()) ? null : t;
}

const FR_DATE = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const EN_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date in a reader's words; a value that is not a date is written as given rather than thrown on. */
function dateIn(words: Intl.DateTimeFormat, date: string | number): string {
  const instant = instantOf(date);
  return instant ? words.format(instant) : String(date);
}

/**
 * French: "15 mars 2027", "1er avril 2027", "5 000,00 €". English: "15 March 2027", "€5,000.00", as
 * the web app writes them beside these sentences (until 2026-12-05 the English engine wrote ISO
 * dates and "EUR 5000.00", which read as codes in the middle of a sentence).
 */
export function formatFor(locale: Locale): Format {
  if (locale === 'fr') {
    return {
      // French writes the first of the month as an ordinal: « 1er janvier 2022 ».
      date: (date) => dateIn(FR_DATE, date).replace(/^1 /, '1er '),
      money: (amount, currency) => moneyIn('fr-FR', amount, currency),
      country: (code) => countryIn(FR_COUNTRIES, code),
    };
  }
  return { date: (date) => dateIn(EN_DATE, date), money: (amount, currency) => moneyIn('en-GB', amount, currency), country: (code) => countryIn(EN_COUNTRIES, code) };
}

const FR_COUNTRIES = new Intl.DisplayNames('fr-FR', { type: 'region', fallback: 'none' });
const EN_COUNTRIES = new Intl.DisplayNames('en-GB', { type: 'region', fallback: 'none' });

/** A country's name; what is not a two-letter code, or a code Intl does not name, is written as given. */
function countryIn(names: Intl.DisplayNames, code: string | number): string {
  const text = String(code);
  return (/^[A-Z]{2}$/.test(text) && names.of(text)) || text;
}

/** An amount in its currency; a currency Intl does not know is written after the amount rather than thrown on. */
function moneyIn(locale: string, amount: string | number, currency: string | number): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: String(currency) }).format(Number(amount));
  } catch {
    return `${amount} ${currency}`;
  }
}

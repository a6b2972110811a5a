import type { Locale } from './message';

/** How a catalog writes dates and amounts in its language. */
export interface Format {
  /** A YYYY-MM-DD date as a reader of this language writes it. */
  date(date: string | number): string;
  /** An amount with its ISO 4217 currency. */
  money(amount: string | number, currency: string | number): string;
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

/** French: "15 mars 2027", "1er avril 2027", "5 000,00 €". English keeps ISO dates and "EUR 5000.00", as the engine always wrote them. */
export function formatFor(locale: Locale): Format {
  if (locale === 'fr') {
    return {
      // French writes the first of the month as an ordinal: « 1er janvier 2022 ».
      // A value that is not a date is written as given rather than thrown on.
      date: (date) => {
        const instant = instantOf(date);
        return instant ? FR_DATE.format(instant).replace(/^1 /, '1er ') : String(date);
      },
      money: (amount, currency) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: String(currency) }).format(Number(amount)),
    };
  }
  return { date: (date) => String(date), money: (amount, currency) => `${currency} ${amount}` };
}

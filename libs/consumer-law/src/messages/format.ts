import type { Locale } from './message';

/** How a catalog writes dates and amounts in its language. */
export interface Format {
  /** A YYYY-MM-DD date as a reader of this language writes it. */
  date(date: string | number): string;
  /** An amount with its ISO 4217 currency. */
  money(amount: string | number, currency: string | number): string;
}

const FR_DATE = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** French: "15 mars 2027", "1er avril 2027", "5 000,00 €". English keeps ISO dates and "EUR 5000.00", as the engine always wrote them. */
export function formatFor(locale: Locale): Format {
  if (locale === 'fr') {
    return {
      // French writes the first of the month as an ordinal: « 1er janvier 2022 ».
      date: (date) => FR_DATE.format(new Date(`${date}T00:00:00Z`)).replace(/^1 /, '1er '),
      money: (amount, currency) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: String(currency) }).format(Number(amount)),
    };
  }
  return { date: (date) => String(date), money: (amount, currency) => `${currency} ${amount}` };
}

/**
 * An amount as a person types it, in the way of their locale: "449,00", "1 234,50", "449.00",
 * "1,234.50". The separator followed by one or two digits at the end is the decimal one; the
 * others group thousands. Answers the API's form ("449.00") or null when it is not an amount.
 */
export function parseAmount(typed: string): string | null {
  const compact = typed.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (!/^\d[\d.,]*$/.test(compact)) return null;
  const decimal = /[.,](\d{1,2})$/.exec(compact);
  const whole = decimal ? compact.slice(0, decimal.index) : compact;
  // Thousands separators only between groups of three digits.
  if (/[.,]/.test(whole) && !/^\d{1,3}([.,]\d{3})+$/.test(whole)) return null;
  const digits = whole.replace(/[.,]/g, '');
  if (digits.length > 12) return null;
  return decimal ? `${digits}.${decimal[1]}` : digits;
}

/** How an amount is written in the reader's locale, for hints: "449,00" in French. */
export const amountExample = (locale: string): string => new Intl.NumberFormat(locale, { minimumFractionDigits: 2 }).format(449);

/** An amount as typed, with its currency, for `money()`: null (shown as a dash) when it is not an amount. */
export function typedMoney(typed: string, currency: string): { amount: string; currency: string } | null {
  const amount = parseAmount(typed);
  return amount === null ? null : { amount, currency };
}

/**
 * Names of what the API sends as ISO codes (a country, a currency), in the reader's language:
 * no person reads "FR" or "EUR". The code itself only when the browser knows no name for it.
 */
export function countryName(code: string | null | undefined, locale: string): string {
  if (!code) return '—';
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A currency's name as it reads in a sentence: "euro", "couronne suédoise"; "Euro", "Swedish Krona". */
export function currencyName(code: string | null | undefined, locale: string): string {
  if (!code) return '—';
  try {
    return new Intl.DisplayNames([locale], { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A currency as an option of a list: its name, capitalised, and its symbol when it has one ("Euro (€)", "Lev bulgare"). */
export function currencyOption(code: string, locale: string): { value: string; label: string } {
  const name = currencyName(code, locale);
  const capitalised = name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  let symbol = code;
  try {
    symbol = new Intl.NumberFormat(locale, { style: 'currency', currency: code, currencyDisplay: 'narrowSymbol' }).formatToParts(1).find((part) => part.type === 'currency')?.value ?? code;
  } catch {
    // no symbol: the name alone
  }
  return { value: code, label: symbol === code ? capitalised : `${capitalised} (${symbol})` };
}

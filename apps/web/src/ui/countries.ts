/** EU member states (ISO 3166-1 alpha-2): the rights engine knows FR and the Directive's EU baseline. */
export const EU_COUNTRIES = ['FR', 'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK'] as const;

/** The member states by their names in the reader's language, in that language's alphabetical order. */
export function countryOptions(locale: string): Array<{ value: string; label: string }> {
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  const order = new Intl.Collator(locale);
  return EU_COUNTRIES.map((code) => ({ value: code, label: names.of(code) ?? code })).sort((a, b) => order.compare(a.label, b.label));
}

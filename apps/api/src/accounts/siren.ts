/**
 * A French company's SIREN: 9 digits, the last one the Luhn key of the first eight. Written
 * with spaces ("732 829 320") as on invoices and Kbis extracts; kept as its 9 digits. Only the
 * key is checked: whether the company exists would need the Sirene registry, which recours does
 * not query. Nine zeros pass the key but are no company's number: refused, or the
 * first consumer to type it would block it for everyone.
 */
export const sirenDigits = (value: string): string => value.replace(/[\s.\u00a0\u202f]/g, '');

export function isSiren(value: string): boolean {
  const digits = sirenDigits(value);
  if (!/^\d{9}$/.test(digits) || digits === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    // From the right: every second digit doubled, its digits added.
    const digit = Number(digits[8 - i]) * (i % 2 === 1 ? 2 : 1);
    sum += digit > 9 ? digit - 9 : digit;
  }
  return sum % 10 === 0;
}

/**
 * An amount of money as a decimal string, never a float: thresholds such as EUR 5,000 are
 * legal boundaries and 5000.00 must compare equal to 5000, not "almost".
 */
export interface Money {
  /** Non-negative decimal with '.' as separator, e.g. '499.90'. */
  amount: string;
  /** ISO 4217 code, e.g. 'EUR'. */
  currency: string;
}

const DECIMAL = /^\d+(\.\d+)?$/;
const CURRENCY = /^[A-Z]{3}$/;

export function isDecimalAmount(value: unknown): value is string {
  return typeof value === 'string' && DECIMAL.test(value);
}

export function isCurrencyCode(value: unknown): value is string {
  return typeof value === 'string' && CURRENCY.test(value);
}

function split(amount: string): [string, string] {
  const [whole, fraction = ''] = amount.split('.');
  return [whole.replace(/^0+(?=\d)/, ''), fraction.replace(/0+$/, '')];
}

/** Orders two non-negative decimal strings exactly: -1, 0 or 1. */
export function compareAmounts(a: string, b: string): number {
  const [wa, fa] = split(a);
  const [wb, fb] = split(b);
  if (wa.length !== wb.length) return wa.length < wb.length ? -1 : 1;
  if (wa !== wb) return wa < wb ? -1 : 1;
  const width = Math.max(fa.length, fb.length);
  const pa = fa.padEnd(width, '0');
  const pb = fb.padEnd(width, '0');
  return pa === pb ? 0 : pa < pb ? -1 : 1;
}

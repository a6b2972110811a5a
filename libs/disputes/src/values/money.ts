/**
 * An amount of money as a decimal string ('129.99'), never a float: 0.1 + 0.2 must not
 * decide who owes what. Non-negative by construction (no sign allowed).
 */
export interface Money {
  amount: string;
  /** ISO 4217 code, e.g. 'EUR'. */
  currency: string;
}

export const DECIMAL_AMOUNT = /^(0|[1-9]\d{0,11})(\.\d{1,2})?$/;
export const CURRENCY_CODE = /^[A-Z]{3}$/;

import { isCalendarDate, type CalendarDate } from '@recours/consumer-law';
import { DomainError, invalidInput } from '../errors';
import { CURRENCY_CODE, DECIMAL_AMOUNT, type Money } from '../values/money';

/**
 * Readers for untrusted command payloads (they arrive as JSON). Each returns the value typed
 * or throws INVALID_INPUT with the field's path; `checked` turns the throw back into a value,
 * so `decide` still returns its errors rather than throwing them.
 */
export function checked(read: () => void): DomainError | null {
  try {
    read();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

const fail = (field: string, message: string): never => {
  throw invalidInput(field, message);
};

export function record(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(field, 'must be an object');
  return value as Record<string, unknown>;
}

export interface TextBounds {
  min?: number;
  max: number;
}

/** Text that is not blank (unless min is 0) and not longer than `max` characters. */
export function text(value: unknown, field: string, { min = 1, max }: TextBounds): string {
  if (typeof value !== 'string') return fail(field, 'must be a string');
  if (value.trim().length < min) return fail(field, min === 1 ? 'must not be blank' : `must have at least ${min} characters`);
  if (value.length > max) return fail(field, `must have at most ${max} characters`);
  return value;
}

export function optionalText(value: unknown, field: string, bounds: TextBounds): string | undefined {
  return value === undefined ? undefined : text(value, field, bounds);
}

const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;

/** An id chosen by a client (uuid, slug): it ends up in stream names and URLs. */
export function identifier(value: unknown, field: string): string {
  if (typeof value !== 'string' || !IDENTIFIER.test(value)) {
    return fail(field, 'must be an identifier of 1 to 100 letters, digits, ".", "_", ":" or "-"');
  }
  return value;
}

export function optionalIdentifier(value: unknown, field: string): string | undefined {
  return value === undefined ? undefined : identifier(value, field);
}

export function calendarDate(value: unknown, field: string): CalendarDate {
  if (!isCalendarDate(value)) return fail(field, 'must be an existing date as YYYY-MM-DD');
  return value;
}

export function optionalCalendarDate(value: unknown, field: string): CalendarDate | undefined {
  return value === undefined ? undefined : calendarDate(value, field);
}

export function integer(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    return fail(field, `must be a whole number from ${min} to ${max}`);
  }
  return value;
}

export function optionalInteger(value: unknown, field: string, min: number, max: number): number | undefined {
  return value === undefined ? undefined : integer(value, field, min, max);
}

export function boolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') return fail(field, 'must be true or false');
  return value;
}

export function oneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    return fail(field, `must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}

export function optionalOneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T | undefined {
  return value === undefined ? undefined : oneOf(value, field, allowed);
}

/** Money as a decimal string with at most two decimals; a JSON number is refused, not rounded. */
export function money(value: unknown, field: string): Money {
  const m = record(value, field);
  if (typeof m.amount === 'number') fail(`${field}.amount`, 'must be a decimal string such as "129.99", not a number');
  if (typeof m.amount !== 'string' || !DECIMAL_AMOUNT.test(m.amount)) {
    fail(`${field}.amount`, 'must be a decimal string ≥ 0 with at most 2 decimals, such as "129.99"');
  }
  if (typeof m.currency !== 'string' || !CURRENCY_CODE.test(m.currency)) fail(`${field}.currency`, 'must be an ISO 4217 code such as "EUR"');
  return { amount: m.amount as string, currency: m.currency as string };
}

export function optionalMoney(value: unknown, field: string): Money | undefined {
  return value === undefined ? undefined : money(value, field);
}

export function list<T>(value: unknown, field: string, bounds: { min?: number; max: number }, item: (value: unknown, field: string) => T): T[] {
  if (!Array.isArray(value)) return fail(field, 'must be a list');
  const min = bounds.min ?? 0;
  if (value.length < min) fail(field, `must have at least ${min} item${min > 1 ? 's' : ''}`);
  if (value.length > bounds.max) fail(field, `must have at most ${bounds.max} items`);
  return value.map((v, i) => item(v, `${field}[${i}]`));
}

/** Refuses fields we do not know: a misspelt setting must not be silently ignored. */
export function onlyKnownKeys(value: Record<string, unknown>, field: string, known: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) fail(`${field}.${key}`, `is not a known field (expected one of ${known.join(', ')})`);
  }
}

/** Throws INVALID_INPUT for a rule between fields, from inside a `checked` block. */
export function refuse(field: string, message: string): never {
  return fail(field, message);
}

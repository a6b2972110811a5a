import { isDay } from './format';

/**
 * A calendar day as a person types it: DD/MM/YYYY (also with "." or "-" between), or the
 * ISO form YYYY-MM-DD that a paste or a browser fill gives. Answers YYYY-MM-DD, or null when
 * the text is not an existing day (31/02/2026, a two-digit year).
 */
export function parseDay(typed: string): string | null {
  const text = typed.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const local = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})$/.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : local ? [local[3], local[2], local[1]] : null;
  if (!parts) return null;
  const [year, month, day] = parts;
  const value = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  if (!isDay(value)) return null;
  // Date rolls 2026-02-31 over to March: an existing day reads back the same.
  return new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value ? value : null;
}

/** A day as it is typed back: DD/MM/YYYY (the form French and British readers both use). */
export function typedDay(value: string): string {
  const [year, month, day] = value.split('-');
  return `${day}/${month}/${year}`;
}

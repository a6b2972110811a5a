import { addDays, addMonths, daysBetween, isCalendarDate, dateOf, compareDates, maxDate, addYears, assertCalendarDate } from './calendar-date';

describe('calendar dates (CPC art. 641 month arithmetic)', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2025-03-15', 24, '2027-03-15'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2025-12-31', -1, '2025-11-30'],
  ])('%s + %i months = %s', (from, months, to) => {
    expect(addMonths(from, months)).toBe(to);
  });

  it('adds years as 12 months', () => expect(addYears('2024-02-29', 1)).toBe('2025-02-28'));

  it('adds calendar days across months and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-25', 10)).toBe('2026-01-04');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2025-01-01', '2025-12-31')).toBe(364);
    expect(daysBetween('2025-03-01', '2025-02-28')).toBe(-1);
  });

  it('rejects dates that do not exist', () => {
    expect(isCalendarDate('2025-02-30')).toBe(false);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-13-01')).toBe(false);
    expect(isCalendarDate('2025-1-01')).toBe(false);
    expect(isCalendarDate(20250101)).toBe(false);
    expect(() => assertCalendarDate('2025-02-30')).toThrow('not a calendar date');
    expect(() => addDays('nope', 1)).toThrow();
  });

  it('reads the UTC date of an instant and orders dates', () => {
    expect(dateOf('2025-06-30T23:59:59.999Z')).toBe('2025-06-30');
    expect(dateOf(new Date(Date.UTC(2024, 1, 29, 23, 30)))).toBe('2024-02-29');
    expect(() => dateOf('not a date')).toThrow();
    expect(compareDates('2025-01-02', '2025-01-10')).toBe(-1);
    expect(compareDates('2025-01-10', '2025-01-10')).toBe(0);
    expect(maxDate('2025-01-02', '2026-01-01', '2025-12-31')).toBe('2026-01-01');
  });
});

import { addDays, addMonths, daysBetween, isCalendarDate, dateOf, compareDates, maxDate, addYears, assertCalendarDate, parisDateOf, startOfParisDay } from './calendar-date';

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

  it('takes years 0 to 99 as written (Date.UTC reads them as 1900 to 1999) and adds days to the last day of year 9999 without throwing', () => {
    expect(addDays('0050-12-31', 1)).toBe('0051-01-01');
    expect(isCalendarDate('0004-02-29')).toBe(true);
    expect(isCalendarDate('0100-02-29')).toBe(false);
    expect(daysBetween('0050-01-01', '0051-01-01')).toBe(365);
    expect(addDays('9999-12-31', 1)).toBe('10000-01-01');
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

  describe('the date in Paris', () => {
    // What ICU says, asked afresh for every instant: parisDateOf remembers each hour's offset instead.
    const icu = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });
    const expected = (ms: number) => {
      const parts = Object.fromEntries(icu.formatToParts(ms).map((p) => [p.type, p.value]));
      return `${parts.year}-${parts.month}-${parts.day}`;
    };

    it('is the day in France, on either side of midnight and of each change of clock', () => {
      expect(parisDateOf('2026-02-28T23:30:00Z')).toBe('2026-03-01'); // 00:30 in winter
      expect(parisDateOf('2026-02-28T22:59:59.999Z')).toBe('2026-02-28');
      expect(parisDateOf('2026-07-14T22:00:00Z')).toBe('2026-07-15'); // midnight in summer
      expect(parisDateOf('2026-07-14T21:59:59.999Z')).toBe('2026-07-14');
      expect(parisDateOf(new Date('2026-10-24T22:00:00Z'))).toBe('2026-10-25'); // the night summer time ends
      expect(parisDateOf('2026-10-25T22:59:59.999Z')).toBe('2026-10-25');
      expect(parisDateOf('2026-10-25T23:00:00Z')).toBe('2026-10-26');
      expect(() => parisDateOf('not an instant')).toThrow();
    });

    it('agrees with ICU minute by minute around changes of offset, and at instants spread over two centuries', () => {
      const wrong: Array<[number, string]> = [];
      const check = (ms: number, at: Date | string) => parisDateOf(at) !== expected(ms) && wrong.push([ms, parisDateOf(at)]);
      const around = ['2026-03-28T12:00:00Z', '2026-10-24T12:00:00Z', '1911-03-10T12:00:00Z', '1940-06-13T12:00:00Z', '1945-09-15T12:00:00Z', '1976-03-27T12:00:00Z'];
      for (const start of around) {
        for (let ms = Date.parse(start); ms < Date.parse(start) + 2 * 86_400_000; ms += 59_999) check(ms, new Date(ms));
      }
      let seed = 21;
      for (let n = 0; n < 5_000; n++) {
        seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
        const ms = Date.UTC(1900, 0, 2) + Math.floor((seed / 2 ** 31) * (Date.UTC(2100, 0, 1) - Date.UTC(1900, 0, 2)));
        check(ms, new Date(ms).toISOString());
      }
      expect(wrong).toEqual([]);
      // Outside the years the offsets are kept for, ICU is asked every time.
      expect(parisDateOf('1850-06-01T23:55:00Z')).toBe(expected(Date.parse('1850-06-01T23:55:00Z')));
    });

    it('starts at 00:00 in France: 23:00 UTC the day before in winter, 22:00 UTC in summer, across both changes of clock', () => {
      expect(startOfParisDay('2026-03-01')).toBe('2026-02-28T23:00:00.000Z');
      expect(startOfParisDay('2026-03-29')).toBe('2026-03-28T23:00:00.000Z'); // the Sunday summer time starts (02:00 becomes 03:00)
      expect(startOfParisDay('2026-03-30')).toBe('2026-03-29T22:00:00.000Z');
      expect(startOfParisDay('2026-07-15')).toBe('2026-07-14T22:00:00.000Z');
      expect(startOfParisDay('2026-10-25')).toBe('2026-10-24T22:00:00.000Z'); // the Sunday summer time ends (03:00 becomes 02:00)
      expect(startOfParisDay('2026-10-26')).toBe('2026-10-25T23:00:00.000Z');
      expect(startOfParisDay('2025-03-30')).toBe('2025-03-29T23:00:00.000Z');
      expect(startOfParisDay('2025-03-31')).toBe('2025-03-30T22:00:00.000Z');
      expect(startOfParisDay('2025-10-26')).toBe('2025-10-25T22:00:00.000Z');
      expect(startOfParisDay('2025-10-27')).toBe('2025-10-26T23:00:00.000Z');
      expect(() => startOfParisDay('2026-02-30')).toThrow('not a calendar date');
    });

    it('is the inverse of parisDateOf: the first millisecond of its day, every day of the war years\' changes of clock and of 1975 to 2040', () => {
      const wrong: string[] = [];
      for (const [from, to] of [['1938-01-01', '1948-12-31'], ['1975-01-01', '2040-12-31']]) {
        for (let day = from; day <= to; day = addDays(day, 1)) {
          const start = Date.parse(startOfParisDay(day));
          if (parisDateOf(new Date(start)) !== day || parisDateOf(new Date(start - 1)) !== addDays(day, -1)) wrong.push(day);
        }
      }
      expect(wrong).toEqual([]);
    });
  });
});


import { addDays, dayOfWeek } from './calendar-date';
import { easterSunday, frenchPublicHolidayOn, frenchPublicHolidays } from './french-public-holidays';
import { endOnWorkingDay } from './period-end';

describe('Easter Sunday (anonymous Gregorian algorithm)', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    // The extremes of the Gregorian computus: 22 March and 25 April.
    [2285, '2285-03-22'],
    [2038, '2038-04-25'],
  ])('%i: %s', (year, easter) => {
    expect(easterSunday(year)).toBe(easter);
    expect(dayOfWeek(easter)).toBe(7);
  });
});

describe('French public holidays (Code du travail art. L3133-1)', () => {
  it('2026: the eleven days, movable ones from Easter 5 April', () => {
    expect(frenchPublicHolidays(2026)).toEqual([
      { date: '2026-01-01', holiday: 'NEW_YEARS_DAY' },
      { date: '2026-04-06', holiday: 'EASTER_MONDAY' },
      { date: '2026-05-01', holiday: 'MAY_1' },
      { date: '2026-05-08', holiday: 'MAY_8' },
      { date: '2026-05-14', holiday: 'ASCENSION' },
      { date: '2026-05-25', holiday: 'WHIT_MONDAY' },
      { date: '2026-07-14', holiday: 'JULY_14' },
      { date: '2026-08-15', holiday: 'ASSUMPTION' },
      { date: '2026-11-01', holiday: 'ALL_SAINTS' },
      { date: '2026-11-11', holiday: 'NOVEMBER_11' },
      { date: '2026-12-25', holiday: 'CHRISTMAS' },
    ]);
  });

  it('2025 and 2027: Easter Monday, Ascension (Thursday) and Whit Monday move with Easter', () => {
    const movable = (year: number) => frenchPublicHolidays(year).filter((h) => ['EASTER_MONDAY', 'ASCENSION', 'WHIT_MONDAY'].includes(h.holiday)).map((h) => h.date);
    expect(movable(2025)).toEqual(['2025-04-21', '2025-05-29', '2025-06-09']);
    expect(movable(2027)).toEqual(['2027-03-29', '2027-05-06', '2027-05-17']);
    expect(movable(2024)).toEqual(['2024-04-01', '2024-05-09', '2024-05-20']);
  });

  it('names the holiday of a day, null for any other day; Ascension on 1 May (2008) is named 1 May, first in the list', () => {
    expect(frenchPublicHolidayOn('2026-07-14')).toBe('JULY_14');
    expect(frenchPublicHolidayOn('2026-05-25')).toBe('WHIT_MONDAY');
    expect(frenchPublicHolidayOn('2026-05-26')).toBeNull();
    expect(frenchPublicHolidayOn('2026-12-26')).toBeNull(); // Alsace-Moselle only (L3134-13): not national
    expect(frenchPublicHolidayOn('2008-05-01')).toBe('MAY_1');
    expect(frenchPublicHolidays(2008).filter((h) => h.date === '2008-05-01').map((h) => h.holiday)).toEqual(['MAY_1', 'ASCENSION']);
  });
});

describe('a period ending on a Saturday, Sunday or public holiday ends with the next working day (Regulation 1182/71 art. 3(4))', () => {
  it.each([
    ['a Monday stays', '2026-07-13', '2026-07-13', []],
    ['a Saturday moves to Monday', '2025-03-29', '2025-03-31', ['SATURDAY', 'SUNDAY']],
    ['Sunday 31 May 2026 moves to Monday 1 June', '2026-05-31', '2026-06-01', ['SUNDAY']],
    ['Sunday 24 May 2026 moves past Whit Monday to Tuesday', '2026-05-24', '2026-05-26', ['SUNDAY', 'WHIT_MONDAY']],
    ['Tuesday 14 July 2026 moves to Wednesday', '2026-07-14', '2026-07-15', ['JULY_14']],
    // Working days exclude Saturdays (art. 2(2)): Friday 1 May 2026 moves to Monday, not Saturday.
    ['Friday 1 May 2026 moves to Monday 4 May', '2026-05-01', '2026-05-04', ['MAY_1', 'SATURDAY', 'SUNDAY']],
    ['8 May 2024 moves past Ascension (9 May) to Friday', '2024-05-08', '2024-05-10', ['MAY_8', 'ASCENSION']],
    ['Saturday 15 August 2026 is first a holiday', '2026-08-15', '2026-08-17', ['ASSUMPTION', 'SUNDAY']],
  ])('%s', (_, lastDay, until, why) => {
    const end = endOnWorkingDay(lastDay, frenchPublicHolidayOn);
    expect(end.until).toBe(until);
    expect(end.moved.map((d) => d.why)).toEqual(why);
    expect(end.moved.map((d) => d.date)).toEqual(why.map((__, i) => addDays(lastDay, i)));
  });

  it('never passes more than one public holiday after the last day, from 2022 to 2100: one is all the withdrawal sentence names', () => {
    const more: string[] = [];
    for (let day = '2022-01-01'; day <= '2100-12-31'; day = addDays(day, 1)) {
      const { moved } = endOnWorkingDay(day, frenchPublicHolidayOn);
      if (moved.slice(1).filter((d) => d.why !== 'SATURDAY' && d.why !== 'SUNDAY').length > 1) more.push(day);
    }
    expect(more).toEqual([]);
  });
});

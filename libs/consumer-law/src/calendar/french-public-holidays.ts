import { addDays, assertCalendarDate, type CalendarDate } from './calendar-date';

/** The eleven public holidays (fêtes légales) of Code du travail art. L3133-1, in its order. */
export type FrenchPublicHoliday =
  | 'NEW_YEARS_DAY'
  | 'EASTER_MONDAY'
  | 'MAY_1'
  | 'MAY_8'
  | 'ASCENSION'
  | 'WHIT_MONDAY'
  | 'JULY_14'
  | 'ASSUMPTION'
  | 'ALL_SAINTS'
  | 'NOVEMBER_11'
  | 'CHRISTMAS';

/**
 * Easter Sunday of a Gregorian year, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher):
 * Easter Monday, Ascension (Easter + 39 days) and Whit Monday (Easter + 50) move with it.
 */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * France's public holidays of a year, in date order: the national list of L3133-1 as in force
 * for the contracts the engine assesses (from 2022). Local ones are not in it: Good Friday and
 * 26 December in Alsace-Moselle, the abolition of slavery overseas (local-public-holidays.ts,
 * applied where the consumer's postcode puts her).
 */
export function frenchPublicHolidays(year: number): { date: CalendarDate; holiday: FrenchPublicHoliday }[] {
  const on = (monthDay: string) => `${String(year).padStart(4, '0')}-${monthDay}`;
  const easter = easterSunday(year);
  const list: [CalendarDate, FrenchPublicHoliday][] = [
    [on('01-01'), 'NEW_YEARS_DAY'],
    [addDays(easter, 1), 'EASTER_MONDAY'],
    [on('05-01'), 'MAY_1'],
    [on('05-08'), 'MAY_8'],
    [addDays(easter, 39), 'ASCENSION'],
    [addDays(easter, 50), 'WHIT_MONDAY'],
    [on('07-14'), 'JULY_14'],
    [on('08-15'), 'ASSUMPTION'],
    [on('11-01'), 'ALL_SAINTS'],
    [on('11-11'), 'NOVEMBER_11'],
    [on('12-25'), 'CHRISTMAS'],
  ];
  // Ascension can fall on 1 or 8 May (it did on 1 May 2008): both names are kept, sorted by date.
  return list.map(([date, holiday]) => ({ date, holiday })).sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/** The French public holiday on that day, or null; when two fall on it, the first of L3133-1's list. */
export function frenchPublicHolidayOn(date: CalendarDate): FrenchPublicHoliday | null {
  const year = Number(assertCalendarDate(date).slice(0, -6));
  return frenchPublicHolidays(year).find((h) => h.date === date)?.holiday ?? null;
}

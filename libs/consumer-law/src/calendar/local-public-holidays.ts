import { addDays, assertCalendarDate, type CalendarDate } from './calendar-date';
import type { ConsumerPlace } from './consumer-place';
import { easterSunday, frenchPublicHolidayOn, type FrenchPublicHoliday } from './french-public-holidays';

/** A public holiday of one part of France only, on top of the eleven of L3133-1. */
export type LocalPublicHoliday = 'GOOD_FRIDAY' | 'DECEMBER_26' | 'ABOLITION_OF_SLAVERY';

export type PublicHoliday = FrenchPublicHoliday | LocalPublicHoliday;

/**
 * The day each place commemorates the abolition of slavery, as a public holiday: loi n° 83-550 of
 * 30 June 1983 art. 1 makes it one in Guadeloupe, Guyane, Martinique, La Réunion and Mayotte and
 * leaves its date to a decree; décret n° 83-1003 of 23 November 1983 art. 1 sets it, and décret
 * n° 2012-553 of 23 April 2012 added Saint-Barthélemy and Saint-Martin (in force 26 April 2012).
 * Checked against legifrance.gouv.fr (loi 83-550), the text of décret 2012-553 as published on
 * memoirestbarth.com, and the decree's dates as quoted by nofi.media and 23mai.cm98.fr (stored
 * pages, search tool, 2026-12-05). Saint-Pierre-et-Miquelon has none.
 *
 * Saint-Martin moved its day to 28 May, when the abolition was proclaimed there (1848): 27 May
 * until 2017, 28 May a public holiday from 2018 (the 2018 interministerial circular, the
 * préfecture applying Code du travail L3422-2 to 28 May 2019, then a decree of April 2023), as
 * reported by la1ere.francetvinfo.fr (2020), soualigapost.fr (17 May 2019) and le97150.fr (stored
 * pages, search tool, 2026-12-06); no Légifrance text of the change was stored.
 */
const ABOLITION_OF_SLAVERY: Partial<Record<ConsumerPlace, ReadonlyArray<{ monthDay: string; since: number; until?: number }>>> = {
  MAYOTTE: [{ monthDay: '04-27', since: 1983 }],
  MARTINIQUE: [{ monthDay: '05-22', since: 1983 }],
  GUADELOUPE: [{ monthDay: '05-27', since: 1983 }],
  GUYANE: [{ monthDay: '06-10', since: 1983 }],
  LA_REUNION: [{ monthDay: '12-20', since: 1983 }],
  SAINT_BARTHELEMY: [{ monthDay: '10-09', since: 2012 }],
  SAINT_MARTIN: [
    { monthDay: '05-27', since: 2012, until: 2017 },
    { monthDay: '05-28', since: 2018 },
  ],
};

/**
 * Alsace-Moselle (Moselle, Bas-Rhin, Haut-Rhin) keeps two more public holidays by its local law,
 * Code du travail L3134-13: Good Friday (Easter − 2) and the second day of Christmas. L3134-13
 * gives Good Friday to the communes with a Protestant church or a mixed church; the engine knows
 * the département, not the commune, and counts it everywhere there, the reading that never tells
 * her too early that a period is over (docs/consumer-law.md, Interpretive choices). Checked against
 * the stored pages of the Sénat (report on art. 8 of the 2014 bill, on L3134-13), the Cour de
 * cassation (opinion 1200008, "jours fériés propres aux départements… fixés à l'article L3134-13")
 * and francebleu.fr (search tool, 2026-12-05); no Légifrance page of L3134-13 was stored.
 */
function alsaceMoselleHolidayOn(date: CalendarDate): LocalPublicHoliday | null {
  const year = Number(date.slice(0, -6));
  if (date.endsWith('-12-26')) return 'DECEMBER_26';
  return date === addDays(easterSunday(year), -2) ? 'GOOD_FRIDAY' : null;
}

/** The local public holiday of `place` on `date`, or null. */
export function localPublicHolidayOn(place: ConsumerPlace, date: CalendarDate): LocalPublicHoliday | null {
  assertCalendarDate(date);
  if (place === 'ALSACE_MOSELLE') return alsaceMoselleHolidayOn(date);
  const year = Number(date.slice(0, -6));
  const days = ABOLITION_OF_SLAVERY[place] ?? [];
  return days.some((d) => date.endsWith(`-${d.monthDay}`) && year >= d.since && (d.until === undefined || year <= d.until)) ? 'ABOLITION_OF_SLAVERY' : null;
}

/** The public holidays where she lives: the national one first (L3133-1), else the place's own. */
export function publicHolidayIn(place: ConsumerPlace): (date: CalendarDate) => PublicHoliday | null {
  return (date) => frenchPublicHolidayOn(date) ?? localPublicHolidayOn(place, date);
}

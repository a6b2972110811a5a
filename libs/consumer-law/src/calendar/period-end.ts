import { addDays, dayOfWeek, type CalendarDate } from './calendar-date';
import type { PublicHoliday } from './local-public-holidays';

/** Why a day is not a working day in the sense of Regulation 1182/71 art. 2(2). */
export type NonWorkingDay = 'SATURDAY' | 'SUNDAY' | PublicHoliday;

/** A period's end once moved off a non-working day, with the days it was moved over. */
export interface PeriodEnd {
  /** The last day that still counts. */
  until: CalendarDate;
  /** The days from the period's own last day to the day before `until`, each with why it does not count; empty when not moved. */
  moved: { date: CalendarDate; why: NonWorkingDay }[];
}

/**
 * Regulation (EEC, Euratom) No 1182/71 art. 3(4), which C. consom. L221-19 3° applies to the
 * withdrawal period: a period whose last day is a public holiday, a Saturday or a Sunday ends at
 * the end of the following working day. Working days are the days other than public holidays,
 * Sundays and Saturdays (art. 2(2)): a Saturday never ends it, though French "jour ouvrable"
 * elsewhere counts it (see docs/consumer-law.md, Interpretive choices).
 */
export function endOnWorkingDay(lastDay: CalendarDate, publicHolidayOn: (date: CalendarDate) => PublicHoliday | null): PeriodEnd {
  const moved: PeriodEnd['moved'] = [];
  let day = lastDay;
  for (;;) {
    const weekday = dayOfWeek(day);
    const why: NonWorkingDay | null = publicHolidayOn(day) ?? (weekday === 6 ? 'SATURDAY' : weekday === 7 ? 'SUNDAY' : null);
    if (why === null) return { until: day, moved };
    moved.push({ date: day, why });
    day = addDays(day, 1);
  }
}

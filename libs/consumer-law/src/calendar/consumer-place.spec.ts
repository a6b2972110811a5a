import { RightsInputError } from '../rights-input-error';
import { dateInTimeZone, startOfDayInTimeZone } from './calendar-date';
import { consumerCalendar, TIME_ZONE_OF } from './consumer-place';
import { localPublicHolidayOn, publicHolidayIn } from './local-public-holidays';
import { endOnWorkingDay } from './period-end';

describe('the consumer’s place, from her postcode', () => {
  it.each([
    ['75011', 'METROPOLITAN_FRANCE', 'Europe/Paris'],
    ['20000', 'METROPOLITAN_FRANCE', 'Europe/Paris'],
    ['57000', 'ALSACE_MOSELLE', 'Europe/Paris'],
    ['67000', 'ALSACE_MOSELLE', 'Europe/Paris'],
    ['68100', 'ALSACE_MOSELLE', 'Europe/Paris'],
    ['97100', 'GUADELOUPE', 'America/Guadeloupe'],
    ['97200', 'MARTINIQUE', 'America/Martinique'],
    ['97300', 'GUYANE', 'America/Cayenne'],
    ['97 400', 'LA_REUNION', 'Indian/Reunion'],
    ['97500', 'SAINT_PIERRE_ET_MIQUELON', 'America/Miquelon'],
    ['97600', 'MAYOTTE', 'Indian/Mayotte'],
    ['97133', 'SAINT_BARTHELEMY', 'America/St_Barthelemy'],
    ['97150', 'SAINT_MARTIN', 'America/Marigot'],
  ])('%s is %s, days ending at midnight in %s', (postcode, place, timeZone) => {
    expect(consumerCalendar(postcode, 'FR')).toEqual({ place, timeZone, source: 'POSTCODE' });
    expect(consumerCalendar(postcode, null)).toEqual({ place, timeZone, source: 'POSTCODE' });
  });

  it('given no postcode, metropolitan France by default; given a Pacific postcode or another country, metropolitan France, said not encoded', () => {
    expect(consumerCalendar(undefined, undefined)).toEqual({ place: 'METROPOLITAN_FRANCE', timeZone: 'Europe/Paris', source: 'DEFAULT' });
    expect(consumerCalendar(null, 'FR')).toEqual({ place: 'METROPOLITAN_FRANCE', timeZone: 'Europe/Paris', source: 'DEFAULT' });
    expect(consumerCalendar('98714', 'FR')).toEqual({ place: 'METROPOLITAN_FRANCE', timeZone: 'Europe/Paris', source: 'NOT_ENCODED' });
    expect(consumerCalendar('97400', 'BE')).toEqual({ place: 'METROPOLITAN_FRANCE', timeZone: 'Europe/Paris', source: 'NOT_ENCODED' });
  });

  it('given her country as the ISO code of a French overseas place (RE, GP, BL…), her postcode is read as French, not as abroad', () => {
    expect(consumerCalendar('97400', 'RE')).toEqual({ place: 'LA_REUNION', timeZone: 'Indian/Reunion', source: 'POSTCODE' });
    expect(consumerCalendar('97100', 'GP')).toEqual({ place: 'GUADELOUPE', timeZone: 'America/Guadeloupe', source: 'POSTCODE' });
    expect(consumerCalendar('97133', 'BL')).toEqual({ place: 'SAINT_BARTHELEMY', timeZone: 'America/St_Barthelemy', source: 'POSTCODE' });
    expect(consumerCalendar('98800', 'NC')).toEqual({ place: 'METROPOLITAN_FRANCE', timeZone: 'Europe/Paris', source: 'NOT_ENCODED' });
    expect(consumerCalendar('98000', 'MC')).toEqual({ place: 'METROPOLITAN_FRANCE', timeZone: 'Europe/Paris', source: 'NOT_ENCODED' });
  });

  it('reads a postcode with spaces or a tab around it as the rule does (french-postcode.ts): trimmed', () => {
    expect(consumerCalendar(' 67000\t', 'FR')).toEqual({ place: 'ALSACE_MOSELLE', timeZone: 'Europe/Paris', source: 'POSTCODE' });
  });

  it.each(['7501', '750011', 'SW1A 1AA', '', 75011, '00100', '96100', '99000', '97900', '98500', '97\t400'])('refuses %p: NOT_A_POSTCODE on consumerPostcode', (postcode) => {
    expect(() => consumerCalendar(postcode, 'FR')).toThrow(RightsInputError);
    expect(() => consumerCalendar(postcode, 'FR')).toThrow(expect.objectContaining({ field: 'consumerPostcode', problem: 'NOT_A_POSTCODE' }));
  });

  it('knows every time zone it names: its midnight, and the day of an instant there', () => {
    const midnights = Object.fromEntries(Object.entries(TIME_ZONE_OF).map(([place, zone]) => [place, startOfDayInTimeZone('2026-01-20', zone)]));
    expect(midnights).toEqual({
      METROPOLITAN_FRANCE: '2026-01-19T23:00:00.000Z',
      ALSACE_MOSELLE: '2026-01-19T23:00:00.000Z',
      GUADELOUPE: '2026-01-20T04:00:00.000Z',
      MARTINIQUE: '2026-01-20T04:00:00.000Z',
      GUYANE: '2026-01-20T03:00:00.000Z',
      LA_REUNION: '2026-01-19T20:00:00.000Z',
      SAINT_PIERRE_ET_MIQUELON: '2026-01-20T03:00:00.000Z',
      MAYOTTE: '2026-01-19T21:00:00.000Z',
      SAINT_BARTHELEMY: '2026-01-20T04:00:00.000Z',
      SAINT_MARTIN: '2026-01-20T04:00:00.000Z',
    });
    for (const [place, zone] of Object.entries(TIME_ZONE_OF)) {
      expect([place, dateInTimeZone(midnights[place], zone), dateInTimeZone(new Date(Date.parse(midnights[place]) - 1), zone)]).toEqual([place, '2026-01-20', '2026-01-19']);
    }
  });
});

describe('the public holidays of her place, on top of the national ones', () => {
  it('Alsace-Moselle (C. trav. L3134-13): Good Friday, Easter − 2 days, and 26 December; not elsewhere', () => {
    expect(localPublicHolidayOn('ALSACE_MOSELLE', '2026-04-03')).toBe('GOOD_FRIDAY');
    expect(localPublicHolidayOn('ALSACE_MOSELLE', '2025-04-18')).toBe('GOOD_FRIDAY');
    expect(localPublicHolidayOn('ALSACE_MOSELLE', '2026-12-26')).toBe('DECEMBER_26');
    expect(localPublicHolidayOn('ALSACE_MOSELLE', '2026-04-02')).toBeNull();
    expect(localPublicHolidayOn('METROPOLITAN_FRANCE', '2026-12-26')).toBeNull();
    expect(localPublicHolidayOn('LA_REUNION', '2026-04-03')).toBeNull();
  });

  it.each([
    ['MAYOTTE', '2026-04-27'],
    ['MARTINIQUE', '2026-05-22'],
    ['GUADELOUPE', '2026-05-27'],
    ['SAINT_MARTIN', '2026-05-28'],
    ['GUYANE', '2026-06-10'],
    ['SAINT_BARTHELEMY', '2026-10-09'],
    ['LA_REUNION', '2026-12-20'],
  ] as const)('abolition of slavery (loi 83-550, décret 83-1003): %s on %s, and only there', (place, date) => {
    expect(localPublicHolidayOn(place, date)).toBe('ABOLITION_OF_SLAVERY');
    expect(localPublicHolidayOn('METROPOLITAN_FRANCE', date)).toBeNull();
    expect(localPublicHolidayOn('SAINT_PIERRE_ET_MIQUELON', date)).toBeNull();
  });

  it('Saint-Martin: 27 May until 2017, 28 May from 2018 (the day the abolition was proclaimed there), never both', () => {
    expect(localPublicHolidayOn('SAINT_MARTIN', '2017-05-27')).toBe('ABOLITION_OF_SLAVERY');
    expect(localPublicHolidayOn('SAINT_MARTIN', '2017-05-28')).toBeNull();
    expect(localPublicHolidayOn('SAINT_MARTIN', '2018-05-28')).toBe('ABOLITION_OF_SLAVERY');
    expect(localPublicHolidayOn('SAINT_MARTIN', '2026-05-27')).toBeNull();
    expect(localPublicHolidayOn('GUADELOUPE', '2026-05-28')).toBeNull();
    // Thursday 28 May 2026 is the 14th day of a delivery on 14 May: in Marigot it moves to Friday 29.
    expect(endOnWorkingDay('2026-05-28', publicHolidayIn('SAINT_MARTIN'))).toEqual({ until: '2026-05-29', moved: [{ date: '2026-05-28', why: 'ABOLITION_OF_SLAVERY' }] });
    expect(endOnWorkingDay('2026-05-28', publicHolidayIn('GUADELOUPE'))).toEqual({ until: '2026-05-28', moved: [] });
  });

  it('Saint-Barthélemy and Saint-Martin from décret 2012-553 (April 2012) only', () => {
    expect(localPublicHolidayOn('SAINT_BARTHELEMY', '2011-10-09')).toBeNull();
    expect(localPublicHolidayOn('SAINT_MARTIN', '2011-05-27')).toBeNull();
    expect(localPublicHolidayOn('GUADELOUPE', '2011-05-27')).toBe('ABOLITION_OF_SLAVERY');
  });

  it('given a period whose last day is Friday 26 December 2025, when it ends in Strasbourg, then it moves to Monday 29; in Paris it does not', () => {
    expect(endOnWorkingDay('2025-12-26', publicHolidayIn('ALSACE_MOSELLE'))).toEqual({
      until: '2025-12-29',
      moved: [{ date: '2025-12-26', why: 'DECEMBER_26' }, { date: '2025-12-27', why: 'SATURDAY' }, { date: '2025-12-28', why: 'SUNDAY' }],
    });
    expect(endOnWorkingDay('2025-12-26', publicHolidayIn('METROPOLITAN_FRANCE'))).toEqual({ until: '2025-12-26', moved: [] });
  });

  it('names the national holiday first when both fall on a day (27 May 2027 is not Ascension, 6 May is)', () => {
    expect(publicHolidayIn('GUADELOUPE')('2027-05-27')).toBe('ABOLITION_OF_SLAVERY');
    expect(publicHolidayIn('GUADELOUPE')('2027-05-06')).toBe('ASCENSION');
  });
});

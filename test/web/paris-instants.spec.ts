import { endOfParisDay, formatters, parisDay } from '../../apps/web/src/i18n/format';

/**
 * Instants (a remedy's date, a retention date, "mandate since", "shared since", the first and last
 * claim of a systemic problem, messages and timeline entries) are shown as days and times in
 * Europe/Paris, the time zone of the product's legal dates: never the UTC day (the day before,
 * from midnight to 01:00 or 02:00 in Paris), nor the browser's zone without saying which.
 */
const fr = formatters('fr-FR');
const en = formatters('en-GB');
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('an instant shown as a day', () => {
  it('is its Paris day: 00:30 in Paris on 2 March (23:30 UTC on 1 March) reads 2 March, winter and summer time', () => {
    expect(fr.day('2026-03-01T23:30:00.000Z')).toBe('2 mars 2026');
    expect(en.day('2026-03-01T23:30:00Z')).toBe('2 Mar 2026');
    expect(fr.day('2026-07-14T22:30:00Z')).toBe('15 juil. 2026');
    expect(fr.day('2026-12-31T23:00:00Z')).toBe('1er janv. 2027');
  });

  it('is still the same day just before midnight in Paris', () => {
    expect(fr.day('2026-03-01T22:59:59Z')).toBe('1er mars 2026');
    expect(fr.day('2026-07-14T21:59:59Z')).toBe('14 juil. 2026');
  });

  it('leaves a calendar date (YYYY-MM-DD) as the day it is', () => {
    expect(fr.day('2026-03-01')).toBe('1er mars 2026');
    expect(fr.day(null)).toBe('—');
  });
});

describe('an instant shown with its time', () => {
  it('is the Paris day and time, with the zone named', () => {
    expect(spaces(fr.instant('2026-03-01T23:30:00Z'))).toBe('2 mars 2026, 00:30 UTC+1');
    expect(spaces(fr.instant('2026-07-14T22:30:00Z'))).toBe('15 juil. 2026, 00:30 UTC+2');
    expect(spaces(en.instant('2026-03-01T23:30:00Z'))).toBe('2 Mar 2026, 00:30 CET');
  });
});

describe('the first of the month', () => {
  it('is an ordinal in French, « 1er », as the API’s sentences write it; never « 11 » or « 21 » changed; English as it is', () => {
    expect(fr.day('2027-01-01')).toBe('1er janv. 2027');
    expect(spaces(fr.instant('2026-10-31T23:15:00Z'))).toBe('1er nov. 2026, 00:15 UTC+1');
    expect(fr.lastDayBefore(null, '2026-06-01')).toBe('1er juin 2026');
    expect(fr.day('2026-03-11')).toBe('11 mars 2026');
    expect(fr.day('2026-03-21')).toBe('21 mars 2026');
    expect(en.day('2027-01-01')).toBe('1 Jan 2027');
    expect(spaces(en.instant('2026-10-31T23:15:00Z'))).toBe('1 Nov 2026, 00:15 CET');
  });
});

describe('parisDay', () => {
  it('is the Paris calendar date of an instant, or null when it is not one', () => {
    expect(parisDay('2026-03-01T23:30:00Z')).toBe('2026-03-02');
    expect(parisDay('2026-03-01T22:30:00Z')).toBe('2026-03-01');
    expect(parisDay(new Date('2026-07-14T22:00:00Z'))).toBe('2026-07-15');
    expect(parisDay('not a date')).toBeNull();
  });
});

describe('a whole day of time travel', () => {
  it('ends at midnight in Paris, not at midnight UTC (which is already the next Paris day)', () => {
    expect(endOfParisDay('2026-03-01')).toBe('2026-03-01T22:59:59.999Z');
    expect(endOfParisDay('2026-07-14')).toBe('2026-07-14T21:59:59.999Z');
    // The days summer time starts and ends: the day ends in the new offset.
    expect(endOfParisDay('2026-03-29')).toBe('2026-03-29T21:59:59.999Z');
    expect(endOfParisDay('2026-10-25')).toBe('2026-10-25T22:59:59.999Z');
    expect(parisDay(endOfParisDay('2026-03-01'))).toBe('2026-03-01');
    expect(parisDay(new Date(Date.parse(endOfParisDay('2026-03-01')) + 1))).toBe('2026-03-02');
  });
});

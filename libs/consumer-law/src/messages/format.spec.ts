import { formatFor } from './format';

describe('French dates (review of the journeys, finding 1)', () => {
  const fr = formatFor('fr');

  it('writes a date as French does, the first of the month as an ordinal', () => {
    expect(fr.date('2200-12-31')).toBe('31 décembre 2200');
    expect(fr.date('1900-01-01')).toBe('1er janvier 1900');
  });

  it('does not throw past year 9999 (a 20-year period from 9980): it writes the date', () => {
    expect(() => fr.date('10000-06-01')).not.toThrow();
    expect(fr.date('10000-06-01')).toMatch(/^1er juin 10\s?000$/);
  });

  it('writes what is not a date as given rather than throwing', () => {
    expect(fr.date('not a date')).toBe('not a date');
  });
});

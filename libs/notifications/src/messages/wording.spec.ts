import { dateWords } from './wording';

describe('dates in notifications, as each language writes them', () => {
  it('French writes the first of the month as an ordinal, and the other days as numbers', () => {
    expect(dateWords('2026-06-01', 'fr')).toBe('1er juin 2026');
    expect(dateWords('2026-06-11', 'fr')).toBe('11 juin 2026');
    expect(dateWords('2026-06-21', 'fr')).toBe('21 juin 2026');
  });

  it('English writes the day as a number', () => {
    expect(dateWords('2026-06-01', 'en')).toBe('1 June 2026');
  });
});

describe('a value that is not a date', () => {
  it('is written as given, never thrown on', () => {
    expect(dateWords('soon', 'fr')).toBe('soon');
    expect(dateWords('soon', 'en')).toBe('soon');
  });
});

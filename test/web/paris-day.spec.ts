import { parisToday } from '../../apps/web/src/i18n/format';

/**
 * The dates a person records in a dispute action (formal notice sent on, remedy carried out on)
 * are pre-filled with today in Paris: legal dates are French days. The UTC date is yesterday
 * between midnight and 01:00 (winter) or 02:00 (summer) in Paris.
 */
describe('today in Paris', () => {
  it('is already the next day at 00:30 in Paris, winter and summer time, whatever the UTC date', () => {
    expect(parisToday(new Date('2026-03-14T23:30:00Z'))).toBe('2026-03-15');
    expect(parisToday(new Date('2026-07-14T22:30:00Z'))).toBe('2026-07-15');
    expect(parisToday(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });

  it('is still the same day just before midnight in Paris', () => {
    expect(parisToday(new Date('2026-03-14T22:59:59Z'))).toBe('2026-03-14');
    expect(parisToday(new Date('2026-07-14T21:59:59Z'))).toBe('2026-07-14');
  });

  it('is a calendar date (YYYY-MM-DD)', () => {
    expect(parisToday()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

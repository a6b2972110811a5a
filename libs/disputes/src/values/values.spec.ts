import { canRead } from './message-visibility';
import { isBefore, isInstant, lastDayOf, normaliseInstant, periodEndingOn, periodOfDays, startOf } from './instant';
import { remediesAfterFailure, REMEDIES } from './remedy';
import { otherSide } from './actor';

describe('who reads a message', () => {
  it.each([
    ['ALL', [true, true, true]],
    ['CONSUMER_AND_MEDIATOR', [true, false, true]],
    ['MERCHANT_AND_MEDIATOR', [false, true, true]],
    ['MEDIATOR_ONLY', [false, false, true]],
  ] as const)('%s', (visibility, [consumerReads, merchantReads, mediatorReads]) => {
    expect([canRead(visibility, 'CONSUMER'), canRead(visibility, 'MERCHANT'), canRead(visibility, 'MEDIATOR')]).toEqual([consumerReads, merchantReads, mediatorReads]);
  });
});

describe('instants', () => {
  it('accepts ISO-8601 instants with an offset, and normalises them to UTC', () => {
    expect(isInstant('2025-03-03T10:00+01:00')).toBe(true);
    expect(normaliseInstant('2025-03-03T10:00:00.5+01:00')).toBe('2025-03-03T09:00:00.500Z');
    expect(isInstant('2025-03-03T25:00:00Z')).toBe(false);
  });

  it('compares instants, not strings', () => {
    expect(isBefore('2025-03-03T09:00:00Z', '2025-03-03T10:00:00+01:00')).toBe(false);
    expect(isBefore('2025-03-03T08:59:59.999Z', '2025-03-03T10:00:00+01:00')).toBe(true);
  });

  it('counts a period from the day in Paris after the event; it passes at midnight in Paris after the last day', () => {
    // 23:30 UTC on 25 December is 00:30 in Paris on the 26th: days 27 December to 5 January.
    expect(periodOfDays('2025-12-25T23:30:00.000Z', 10)).toEqual({ dueOn: '2026-01-05', dueAt: '2026-01-05T23:00:00.000Z' });
    expect(periodOfDays('2025-12-25T22:59:59.999Z', 10)).toEqual({ dueOn: '2026-01-04', dueAt: '2026-01-04T23:00:00.000Z' });
  });

  it('a period whose last day is in summer passes at 22:00 UTC; one across a change of clock passes at the offset of its last day', () => {
    expect(periodOfDays('2026-07-01T10:00:00.000Z', 14)).toEqual({ dueOn: '2026-07-15', dueAt: '2026-07-15T22:00:00.000Z' });
    // Made in summer time, last day after the last Sunday of October (25 October 2026): winter, 23:00 UTC.
    expect(periodOfDays('2026-10-20T21:30:00.000Z', 7)).toEqual({ dueOn: '2026-10-27', dueAt: '2026-10-27T23:00:00.000Z' });
    // Last day on that Sunday itself, a day of 25 hours: it ends at 23:00 UTC.
    expect(periodEndingOn('2026-10-25')).toEqual({ dueOn: '2026-10-25', dueAt: '2026-10-25T23:00:00.000Z' });
    // And the last Sunday of March (29 March 2026, 23 hours): made in winter, it passes at 22:00 UTC.
    expect(periodOfDays('2026-03-20T12:00:00.000Z', 9)).toEqual({ dueOn: '2026-03-29', dueAt: '2026-03-29T22:00:00.000Z' });
    expect(periodEndingOn('2026-03-28').dueAt).toBe('2026-03-28T23:00:00.000Z');
  });

  it('reads the last day of a stored period in both forms: midnight in Paris after it, and midnight UTC after it (events recorded before)', () => {
    expect(lastDayOf('2026-03-15T23:00:00.000Z')).toBe('2026-03-15');
    expect(lastDayOf('2026-07-15T22:00:00.000Z')).toBe('2026-07-15');
    expect(lastDayOf('2026-03-16T00:00:00.000Z')).toBe('2026-03-15');
    expect(lastDayOf('2026-07-16T00:00:00.000Z')).toBe('2026-07-15');
    expect(startOf('2026-03-16')).toBe('2026-03-15T23:00:00.000Z');
  });
});

describe('remedies after a failure', () => {
  it('a failed repair or replacement closes nothing: a new repair, a replacement, refund, price reduction, and damages stay owed (L217-8, L217-14)', () => {
    expect(remediesAfterFailure()).toEqual(['REPAIR', 'REPLACEMENT', 'REFUND', 'PRICE_REDUCTION', 'COMPENSATION']);
  });

  it('the other side of each side', () => {
    expect([otherSide('CONSUMER'), otherSide('MERCHANT')]).toEqual(['MERCHANT', 'CONSUMER']);
  });
});

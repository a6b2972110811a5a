import { canRead } from './message-visibility';
import { isBefore, isInstant, normaliseInstant, periodOfDays } from './instant';
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

  it('counts a period from the day after the event; it passes at midnight UTC after the last day', () => {
    expect(periodOfDays('2025-12-25T23:30:00.000Z', 10)).toEqual({ dueOn: '2026-01-04', dueAt: '2026-01-05T00:00:00.000Z' });
  });
});

describe('remedies after a failure', () => {
  it('a failed repair opens replacement, refund, price reduction, and damages stay owed (L217-8)', () => {
    expect(remediesAfterFailure(REMEDIES, 'REPAIR')).toEqual(['REPLACEMENT', 'REFUND', 'PRICE_REDUCTION', 'COMPENSATION']);
  });

  it('a failed replacement leaves refund, price reduction or damages, and never reopens what closed', () => {
    expect(remediesAfterFailure(['REPLACEMENT', 'REFUND', 'PRICE_REDUCTION', 'COMPENSATION'], 'REPLACEMENT')).toEqual(['REFUND', 'PRICE_REDUCTION', 'COMPENSATION']);
    expect(remediesAfterFailure(['REFUND', 'PRICE_REDUCTION', 'COMPENSATION'], 'REFUND')).toEqual(['REFUND', 'PRICE_REDUCTION', 'COMPENSATION']);
  });

  it('compensation comes back where an earlier failure closed it', () => {
    expect(remediesAfterFailure(['REFUND', 'PRICE_REDUCTION'], 'REFUND')).toEqual(['REFUND', 'PRICE_REDUCTION', 'COMPENSATION']);
  });

  it('the other side of each side', () => {
    expect([otherSide('CONSUMER'), otherSide('MERCHANT')]).toEqual(['MERCHANT', 'CONSUMER']);
  });
});

import { compareAmounts, isCurrencyCode, isDecimalAmount } from './money';

describe('decimal amounts compare exactly, as the EUR 5,000 thresholds need', () => {
  it.each([
    ['5000', '5000.00', 0],
    ['05000.0', '5000', 0],
    ['0.5', '0.50', 0],
    ['4999.99', '5000', -1],
    ['5000.01', '5000', 1],
    ['5000.001', '5000', 1],
    ['999', '1000', -1],
    ['10000', '9999.99', 1],
    ['1200', '5000', -1],
    ['0', '0.00', 0],
  ])('%s vs %s → %i', (a, b, expected) => {
    expect(compareAmounts(a, b)).toBe(expected);
    expect(compareAmounts(b, a)).toBe(-expected || 0);
  });

  it('recognises decimal strings and ISO currency codes', () => {
    expect(['499', '499.9', '0.00'].every(isDecimalAmount)).toBe(true);
    expect(['-1', '1e3', '499,00', '.5', '5.', 499, null].some(isDecimalAmount)).toBe(false);
    expect(isCurrencyCode('EUR')).toBe(true);
    expect(['eur', 'EURO', 978].some(isCurrencyCode)).toBe(false);
  });
});

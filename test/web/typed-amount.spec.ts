import { typedMoney } from '../../apps/web/src/i18n/amount';
import { formatters } from '../../apps/web/src/i18n/format';

/** The claim's review step shows the price as typed on the purchase step, in any of the ways parseAmount accepts. */
describe('a price typed by the consumer, shown back to her', () => {
  const fr = formatters('fr-FR');
  const en = formatters('en-GB');
  // Intl writes French amounts with narrow no-break spaces: compare with plain ones.
  const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

  it('reads thousands separators and a decimal comma (no NaN €)', () => {
    expect(typedMoney('1 234,50', 'EUR')).toEqual({ amount: '1234.50', currency: 'EUR' });
    expect(plain(fr.money(typedMoney('1 234,50', 'EUR')))).toBe('1 234,50 €');
    expect(plain(fr.money(typedMoney('1.234,50', 'EUR')))).toBe('1 234,50 €');
    expect(plain(fr.money(typedMoney('449', 'EUR')))).toBe('449,00 €');
    expect(en.money(typedMoney('1,234.50', 'GBP'))).toBe('£1,234.50');
    expect(fr.money(typedMoney('1 234,50', 'EUR'))).not.toContain('NaN');
  });

  it('is a dash, never NaN, when what was typed is not an amount', () => {
    expect(typedMoney('abc', 'EUR')).toBeNull();
    expect(fr.money(typedMoney('', 'EUR'))).toBe('—');
  });
});

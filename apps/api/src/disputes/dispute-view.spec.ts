import type { Dispute } from '@recours/disputes';
import { ERASED } from '@recours/locale';
import { herPostcode } from './dispute-view';

// The postcode of her claim is asked for her rights' calendar only (docs/privacy.md): she reads it back, no one else.
describe('the consumer’s postcode on the dispute view', () => {
  const filedWith = (consumerPostcode?: string) => ({ consumerPostcode }) as Dispute;

  it('reads for the consumer herself', () => {
    expect(herPostcode(filedWith('97400'), 'CONSUMER')).toBe('97400');
  });

  it.each(['MERCHANT', 'MEDIATOR', 'ASSOCIATION', 'ADMIN'] as const)('is null for %s', (reader) => {
    expect(herPostcode(filedWith('97400'), reader)).toBeNull();
  });

  it('is null when she gave none, and once erased (her key destroyed, or retention)', () => {
    expect(herPostcode(filedWith(undefined), 'CONSUMER')).toBeNull();
    expect(herPostcode(filedWith(ERASED), 'CONSUMER')).toBeNull();
  });
});

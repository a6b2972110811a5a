import { sameCompanyName } from './takeover-rule';

describe('a sign-up’s name and an invited profile’s', () => {
  it('are the same company give or take case, accents, punctuation or a legal form', () => {
    expect(sameCompanyName('Électro Dépôt SAS', 'Électro Dépôt')).toBe(true);
    expect(sameCompanyName('ELECTRO-DEPOT', 'Électro Dépôt')).toBe(true);
    expect(sameCompanyName('Jardins Ouest SARL', 'Jardins Ouest')).toBe(true);
    expect(sameCompanyName('SAS Électro Dépôt', 'Électro Dépôt')).toBe(true);
  });

  it('are not when a customer named the profile otherwise, or with a fragment of the name', () => {
    expect(sameCompanyName('Acme Ltd', 'Amazon')).toBe(false);
    expect(sameCompanyName('Vélo Bleu', 'Grand Bazar du Net')).toBe(false);
    expect(sameCompanyName('Acme Distribution Europe', 'Acme')).toBe(false);
    expect(sameCompanyName('Acme', 'A')).toBe(false);
    expect(sameCompanyName('...', '')).toBe(false);
  });
});

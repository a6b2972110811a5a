import { domainOf, isFreeMailDomain, merchantNameKey, OTHER_MERCHANT_DOMAIN } from './merchant-verification';

describe('merchant verification', () => {
  it('compares names without case, accents, spaces or punctuation', () => {
    expect(merchantNameKey('Électro Dépôt')).toBe(merchantNameKey('ELECTRO-DEPOT'));
    expect(merchantNameKey('Fnac.')).toBe(merchantNameKey(' f n a c '));
    expect(merchantNameKey('Fnac')).not.toBe(merchantNameKey('Fnac Darty'));
  });

  it('does not take an address at a free mail provider as a merchant’s domain', () => {
    for (const email of ['sav.fnac@gmail.com', 'x@orange.fr', 'x@laposte.net', 'x@HOTMAIL.FR']) expect(isFreeMailDomain(domainOf(email))).toBe(true);
    expect(isFreeMailDomain(domainOf('sav@fnac.com'))).toBe(false);
    // Beyond the best known: any provider a customer may have typed a company's address at.
    for (const email of ['plombier@gmx.de', 'x@hotmail.be', 'x@mail.ru', 'x@yahoo.co.uk', 'x@yopmail.com']) expect(isFreeMailDomain(domainOf(email))).toBe(true);
    for (const email of ['sav@darty.com', 'contact@boulangerie.fr', 'x@electro-depot.example']) expect(isFreeMailDomain(domainOf(email))).toBe(false);
  });
});

describe('OTHER_MERCHANT_DOMAIN in French', () => {
  it('names the other company as the catalogue does, a « professionnel », never a « commerçant »', () => {
    expect(OTHER_MERCHANT_DOMAIN.fr).toBe('est au domaine vérifié d’un autre professionnel');
  });
});

import { canonicalDomain, canonicalEmail } from './email-spelling';

describe('canonicalEmail: one spelling per mailbox', () => {
  it('spells a decomposed accent, capitals, spaces around and an ASCII (xn--) domain as one address', () => {
    const spellings = [' Zoe@Cafe\u0301.fr ', 'zoe@caf\u00e9.fr', 'ZOE@CAFÉ.FR', 'zoe@xn--caf-dma.fr', 'zoe@ｃａｆé.fr'];
    expect(new Set(spellings.map(canonicalEmail))).toEqual(new Set(['zoe@café.fr']));
  });

  it('leaves a plain address as it was, lower-cased, and composes the local part', () => {
    expect(canonicalEmail('Claire@Example.fr')).toBe('claire@example.fr');
    expect(canonicalEmail('Ame\u0301lie@example.fr')).toBe('amélie@example.fr');
  });

  it('writes a domain with other than Latin letters in its ASCII form, so that a lookalike (a Cyrillic а in fnac.com) never reads as the real one', () => {
    expect(canonicalDomain('fn\u0430c.com')).toBe(new URL('http://fn\u0430c.com').hostname);
    expect(canonicalDomain('fn\u0430c.com')).toMatch(/^xn--/);
    expect(canonicalEmail('sav@FN\u0410C.com')).toBe(`sav@${new URL('http://fn\u0430c.com').hostname}`);
    expect(canonicalDomain('électro-dépôt.fr')).toBe('électro-dépôt.fr');
  });

  it('keeps a domain IDNA refuses as typed (its validation answers it), and a text without @', () => {
    expect(canonicalDomain('a..b')).toBe('a..b');
    expect(canonicalEmail('not-an-address')).toBe('not-an-address');
  });
});

import { elide, elidesBefore, frenchOf, withElisions } from './elision';
import { ERASED_PERSON } from './erased-words';

describe('French elision before a name', () => {
  it('elides « de » before a vowel, accented or not, in either case', () => {
    expect(frenchOf('Acme')).toBe('d’Acme');
    expect(frenchOf('Électro Dépôt')).toBe('d’Électro Dépôt');
    expect(frenchOf('Orange')).toBe('d’Orange');
    expect(frenchOf('ikea')).toBe('d’ikea');
    expect(frenchOf('Uber Eats')).toBe('d’Uber Eats');
    expect(frenchOf('Île de Beauté Location')).toBe('d’Île de Beauté Location');
    expect(frenchOf('Œnologie & Co')).toBe('d’Œnologie & Co');
    expect(frenchOf('EDF')).toBe('d’EDF');
    // The same letters decomposed (an accent typed apart) read the same.
    expect(frenchOf('E\u0301lectro')).toBe('d’E\u0301lectro');
  });

  it('keeps « de » before a consonant, a digit, a quotation mark or any other sign', () => {
    expect(frenchOf('Fnac')).toBe('de Fnac');
    expect(frenchOf('3 Suisses')).toBe('de 3 Suisses');
    expect(frenchOf('« Acme »')).toBe('de « Acme »');
    expect(frenchOf('"Acme"')).toBe('de "Acme"');
    expect(frenchOf('&Other')).toBe('de &Other');
    expect(frenchOf('')).toBe('de ');
  });

  it('elides before y only where y sounds a vowel (before a consonant)', () => {
    expect(frenchOf('Yves Rocher')).toBe('d’Yves Rocher');
    expect(frenchOf('Yamaha')).toBe('de Yamaha');
    expect(frenchOf('Yoplait')).toBe('de Yoplait');
    expect(frenchOf('Y')).toBe('de Y');
  });

  it('does not elide before h, mute or aspirated: nothing in a name says which', () => {
    expect(frenchOf('Hachette')).toBe('de Hachette');
    expect(frenchOf('Hyundai')).toBe('de Hyundai');
    expect(frenchOf('Hermès')).toBe('de Hermès');
  });

  it('elides the other words that do: que, le, la, jusque; a capital stays', () => {
    expect(elide('que', 'Orange')).toBe('qu’Orange');
    expect(elide('que', 'Fnac')).toBe('que Fnac');
    expect(elide('le', 'Atelier du Vélo')).toBe('l’Atelier du Vélo');
    expect(elide('La', 'Épicerie')).toBe('L’Épicerie');
    expect(elide('jusque', 'Amiens')).toBe('jusqu’Amiens');
  });

  it('reads an erased account’s name as French shows it, « une personne dont… »', () => {
    expect(elidesBefore(ERASED_PERSON)).toBe(true);
    expect(frenchOf(ERASED_PERSON)).toBe(`d’${ERASED_PERSON}`);
  });

  it('adds an <argument>Elides for each text argument, and keeps one the caller gave', () => {
    expect(withElisions({ name: 'Acme', company: 'Fnac', count: 3 })).toEqual({ name: 'Acme', nameElides: 'yes', company: 'Fnac', companyElides: 'no', count: 3 });
    expect(withElisions({ name: 'Acme', nameElides: 'no' })).toMatchObject({ nameElides: 'no' });
  });
});

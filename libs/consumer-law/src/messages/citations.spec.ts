import { rendererFor } from './renderer';
import { groupCitations, type Citation } from './citations';

/** The citations as the engine renders them in `locale`, then grouped. */
const grouped = (codes: Citation[], locale: 'fr' | 'en') => groupCitations(rendererFor(locale).cite(codes).citations, locale);

describe('a list of citations grouped by code, each code named once', () => {
  it('names each code once, in the order first cited, its articles in numeric order: « Code de la consommation, art. L217-3, L217-7 et L217-10 ; Code civil, art. 1641 et 1648 »', () => {
    const codes: Citation[] = ['FR.L217-3', 'FR.L217-7', 'FR.L217-10', 'FR.CC.1641', 'FR.CC.1648'];
    expect(grouped(codes, 'fr')).toBe('Code de la consommation, art. L217-3, L217-7 et L217-10 ; Code civil, art. 1641 et 1648');
    expect(grouped(codes, 'en')).toBe('Consumer Code, Art. L217-3, L217-7 and L217-10; Civil Code, Art. 1641 and 1648');
  });

  it('leaves the glosses in brackets out and gives each article once, keeping the part of an article cited (« L217-14 1° »)', () => {
    expect(grouped(['FR.L217-8', 'FR.L217-8.damages', 'FR.L217-14.1', 'FR.CC.1231-1'], 'fr')).toBe('Code de la consommation, art. L217-8 et L217-14 1° ; Code civil, art. 1231-1');
    expect(grouped(['FR.CC.1648'], 'en')).toBe('Civil Code, Art. 1648');
  });

  it('keeps whole a citation of no code, in its place: a decision, a regulation, a national law', () => {
    expect(grouped(['FR.CC.1648', 'FR.CASS.2023-07-21', 'FR.CC.2232'], 'fr')).toBe('Code civil, art. 1648 et 2232 ; Cass. ch. mixte, 21 juillet 2023 (vingt ans à compter de la vente)');
    expect(grouped(['BE.CC.1649quater.1'], 'en')).toBe('Code civil (BE) art. 1649quater §1');
  });

  it('sets the articles in numeric order, L217-3 before L217-10, 1644 between 1641 and 1648', () => {
    expect(grouped(['FR.L217-10', 'FR.L217-3', 'FR.CC.1648', 'FR.CC.1641', 'FR.CC.1644'], 'en')).toBe('Consumer Code, Art. L217-3 and L217-10; Civil Code, Art. 1641, 1644 and 1648');
  });

  it('is empty for no citation', () => {
    expect(grouped([], 'fr')).toBe('');
  });
});

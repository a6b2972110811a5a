import { rendererFor } from './renderer';
import { CITATIONS, citationsInText, groupCitations, type Citation } from './citations';

/** The citations as the engine renders them in `locale`, then grouped. */
const grouped = (codes: Citation[], locale: 'fr' | 'en') => groupCitations(rendererFor(locale).cite(codes).citations, locale);

describe('a list of citations grouped by code, each code named once', () => {
  it('names each code once, in the order first cited, its articles in numeric order: « Code de la consommation, art. L217-3, L217-7 et L217-10 ; Code civil, art. 1641 et 1648 »', () => {
    const codes: Citation[] = ['FR.L217-3', 'FR.L217-7', 'FR.L217-10', 'FR.CC.1641', 'FR.CC.1648'];
    expect(grouped(codes, 'fr')).toBe('Code de la consommation, art. L217-3, L217-7 et L217-10\u202f; Code civil, art. 1641 et 1648');
    expect(grouped(codes, 'en')).toBe('French Consumer Code, Art. L217-3, L217-7 and L217-10; French Civil Code, Art. 1641 and 1648');
  });

  it('leaves the glosses in brackets out and gives each article once, keeping the part of an article cited (« L217-14 1° »)', () => {
    expect(grouped(['FR.L217-8', 'FR.L217-8.damages', 'FR.L217-14.1', 'FR.CC.1231-1'], 'fr')).toBe('Code de la consommation, art. L217-8 et L217-14 1°\u202f; Code civil, art. 1231-1');
    expect(grouped(['FR.CC.1648'], 'en')).toBe('French Civil Code, Art. 1648');
  });

  it('keeps whole a citation of no code, in its place: a decision, a regulation, a national law', () => {
    expect(grouped(['FR.CC.1648', 'FR.CASS.2023-07-21', 'FR.CC.2232'], 'fr')).toBe('Code civil, art. 1648 et 2232\u202f; Cass. ch. mixte, 21 juillet 2023 (vingt ans à compter de la vente)');
    expect(grouped(['BE.CC.1649quater.1'], 'en')).toBe('Code civil (BE) art. 1649quater §\u00a01');
  });

  it('gives the case law of 1645 as its decisions, without its gloss, beside the article: « Code civil, art. 1645 ; Cass. 1re civ., 19 janvier 1965 … »', () => {
    expect(grouped(['FR.CC.1645', 'FR.CASS.1965-01-19'], 'fr')).toBe('Code civil, art. 1645\u202f; Cass. 1re civ., 19 janvier 1965, n° 61-10.952, et Cass. com., 5 juillet 2023, n° 22-11.621');
    expect(grouped(['FR.CC.1645', 'FR.CASS.1965-01-19'], 'en')).toBe('French Civil Code, Art. 1645; Cass. 1re civ., 19 January 1965, No. 61-10.952, and Cass. com., 5 July 2023, No. 22-11.621');
  });

  it('sets the articles in numeric order, L217-3 before L217-10, 1644 between 1641 and 1648', () => {
    expect(grouped(['FR.L217-10', 'FR.L217-3', 'FR.CC.1648', 'FR.CC.1641', 'FR.CC.1644'], 'en')).toBe('French Consumer Code, Art. L217-3 and L217-10; French Civil Code, Art. 1641, 1644 and 1648');
  });

  it('is empty for no citation', () => {
    expect(grouped([], 'fr')).toBe('');
  });
});

describe('citations in running text', () => {
  const inText = (codes: Citation[], locale: 'fr' | 'en') => citationsInText(rendererFor(locale).cite(codes).citations, locale);

  it('reads as a sentence does after « conformément »: « aux articles L217-3 et L217-10 du Code de la consommation et aux articles 1641 et 1648 du Code civil »', () => {
    const codes: Citation[] = ['FR.L217-10', 'FR.L217-3', 'FR.CC.1648', 'FR.CC.1641'];
    expect(inText(codes, 'fr')).toBe('aux articles L217-3 et L217-10 du Code de la consommation et aux articles 1641 et 1648 du Code civil');
    expect(inText(codes, 'en')).toBe('articles L217-3 and L217-10 of the French Consumer Code and articles 1641 and 1648 of the French Civil Code');
  });

  it('reads the case law of 1645 as a sentence does: « aux articles 1641, 1645 et 1648 du Code civil et à la jurisprudence constante de la Cour de cassation (…) »', () => {
    const codes: Citation[] = ['FR.CC.1641', 'FR.CC.1648', 'FR.CC.1645', 'FR.CASS.1965-01-19'];
    expect(inText(codes, 'fr')).toBe(
      'aux articles 1641, 1645 et 1648 du Code civil et à la jurisprudence constante de la Cour de cassation (Cass. 1re civ., 19 janvier 1965, n° 61-10.952\u202f; Cass. com., 5 juillet 2023, n° 22-11.621)',
    );
    expect(inText(codes, 'en')).toBe('articles 1641, 1645 and 1648 of the French Civil Code and the settled case law of the Cour de cassation (Cass. 1re civ., 19 January 1965, No. 61-10.952; Cass. com., 5 July 2023, No. 22-11.621)');
    // A decision without a running-text form still reads after « à », whole.
    expect(inText(['FR.CC.1648', 'FR.CASS.2023-07-21'], 'fr')).toBe('à l’article 1648 du Code civil et à Cass. ch. mixte, 21 juillet 2023 (vingt ans à compter de la vente)');
  });

  it('names one article in the singular, « à l’article », and each article once, without its gloss', () => {
    expect(inText(['FR.CC.1644', 'FR.CC.1644'], 'fr')).toBe('à l’article 1644 du Code civil');
    expect(inText(['FR.L217-8', 'FR.L217-8.damages'], 'en')).toBe('article L217-8 of the French Consumer Code');
    expect(inText(['FR.L217-3', 'FR.CC.1641', 'EU.SGD.10.1'], 'fr')).toBe('à l’article L217-3 du Code de la consommation, à l’article 1641 du Code civil et à l’article 10(1) de la directive (UE) 2019/771');
    expect(inText([], 'fr')).toBe('');
  });
});

describe('the separator of a list of citations', () => {
  it('is French’s narrow no-break space before « ; », in the engine’s `basis` as in a grouped list, and a citation’s own « ; » is not taken for it', () => {
    const fr = rendererFor('fr').cite(['FR.L217-12.refusal', 'FR.L612-2']);
    expect(fr.basis).toBe(
      'Code de la consommation, art. L217-12 (refus motivé par écrit\u202f; exécution forcée après mise en demeure)\u202f; Code de la consommation, art. L612-2 (réclamation écrite préalable\u202f; saisine dans l’année)',
    );
    expect(fr.basis).not.toMatch(/ ;/);
    // The citations one by one: the list the engine gives beside the joined line.
    expect(fr.citations.map((c) => c.code)).toEqual(['FR.L217-12.refusal', 'FR.L612-2']);
    expect(rendererFor('en').cite(['FR.L217-12.refusal', 'FR.L612-2']).basis).toBe(
      'Code de la consommation art. L217-12 (refusal reasoned in writing; performance may be enforced after formal notice); Code de la consommation art. L612-2 (prior written complaint; referral within one year of it)',
    );
  });
});

describe('each citation in each language', () => {
  it('says “and following” once in English: L224-25-12', () => {
    expect(CITATIONS['FR.L224-25-12']).toMatchObject({ fr: 'Code de la consommation, art. L224-25-12 et suivants', en: 'Code de la consommation art. L224-25-12 and following' });
    for (const [code, { en }] of Object.entries(CITATIONS)) expect({ code, en: /et suivants|and following.*and following/.test(en) }).toEqual({ code, en: false });
  });
});

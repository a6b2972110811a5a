import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PHRASE_SOURCES, REPOSITORY_ROOT, sourceFiles, withoutSubstitutions } from '../../../../test/support/phrases-in-source';
import { CITATIONS } from '../../../../libs/consumer-law/src/messages/citations';
import { rendererFor } from '../../../../libs/consumer-law/src/messages/renderer';
import { SENTENCES, type SentenceCode } from '../../../../libs/consumer-law/src/messages/sentences';
import { fr as catalogue } from '../../../../libs/locale/src/catalogue/fr';
import { FIELD_PROBLEMS } from '@recours/disputes';

/**
 * The sentences the server says in French (refusals, field problems, documents, e-mails) are
 * phrases `{ en, fr }` written in place, not a catalogue: this reads every one of them in the
 * source, so a typewriter apostrophe (n'est) is caught wherever it is written, as the web
 * catalogue's own spec does for the app (test/web/french-wording.spec.ts). The typographic rules
 * below hold for all French recours writes: these phrases, the web app's catalogue
 * (libs/locale/src/catalogue/fr.ts) and the rights engine's sentences as it renders them.
 */
const ROOT = REPOSITORY_ROOT;
const SOURCES = PHRASE_SOURCES;

/** Each `fr: '…'`, `fr: "…"` or `fr: \`…\`` literal, with where it is. */
function frenchPhrases(): Array<{ where: string; text: string }> {
  const found: Array<{ where: string; text: string }> = [];
  // A phrase is a literal, or a function of its parameters returning one (consumer-law sentences: fr: (p, f) => `…`).
  const literal = /\bfr:\s*(?:\([^()]*\)\s*=>\s*)?(?:'((?:\\.|[^'\\])*)'|"((?:\\.|[^"\\])*)"|`((?:\\.|[^`\\])*)`)/g;
  for (const source of SOURCES) {
    for (const file of sourceFiles(join(ROOT, source))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(literal)) {
        const line = text.slice(0, match.index).split('\n').length;
        found.push({ where: `${relative(ROOT, file)}:${line}`, text: (match[1] ?? match[2] ?? match[3]).replace(/\\'/g, "'").replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) });
      }
    }
  }
  return found;
}

/** Any parameter a sentence asks for, as a value that renders (a date, a number, a code), as the English spec renders them. */
const anyParams = new Proxy({}, { get: (_, key) => (typeof key === 'string' && /On$|At$|Day$|until|today/.test(key) ? '2026-12-01' : typeof key === 'string' ? '2' : undefined) }) as never;

/** The field problems are functions `(params, locale) => words`, not `fr:` literals: read as they render in French. */
const renderedFieldProblems = (): Array<{ where: string; text: string }> =>
  Object.entries(FIELD_PROBLEMS).flatMap(([code, words]) => {
    try {
      return [{ where: `field problem ${code}`, text: words.fr(anyParams, 'fr') }];
    } catch {
      return [];
    }
  });

describe('French typography in what the server says', () => {
  const phrases = frenchPhrases();

  it('reads the phrases (hundreds of them), and the field problems as rendered', () => {
    expect(phrases.length).toBeGreaterThan(200);
    expect(renderedFieldProblems().length).toBeGreaterThan(50);
  });

  it('writes the apostrophe as ’, never the typewriter one', () => {
    expect(phrases.filter((p) => /\p{L}'\p{L}/u.test(p.text)).map((p) => `${p.where}: ${p.text}`)).toEqual([]);
  });

  // The glossary's word for the merchant, as the app's catalogue says it (test/web/french-wording.spec.ts).
  // Only the Code de commerce's rule on proof (L110-3) says « commerçant »: it holds against a
  // commerçant, not against every professionnel (an artisan, a liberal profession).
  it('calls the merchant « professionnel », never « commerçant », but where the Code de commerce’s rule is stated', () => {
    const codeDeCommerce = (text: string) => /Code de commerce|preuve de l’achat se fait par tout moyen/.test(text);
    expect(phrases.filter((p) => /commer[cç]ant/i.test(p.text) && !codeDeCommerce(p.text)).map((p) => `${p.where}: ${p.text}`)).toEqual([]);
    expect(phrases.filter((p) => /\bcommerce\b/.test(p.text) && !codeDeCommerce(p.text)).map((p) => `${p.where}: ${p.text}`)).toEqual([]);
  });

  /**
   * Every French text recours writes, by where it lives: the server's phrases (their `${…}` code
   * read as a value « X »), the web app's catalogue by key, the engine's sentences and citations as
   * written in their source. A rule names each text that breaks it.
   */
  const allFrench = (): Array<{ where: string; text: string }> => [
    ...phrases.map((p) => ({ where: p.where, text: withoutSubstitutions(p.text) })),
    ...Object.entries(catalogue).map(([key, text]) => ({ where: `catalogue ${key}`, text })),
    ...Object.entries(CITATIONS).map(([code, c]) => ({ where: `citation ${code}`, text: c.fr })),
    ...renderedFieldProblems(),
  ];
  const breaking = (rule: RegExp, except: (text: string) => boolean = () => false) =>
    allFrench()
      .filter((p) => rule.test(p.text) && !except(p.text))
      .map((p) => `${p.where}: ${p.text}`);

  it('writes no typewriter apostrophe nor straight quotation mark in French, the catalogue and the engine included', () => {
    expect(breaking(/'/)).toEqual([]);
    expect(breaking(/"/)).toEqual([]);
  });

  // « Étape : Demandée »: frenchTypography turns the space before ; : ! ? into a narrow no-break
  // one, but cannot add one that was never written (« Étape: Demandée » stays English).
  // https://, 14:30 and Dutch or Swedish law numbers (art. 7:17, 2022:260) are followed by no space.
  it('puts a space before ; : ! ? in French', () => {
    expect(breaking(/[^\s\u00a0\u202f][;:!?](?=[\s\u00a0\u202f]|$)/)).toEqual([]);
  });

  it('writes « » with a space inside', () => {
    expect(breaking(/«(?![\s\u00a0\u202f])|[^\s\u00a0\u202f]»/)).toEqual([]);
  });

  it('writes no double space', () => {
    expect(breaking(/\S {2,}\S/)).toEqual([]);
  });

  // « 5 000 € », « 10 % »: a no-break space between the thousands and before € or %, never an
  // ordinary one where the line could break; « € » after the amount, never « €5 000 » nor « EUR ».
  // The code « EUR » quoted as what to type in a currency field (a field problem) is no amount.
  it('writes amounts the French way: no-break spaces, « € » after the amount', () => {
    expect(breaking(/\d \d{3}\b|\d ?[€%]|€[\s\u00a0\u202f]*[\dX{]|(?<!«[\s\u00a0\u202f])\bEUR\b|\d[\s\u00a0\u202f]*euros\b/)).toEqual([]);
  });

  it('writes the first of a month « 1er », and hours « 14 h 30 »', () => {
    expect(breaking(/(?<![\d,])1 (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b/)).toEqual([]);
    expect(breaking(/\d{1,2} ?h(\d|[ ]\d{2}\s*[^\d\s])|\d{1,2}h\b/)).toEqual([]);
  });

  // An article cited in a sentence names its code: « article L612-2 du Code de la consommation », or
  // in a list of legal bases « Code de la consommation, art. L217-3 »; never a bare « (L612-2) » a
  // consumer cannot place, nor « CPC » for the Code de procédure civile.
  // Two articles together: « articles R612-2 et R612-5 du Code de la consommation ».
  it('cites an article with « article » or « art. », never bare, and spells the codes out', () => {
    expect(breaking(/(?<!\b(?:art\.|articles?|l’art\.|l’article)\s)(?<!\barticles [LRD]\d{3}-\d+ et\s)\b[LRD]\d{3}-\d+/)).toEqual([]);
    expect(breaking(/\bCPC\b|C\. ?consom/)).toEqual([]);
  });

  // A code the person never chose to read (SETTLEMENT_ANSWER, a UUID) is not French; the developer
  // mail box (a development-only page) names the two settings it depends on.
  it('shows no internal code nor identifier in French', () => {
    const developerPage = (text: string) => /SMTP_URL|DATA_DIR/.test(text);
    expect(breaking(/\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/, developerPage)).toEqual([]);
    expect(breaking(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i)).toEqual([]);
  });

  // The engine's sentences reach the web app and the documents as the engine renders them: French
  // with its narrow no-break spaces already, as every other sentence of the server.
  it('renders the rights engine’s French with a narrow no-break space before ; : ! ? and inside « »', () => {
    const renderer = rendererFor('fr');
    const params = { jurisdiction: 'US', supported: 'FR, EU', country: 'ES', amount: '4999.50', currency: 'EUR', lastDay: '2027-03-13', lastDayIs: 'SATURDAY', unverified: 1 };
    const texts = [
      ...(Object.keys(SENTENCES) as SentenceCode[]).map((code) => renderer.say(code, params).text),
      ...renderer.cite(Object.keys(CITATIONS) as Array<keyof typeof CITATIONS>).citations.map((c) => c.text),
    ];
    expect(texts.filter((text) => /[ \u00a0][;:!?]|«[ \u00a0]|[ \u00a0]»/.test(text))).toEqual([]);
    expect(renderer.say('court.smallClaims.tooHigh').text).toBe('La procédure européenne de règlement des petits litiges est fermée\u202f: la demande dépasse 5\u202f000\u00a0€.');
  });
});

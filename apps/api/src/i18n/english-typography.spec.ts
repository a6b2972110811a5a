import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PHRASE_SOURCES, REPOSITORY_ROOT, sourceFiles, withoutSubstitutions } from '../../../../test/support/phrases-in-source';
import { FIELD_PROBLEMS, NOTIFICATION_KINDS, REFUSALS } from '@recours/disputes';
import { rendererFor } from '../../../../libs/consumer-law/src/messages/renderer';
import { SENTENCES, type SentenceCode } from '../../../../libs/consumer-law/src/messages/sentences';
import { en as catalogue } from '../../../../libs/locale/src/catalogue/en';
import { notificationSentences } from '../../../../libs/notifications/src/messages/notification-messages';

/**
 * The English sibling of french-typography.spec.ts: every English sentence the server says (its
 * phrases `{ en, fr }` as written in the source, the refusals, field problems and notifications as
 * they render, the rights engine's sentences) and the web app's catalogue cite an article as the
 * French do, with its code: "Article L612-2 of the French Consumer Code", never a bare "(L612-2)" a
 * reader cannot place, nor "CPC" or the French name of a code, nor a code whose country it does not
 * say (recours cites the Belgian Civil Code too); and quote with “ ”, never ".
 * The citations of legal bases (libs/consumer-law/src/messages/citations.ts) are lists, not
 * sentences: not read here.
 */
const ROOT = REPOSITORY_ROOT;
const CITATIONS_FILE = 'libs/consumer-law/src/messages/citations.ts';
const SOURCES = PHRASE_SOURCES;

/** Each `en: '…'`, `en: "…"`, `en: \`…\`` literal (or a function of its parameters returning one, or two through t(…)), with where it is. */
function englishPhrases(): Array<{ where: string; text: string }> {
  const found: Array<{ where: string; text: string }> = [];
  const literal = String.raw`(?:'((?:\\.|[^'\\])*)'|"((?:\\.|[^"\\])*)"|\x60((?:\\.|[^\x60\\])*)\x60)`;
  const phrase = new RegExp(String.raw`\ben:\s*(?:\([^()]*\)\s*=>\s*)?(?:t\(\s*)?${literal}(?:,\s*${literal})?`, 'g');
  const unescape = (text: string) => text.replace(/\\'/g, "'").replace(/\\"/g, '"').replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  for (const source of SOURCES) {
    for (const file of sourceFiles(join(ROOT, source))) {
      if (relative(ROOT, file) === CITATIONS_FILE) continue;
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(phrase)) {
        const line = text.slice(0, match.index).split('\n').length;
        for (const part of [match[1] ?? match[2] ?? match[3], match[4] ?? match[5] ?? match[6]]) {
          if (part !== undefined) found.push({ where: `${relative(ROOT, file)}:${line}`, text: withoutSubstitutions(unescape(part)) });
        }
      }
    }
  }
  return found;
}

/** Any parameter a sentence asks for, as a value that renders (a date, a number, a code). */
const anyParams = new Proxy({}, { get: (_, key) => (typeof key === 'string' && /On$|At$|Day$|until|today/.test(key) ? '2026-12-01' : typeof key === 'string' ? '2' : undefined) }) as never;
const rendered = (where: string, say: () => string | { title: string; body: string }) => {
  try {
    const text = say();
    return typeof text === 'string' ? [{ where, text }] : [{ where, text: `${text.title}. ${text.body}` }];
  } catch {
    return [];
  }
};

describe('English in what the server and the web app say', () => {
  const renderer = rendererFor('en');
  const engineParams = { jurisdiction: 'US', supported: 'FR, EU', country: 'ES', amount: '4999.50', currency: 'EUR', lastDay: '2027-03-13', lastDayIs: 'SATURDAY', unverified: 1 };
  const allEnglish = (): Array<{ where: string; text: string }> => [
    ...englishPhrases(),
    ...Object.entries(catalogue).map(([key, text]) => ({ where: `catalogue ${key}`, text })),
    ...(Object.keys(SENTENCES) as SentenceCode[]).map((code) => ({ where: `sentence ${code}`, text: renderer.say(code, engineParams).text })),
    ...Object.entries(FIELD_PROBLEMS).flatMap(([code, words]) => rendered(`field problem ${code}`, () => words.en(anyParams, 'en'))),
    ...Object.entries(REFUSALS).flatMap(([code, words]) => rendered(`refusal ${code}`, () => words.en(anyParams, 'en'))),
    ...NOTIFICATION_KINDS.flatMap((kind) => rendered(`notification ${kind}`, () => notificationSentences(kind, anyParams, 'en'))),
  ];
  const breaking = (rule: (text: string) => boolean) =>
    allEnglish()
      .filter((p) => rule(p.text))
      .map((p) => `${p.where}: ${p.text}`);

  it('reads the sentences (hundreds of them), rendered ones included', () => {
    const all = allEnglish();
    expect(all.length).toBeGreaterThan(1000);
    for (const where of ['field problem ', 'refusal ', 'notification ', 'sentence ']) expect(all.filter((p) => p.where.startsWith(where)).length).toBeGreaterThan(20);
  });

  // "Article L612-2 of the French Consumer Code", "Articles L217-3 to L217-4 of the French Consumer Code", or in a
  // list of legal bases "French Consumer Code, art. L217-3": the article with « Article » or « art. »,
  // and its code named in the same clause, before or after it.
  it('cites an article with “Article” or “art.” and its code, never bare', () => {
    expect(breaking((text) => bareArticles(text).length > 0)).toEqual([]);
  });

  // recours serves Belgian consumers too, and cites the Belgian Civil Code: “the Consumer Code” or
  // “the Civil Code” alone does not say which country’s. A sentence that names the country already
  // (“France has not transposed it: Article L217-13 of the Consumer Code”, “Belgium: Civil Code
  // art. 1649bis and following”) places it.
  it('names the country of the code it cites: “the French Consumer Code”, “the French Civil Code”', () => {
    const placed = (text: string) => /\b(?:France|Belgium)\b/.test(text);
    expect(breaking((text) => !placed(text) && (/(?<!French |Belgian )(?:Consumer|Civil) Code/.test(text) || (/\b[LRD]\d{3}-\d+/.test(text) && !text.includes('French Consumer Code'))))).toEqual([]);
  });

  it('names the codes in English: no “CPC”, no French name of a code', () => {
    expect(breaking((text) => /\bCPC\b|C\. ?consom|Code de la consommation|Code de procédure civile|Code de commerce\b/.test(text))).toEqual([]);
  });

  it('quotes with “ ”, never a straight double quotation mark', () => {
    expect(breaking((text) => text.includes('"'))).toEqual([]);
  });

  // A code the person never chose to read (PAID_REPAIR_QUOTE, SETTLEMENT_ANSWER) is not English either: the field problems say it in words.
  it('shows no internal code in a field problem', () => {
    expect(breaking((text) => /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/.test(text)).filter((p) => p.startsWith('field problem '))).toEqual([]);
  });
});

/**
 * The French codes' articles (L…, R…, D…) a text cites without « Article »/« art. » before them, or
 * without their code in the same clause: « (L612-2) », "article R612-5" alone.
 */
function bareArticles(text: string): string[] {
  const found: string[] = [];
  // A run of articles: "L217-3", "L217-3 and L217-4", "L217-3 to L217-7", "L612-2 1°".
  const run = /\b[LRD]\d{3}-\d+(?:-\d+)?(?:\s+\d°)?(?:(?:,\s*|\s+(?:and|or|to)\s+)[LRD]\d{3}-\d+(?:-\d+)?(?:\s+\d°)?)*/g;
  for (const match of text.matchAll(run)) {
    const before = text.slice(0, match.index);
    const after = text.slice(match.index + match[0].length);
    const introduced = /(?:\b[Aa]rticles?|\b[Aa]rt\.)\s+$/.test(before);
    const clauseBefore = before.split(/(?<!\bart)[;:.(]\s/).pop() ?? '';
    const clauseAfter = after.split(/[;:)]|\.(?:\s|$)/)[0] ?? '';
    const coded = /\bCode\b/.test(clauseAfter) || /\bCode,?\s+(?:[Aa]rticles?|art\.)\s+$/.test(clauseBefore);
    if (!introduced || !coded) found.push(match[0]);
  }
  return found;
}

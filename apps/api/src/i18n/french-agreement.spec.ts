import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { agreeingWords, wordsAgreeingWithLabel } from '../../../../test/support/french-agreement';
import { PHRASE_SOURCES, REPOSITORY_ROOT, sourceFiles, withoutSubstitutions } from '../../../../test/support/phrases-in-source';
import { fieldInWords } from '../graphql/field-words';

/**
 * A field's problem written in place (`message: { en, fr }`, apps/api) follows the field's label
 * as the field problems do (« Saisie invalide : « Motif » est obligatoire… »), and may follow
 * another label tomorrow (the remedy report's day was « Le » until 2026-12-07): nothing in it
 * agrees with the label (« est requise » read after « Motif », « est celui » after « une valeur »,
 * until 2026-12-07). The domain's and the rights engine's problems are read as they render
 * (libs/disputes, french-agreement.spec.ts); these are read in the source, as the typography spec does.
 */

/** Each `fr:` literal with where it is, `${…}` read as X. */
function frenchPhrases(): Array<{ where: string; text: string }> {
  const literal = /\bfr:\s*(?:\([^()]*\)\s*=>\s*)?(?:'((?:\\.|[^'\\])*)'|"((?:\\.|[^"\\])*)"|`((?:\\.|[^`\\])*)`)/g;
  const found: Array<{ where: string; text: string }> = [];
  for (const source of PHRASE_SOURCES) {
    for (const file of sourceFiles(join(REPOSITORY_ROOT, source))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(literal)) {
        const line = text.slice(0, match.index).split('\n').length;
        found.push({ where: `${relative(REPOSITORY_ROOT, file)}:${line}`, text: withoutSubstitutions(match[1] ?? match[2] ?? match[3]!) });
      }
    }
  }
  return found;
}

/**
 * A phrase that follows a label starts with its verb (« est », « doit », « ne doit pas »,
 * « n’est pas », « appartient »...), lower-case: a sentence of its own starts with its subject.
 */
const FOLLOWS_A_LABEL = /^(?:ne |n’|doit |est |a |peut |sont |dépasse |figure |concerne |désigne |appartient |contredit |finirait )/u;

describe('a field’s problem written in place reads right after any label, whatever its gender', () => {
  const problems = frenchPhrases().filter((phrase) => FOLLOWS_A_LABEL.test(phrase.text));

  it('reads the problems written in place (dozens of them)', () => {
    expect(problems.length).toBeGreaterThan(40);
    expect(problems.map((p) => p.text)).toEqual(expect.arrayContaining(['est obligatoire : la demande à laquelle vous donnez suite', 'n’est pas un médiateur']));
  });

  it('none agrees with the label it follows', () => {
    expect(problems.filter((p) => wordsAgreeingWithLabel(p.text).length > 0).map((p) => `${p.where}: ${p.text}`)).toEqual([]);
  });

  it('the erasure’s reason, until 2026-12-07 « est requise » after « Motif »: the words the check finds', () => {
    expect(fieldInWords('input.reason', 'fr')).toBe('« Motif »');
    expect(agreeingWords('est requise : la demande à laquelle vous donnez suite')).toEqual(['requise']);
    expect(fieldInWords('input.accountId', 'fr')).toBe('une valeur');
    expect(agreeingWords('est celui du propriétaire du professionnel')).toEqual(['celui']);
  });
});

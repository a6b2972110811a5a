import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The sentences the server says in French (refusals, field problems, documents, e-mails) are
 * phrases `{ en, fr }` written in place, not a catalogue: this reads every one of them in the
 * source, so a typewriter apostrophe (n'est) is caught wherever it is written, as the web
 * catalogue's own spec does for the app (test/web/french-wording.spec.ts).
 */
const ROOT = join(__dirname, '..', '..', '..', '..');
const SOURCES = ['apps/api/src', 'apps/projector/src', 'apps/notifier/src', 'libs'];

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') yield* sourceFiles(path);
    else if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) yield path;
  }
}

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
        found.push({ where: `${relative(ROOT, file)}:${line}`, text: (match[1] ?? match[2] ?? match[3]).replace(/\\'/g, "'") });
      }
    }
  }
  return found;
}

describe('French typography in what the server says', () => {
  const phrases = frenchPhrases();

  it('reads the phrases (hundreds of them)', () => {
    expect(phrases.length).toBeGreaterThan(200);
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
});

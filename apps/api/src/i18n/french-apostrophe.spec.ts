import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The French a person reads uses the typographic apostrophe (’), as the catalogue does. The API's
 * and the libraries' French phrases (`fr: …` beside `en: …`) are written in the code, where a
 * typewriter one slips in unseen: every one of them is read here.
 */
const root = join(__dirname, '../../../..');
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });

const FRENCH_LITERAL = /\bfr: ("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`)/g;
const TYPEWRITER = /\p{L}(?:'|\\')\p{L}/u;

describe('French phrases written in the code', () => {
  it('use the typographic apostrophe', () => {
    const files = [join(root, 'apps/api/src'), ...readdirSync(join(root, 'libs')).map((lib) => join(root, 'libs', lib, 'src'))].flatMap(sources);
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(FRENCH_LITERAL)].filter((m) => TYPEWRITER.test(m[1]!)).map((m) => `${relative(root, file)}: ${m[1]}`),
    );
    expect(found).toEqual([]);
  });
});

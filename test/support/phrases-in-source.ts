import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/*
 * What the typography specs (french-typography, english-typography) read: the server's phrases
 the specs walk the source.
 */

/** The root of the repository, and the folders whose sources hold phrases a person reads. */
export const REPOSITORY_ROOT = join(__dirname, '..', '..');
export const PHRASE_SOURCES = ['apps/api/src', 'apps/projector/src', 'apps/notifier/src', 'libs'];

/** Every TypeScript source under `dir`, specs left out. */
export function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') yield* sourceFiles(path);
    else if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) yield path;
  }
}

/** A template literal's text without its `${…}` substitutions (code, not words), each read as a bare value X. */
export function withoutSubstitutions(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '$' && text[i + 1] === '{') {
      let depth = 0;
      for (; i < text.length; i++) {
        if (text[i] === '{') depth++;
        else if (text[i] === '}' && --depth === 0) break;
      }
      out += 'X';
    } else out += text[i];
  }
  return out;
}

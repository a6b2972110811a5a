import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkMessage, type CheckedInput, type Validity } from '../../apps/web/src/ui/form-checks';

const VALID: Validity = { valid: true, valueMissing: false, tooShort: false, tooLong: false, typeMismatch: false, rangeUnderflow: false, rangeOverflow: false, stepMismatch: false, badInput: false, patternMismatch: false };
const input = (value: string, more: Partial<CheckedInput> = {}, validity: Partial<Validity> = {}): CheckedInput => ({
  type: 'text',
  value,
  ...more,
  validity: { ...VALID, ...validity, valid: Object.values(validity).every((flag) => !flag) },
});

describe("a form's own checks, said in the page's language (no browser bubble)", () => {
  it('say a required field left empty (or only spaces) is required', () => {
    expect(checkMessage(input('', { required: true }, { valueMissing: true }))).toEqual({ key: 'form.required' });
    expect(checkMessage(input('   ', { required: true }))).toEqual({ key: 'form.required' });
    expect(checkMessage(input('', { required: false }))).toBeNull();
  });

  it('say a text shorter than its minimum, even when the browser has not marked it (set, not typed)', () => {
    expect(checkMessage(input('abc', { minLength: 10 }))).toEqual({ key: 'form.tooShort', values: { min: 10 } });
    expect(checkMessage(input('abcdefghij', { minLength: 10 }))).toBeNull();
    expect(checkMessage(input('abc', { minLength: -1 }))).toBeNull();
  });

  it('say a wrong e-mail or web address, and a number out of its range', () => {
    expect(checkMessage(input('marie', { type: 'email' }, { typeMismatch: true }))).toEqual({ key: 'form.email' });
    expect(checkMessage(input('example.com', { type: 'url' }, { typeMismatch: true }))).toEqual({ key: 'form.url' });
    expect(checkMessage(input('0', { type: 'number', min: '1', max: '60' }, { rangeUnderflow: true }))).toEqual({ key: 'form.numberBetween', values: { min: '1', max: '60' } });
    expect(checkMessage(input('x', { type: 'text' }, { patternMismatch: true }))).toEqual({ key: 'form.invalid' });
  });
});

/** Every form of the web app is `noValidate`: a form without it would show the browser's bubbles, in the browser's language. */
describe("the web app's forms", () => {
  const root = join(__dirname, '../../apps/web/src');
  const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : name.endsWith('.tsx') ? [join(dir, name)] : []));

  /** The JSX opening tag that starts at `start` (braces skipped, so `=>` in an attribute does not end it). */
  const tagAt = (source: string, start: number): string => {
    let depth = 0;
    for (let i = start; i < source.length; i++) {
      if (source[i] === '{') depth++;
      else if (source[i] === '}') depth--;
      else if (source[i] === '>' && depth === 0) return source.slice(start, i + 1);
    }
    return source.slice(start);
  };

  it('are all noValidate (a <form>, a component rendered as a form), and Panel makes its forms so', () => {
    const without: string[] = [];
    for (const file of files(root)) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/<form\b|<(\w+)\s[^<]*?component="form"/g)) {
        const tag = tagAt(source, match.index!);
        if (!/\bnoValidate\b/.test(tag)) without.push(`${relative(root, file)}: ${tag.slice(0, 60)}`);
      }
    }
    expect(without).toEqual([]);
    expect(readFileSync(join(root, 'ui/Panel.tsx'), 'utf8')).toMatch(/noValidate=\{as === 'form'/);
  });
});

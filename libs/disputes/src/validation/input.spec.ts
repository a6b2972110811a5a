import { z } from 'zod';
import { fieldProblem, phraseOfProblem } from './field-problems';
import { DomainError } from '../errors';
import { PRODUCT_CONDITIONS } from '../values/claim';
import { REMEDIES } from '../values/remedy';
import { checked, list, money, oneOf, readWith, refuse, text, VISIBLE_CHARACTER } from './input';

const refusal = (schema: z.ZodType, value: unknown, field = 'x') => readWith(z.object({ [field]: schema }), { [field]: value });

describe('the validation kit', () => {
  it('answers INVALID_INPUT with the field path, as the domain names it', () => {
    const problem = z.object({ problem: z.object({ chronology: list(z.object({ what: text({ max: 10 }) }), { max: 5 }) }) });
    const error = readWith(problem, { problem: { chronology: [{ what: 'ok' }, { what: ' ' }] } });
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', field: 'problem.chronology[1].what', message: 'problem.chronology[1].what: must not be blank' });
  });

  it('lets programming errors through, and turns a refusal back into a value', () => {
    expect(() => checked(() => { throw new TypeError('bug'); })).toThrow(TypeError);
    expect(checked(() => refuse('sentOn', fieldProblem('AFTER_TODAY', { today: '2025-03-01' })))).toMatchObject({ code: 'INVALID_INPUT', field: 'sentOn' });
  });

  it('refuses money given as a JSON number, saying why', () => {
    expect(refusal(money(), { amount: 19.99, currency: 'EUR' }, 'price')).toMatchObject({ field: 'price.amount', message: 'price.amount: must be a decimal string such as “129.99”, not a number' });
    expect(refusal(money(), { amount: '19.99', currency: 'EUR' }, 'price')).toEqual({ price: { amount: '19.99', currency: 'EUR' } });
  });

  // Review of the journeys, finding 9: "" was reported twice (by min and by the check of spaces).
  it('reports a blank or short text once, empty or made of spaces', () => {
    for (const value of ['', '   ']) {
      expect(text({ max: 10 }).safeParse(value).error!.issues.map((i) => i.message)).toEqual(['must not be blank']);
    }
    for (const value of ['', 'ab', '  ab  ']) {
      expect(text({ min: 3, max: 10 }).safeParse(value).error!.issues.map((i) => i.message)).toEqual(['must have at least 3 characters']);
    }
    expect(text({ min: 0, max: 10 }).safeParse('').success).toBe(true);
    // API probe: an offer's terms of spaces were kept, and read « (     ) » in the timeline.
    for (const value of ['   ', '\u200b']) expect(text({ min: 0, max: 10 }).safeParse(value).error!.issues.map((i) => i.message)).toEqual(['must not be blank']);
  });

  // API probe: a product name, a refusal's reason or a 20-character description of zero-width spaces passed as written text.
  it('counts as blank what shows nothing: zero-width spaces and joiners, soft hyphens, the Hangul filler, as spaces are', () => {
    for (const value of ['\u200b', '\u200b\u200c\u200d\u2060', ' \u00ad\u3164\ufeff ', '\u200e\u200f']) {
      expect(text({ max: 10 }).safeParse(value).error!.issues.map((i) => i.message)).toEqual(['must not be blank']);
    }
    expect(text({ min: 10, max: 50 }).safeParse('\u200b'.repeat(20)).error!.issues.map((i) => i.message)).toEqual(['must have at least 10 characters']);
    // What a person writes with them passes: an emoji with its joiner and variation selector, Hebrew with its mark.
    for (const value of ['👨\u200d👩\u200d👧', '❤\ufe0f', '\u200fעברית']) expect(text({ max: 20 }).safeParse(value).success).toBe(true);
    expect(VISIBLE_CHARACTER.test('\u200b\u3164 ')).toBe(false);
    expect(VISIBLE_CHARACTER.test('\u200bA')).toBe(true);
  });

  // Review: the braille blank and a lone combining mark look empty too.
  it('counts as blank the braille blank and combining marks with nothing to sit on; a mark on a letter is text', () => {
    for (const value of ['\u2800', '\u2800 \u2800', '\u0301', ' \u0301\u0308 ']) {
      expect(text({ max: 10 }).safeParse(value).error!.issues.map((i) => i.message)).toEqual(['must not be blank']);
      expect(text({ min: 0, max: 10 }).safeParse(value).error!.issues.map((i) => i.message)).toEqual(['must not be blank']);
    }
    for (const value of ['e\u0301', 'नमस्ते', '\u2800A']) expect(text({ max: 20 }).safeParse(value).success).toBe(true);
  });

  it('states minimum lengths and counts plainly', () => {
    expect((refusal(text({ min: 3, max: 10 }), 'ab', 'code') as DomainError).message).toBe('code: must have at least 3 characters');
    expect((refusal(text({ min: 3, max: 10 }), '  ab  ', 'code') as DomainError).message).toBe('code: must have at least 3 characters');
    expect((refusal(list(z.number(), { min: 1, max: 5 }), [], 'steps') as DomainError).message).toBe('steps: must have at least 1 item');
    expect((refusal(list(z.number(), { min: 2, max: 5 }), [1], 'steps') as DomainError).message).toBe('steps: must have at least 2 items');
  });

  it('refuses half a character and text over its bound', () => {
    expect((refusal(text({ max: 10 }), 'a\ud800b') as DomainError).message).toBe('x: must be well-formed text (it holds half of a character)');
    expect((refusal(text({ max: 3 }), 'abcd') as DomainError).message).toBe('x: must have at most 3 characters');
  });

  it('refuses invisible controls (bidirectional overrides and isolates, C0 and C1 controls) and keeps tab, line breaks and right-to-left marks', () => {
    for (const hidden of ['\u202E', '\u202A', '\u2066', '\u2069', '\u0007', '\u001B', '\u007F', '\u0085', '\u000B']) {
      expect((refusal(text({ max: 40 }), `Galaxy${hidden}A54`) as DomainError).message).toBe('x: must not hold invisible control characters (they change how the text reads, e.g. reversing it)');
    }
    for (const written of ['Ligne 1\r\nLigne 2\tfin', 'هاتف \u200Fجالاكسي', 'עברית\u200E', 'Électroménager « Lave-linge »']) expect(refusal(text({ max: 40 }), written)).toEqual({ x: written });
  });

  it('gives each refusal its code and parameters, and its words in French (issue 14)', () => {
    const long = refusal(text({ max: 3 }), 'abcd') as DomainError;
    expect(long.problem).toEqual({ code: 'TOO_LONG', params: { max: 3 } });
    expect(long.phrase).toEqual({ en: 'must have at most 3 characters', fr: 'doit comporter au plus 3 caractères' });
    expect((refusal(money(), { amount: 19.99, currency: 'EUR' }, 'price') as DomainError).problem).toEqual({ code: 'AMOUNT_AS_NUMBER', params: {} });
    expect((refusal(text({ min: 3, max: 10 }), 'ab') as DomainError).problem).toEqual({ code: 'TOO_SHORT', params: { min: 3 } });
    expect((readWith(z.strictObject({ a: z.string() }), { a: 'x', b: 1 }) as DomainError).problem).toEqual({ code: 'UNKNOWN_FIELD', params: {} });
  });
});

// No internal value is shown to a person: a list is named by the labels the web app gives its values.
describe('oneOf: a value none of the list', () => {
  const problemOfRefusal = (schema: z.ZodType, value: unknown) => (refusal(schema, value) as DomainError).problem!;

  it('names the choices by their labels in French and English; the values stay in params for clients', () => {
    const problem = problemOfRefusal(oneOf(PRODUCT_CONDITIONS, 'ProductCondition'), 'REFURBISHED');
    expect(problem).toEqual({ code: 'NOT_ONE_OF', params: { allowed: 'NEW, USED', choice: 'ProductCondition' } });
    expect(phraseOfProblem(problem)).toEqual({ fr: 'doit être «\u202fNeuf\u202f» ou «\u202fOccasion\u202f»', en: 'must be “New” or “Used”' });
    const remedy = phraseOfProblem(problemOfRefusal(oneOf(REMEDIES, 'Remedy'), 'REFUNDS'));
    expect(remedy.en).toBe('must be “Repair”, “Replacement”, “Refund”, “Price reduction” or “Compensation”');
    for (const value of REMEDIES) expect(`${remedy.fr} ${remedy.en}`).not.toContain(value);
  });

  it('a list with no labels (no person picks from it) is refused without naming its values, each list keeping its own in params', () => {
    const first = problemOfRefusal(oneOf(['AGENT_REMOVED', 'ACCOUNT_ERASED']), 'X');
    const second = problemOfRefusal(oneOf(['RESOLVED', 'UNRESOLVED']), 'X');
    expect(phraseOfProblem(second)).toEqual({ fr: 'doit être l’une des valeurs que ce champ accepte', en: 'must be one of the values this field takes' });
    expect([first.params, second.params]).toEqual([{ allowed: 'AGENT_REMOVED, ACCOUNT_ERASED' }, { allowed: 'RESOLVED, UNRESOLVED' }]);
  });
});

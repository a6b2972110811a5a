import { z } from 'zod';
import { isCalendarDate, type CalendarDate } from '@recours/consumer-law';
import { DomainError, invalidInput } from '../errors';
import { fieldProblem, problemMessage as say, problemOfMessage, type FieldProblem } from './field-problems';
import { CURRENCY_CODE, DECIMAL_AMOUNT, type Money } from '../values/money';

/**
 * The domain's validation kit, on zod: each builder is a schema for one kind of field, with its
 * bounds and the sentence a person reads when it is refused. Command payloads are described with
 * them (see commands/command-description.ts); the API's inputs and the web's forms read the same
 * schemas, so each bound is written once.
 */

/** What the API and the web app need to know about a field beyond its type. */
export interface FieldMeta {
  /** The GraphQL type name, for what a plain schema cannot say: ID, an enum's or an input's name. */
  graphql?: string;
  description?: string;
  /** Filled in by the API (an uploaded file's facts, the platform's policy), never by a person. */
  assigned?: boolean;
  /** The id names an account that must hold this role on the dispute (checked by the command path, see account-references.ts). */
  account?: ReferencedRole;
}

/** The roles a command may name another account in; MERCHANT names a merchant of the directory (an organisation, not a person's account). */
export type ReferencedRole = 'ASSOCIATION' | 'MEDIATOR' | 'MERCHANT_AGENT' | 'MERCHANT';

export interface TextBounds {
  min?: number;
  max: number;
}

// A lone surrogate is half a character: it has no UTF-8 form, and the event's hash (RFC 8785) refuses it.
const HALF_A_CHARACTER = /\p{Cs}/u;

/** Does this text hold half a character (a lone surrogate)? The one test of every way in, as holdsInvisibleControl: the commands' text fields here, every other input in the API's validation pipe. */
export const holdsHalfACharacter = (value: string): boolean => HALF_A_CHARACTER.test(value);

/**
 * Characters a person cannot see that change what others read: control characters other than tab
 * and line breaks (NUL has its own refusal, CONTAINS_NUL), and the bidirectional embeddings,
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069), with which « …\u202Egnp.exe » reads as
 * « …exe.png » and a merchant's name shows reversed in an e-mail's subject, a PDF or a webhook.
 * Right-to-left scripts need none of them; the marks U+200E and U+200F stay allowed.
 */
const INVISIBLE_CONTROL = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** Does this text hold an invisible control (see INVISIBLE_CONTROL)? The one test of every way in: the commands' text fields here, every other input in the API's validation pipe. */
export const holdsInvisibleControl = (value: string): boolean => INVISIBLE_CONTROL.test(value);

/**
 * What shows nothing: white space and the default-ignorable code points (zero-width space, joiners
 * and word joiner, soft hyphen, direction marks, variation selectors, the Hangul filler…). A text
 * of them only is blank, as one of spaces is: a product name or a refusal's reason a reader sees as
 * empty. Inside a text they stay (an emoji's joiner, Hebrew's mark).
 */
const SHOWS_NOTHING = String.raw`\s\p{Default_Ignorable_Code_Point}\u2800`;
/**
 * A character a reader sees: the one test of blank text, here and in the API's other inputs
 * (names). Not one that shows nothing (the braille blank U+2800 included), nor a combining mark,
 * which shows only on a character before it: a text of marks alone is blank too.
 */
export const VISIBLE_CHARACTER = new RegExp(`[^${SHOWS_NOTHING}\\p{M}]`, 'u');
/** Does this text show nothing (only white space or default-ignorable characters)? Blank, wherever a person types a text. */
export const showsNothing = (value: string): boolean => !VISIBLE_CHARACTER.test(value);
const AT_THE_ENDS = new RegExp(`^[${SHOWS_NOTHING}]+|[${SHOWS_NOTHING}]+$`, 'gu');
/** A text's length without what shows nothing at its ends: what a minimum length counts. */
const visibleLength = (value: string): number => value.replace(AT_THE_ENDS, '').length;

/** Text that is not blank (unless min is 0) and not longer than `max` characters. */
export function text({ min = 1, max }: TextBounds) {
  const tooShort = min === 1 ? say('BLANK') : say('TOO_SHORT', { min });
  return z
    .string({ error: say('NOT_A_STRING') })
    .refine((v) => !holdsHalfACharacter(v), say('MALFORMED_TEXT'))
    .refine((v) => !holdsInvisibleControl(v), say('INVISIBLE_CONTROL'))
    .min(min, tooShort)
    // What shows nothing at the ends does not count; a string already too short was reported by min, once.
    .refine((v) => v.length < min || (visibleLength(v) >= min && (min === 0 || VISIBLE_CHARACTER.test(v))), tooShort)
    // Where empty is allowed (an offer's terms: none), a text that shows nothing is no text either: blank.
    .refine((v) => min > 0 || v === '' || VISIBLE_CHARACTER.test(v), say('BLANK'))
    .max(max, say('TOO_LONG', { max }));
}

const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
/** Is this an id of the shape every id we make or take has (identifier())? Ids read back from elsewhere (a list's cursor) are held to it too. */
export const isIdentifier = (value: unknown): value is string => typeof value === 'string' && IDENTIFIER.test(value);

/** An id chosen by a client (uuid, slug): it ends up in stream names and URLs. GraphQL knows it as ID. */
export const identifier = () =>
  z.string({ error: IDENTIFIER_MESSAGE }).regex(IDENTIFIER, IDENTIFIER_MESSAGE).meta({ graphql: 'ID' } satisfies FieldMeta);
/** The id of an account that must hold `role` (an association given a mandate, a mediator assigned, the merchant a claim is filed against). */
export const accountId = (role: ReferencedRole) => identifier().meta({ graphql: 'ID', account: role } satisfies FieldMeta);
const IDENTIFIER_MESSAGE = say('NOT_AN_IDENTIFIER');

const DATE_MESSAGE = say('NOT_A_DATE');
export const calendarDate = () =>
  z.string({ error: DATE_MESSAGE }).refine(isCalendarDate, DATE_MESSAGE).meta({ format: 'date' }) as unknown as z.ZodType<CalendarDate, CalendarDate> & z.ZodString;

export function integer(min: number, max: number) {
  const message = say('NOT_IN_RANGE', { min, max });
  return z.number({ error: message }).int(message).min(min, message).max(max, message);
}

/**
 * A whole number whose bounds depend on the dispute: only its being whole is checked here, the
 * decider checks the bounds and names the ones that hold for the dispute (a payload check would
 * name `min` to `max`, which may not be them). `min` and `max` are the widest the field ever takes,
 * for a form's input (its JSON Schema's minimum and maximum).
 */
export const wholeNumberUpTo = (min: number, max: number) => z.number({ error: say('NOT_A_WHOLE_NUMBER') }).int(say('NOT_A_WHOLE_NUMBER')).meta({ minimum: min, maximum: max });

export const boolean = () => z.boolean({ error: say('NOT_A_BOOLEAN') });

/**
 * One of a list of words; `graphql` names the GraphQL enum that lists them (a plain String
 * otherwise), and a refusal names them by that enum's labels (choice-words.ts).
 */
export function oneOf<const T extends readonly [string, ...string[]]>(allowed: T, graphql?: string) {
  const schema = z.enum(allowed, { error: say('NOT_ONE_OF', { allowed: allowed.join(', '), ...(graphql && { choice: graphql }) }) });
  return graphql ? schema.meta({ graphql } satisfies FieldMeta) : schema;
}

/** Money as a decimal string with at most two decimals; a JSON number is refused, not rounded. */
export const money = () =>
  z
    .object(
      {
        amount: z
          .string({
            error: (issue) =>
              typeof issue.input === 'number' ? say('AMOUNT_AS_NUMBER') : say('NOT_AN_AMOUNT'),
          })
          .regex(DECIMAL_AMOUNT, say('NOT_AN_AMOUNT'))
          .describe('Decimal string, e.g. "129.90": at most 12 digits before the point and 2 after.'),
        currency: z.string({ error: say('NOT_A_CURRENCY') }).regex(CURRENCY_CODE, say('NOT_A_CURRENCY')).describe('ISO 4217, e.g. EUR'),
      },
      { error: say('NOT_AN_OBJECT') },
    )
    .meta({ graphql: 'MoneyInput' } satisfies FieldMeta) as z.ZodType<Money> & z.ZodObject;

export function list<T extends z.ZodType>(item: T, { min = 0, max }: { min?: number; max: number }) {
  return z
    .array(item, { error: say('NOT_A_LIST') })
    .min(min, say('TOO_FEW_ITEMS', { min }))
    .max(max, say('TOO_MANY_ITEMS', { max }));
}

/** An object whose fields are all known: a misspelt setting must not be silently ignored. */
export function onlyKnownFields<S extends z.ZodRawShape>(shape: S) {
  return z.strictObject(shape, { error: say('NOT_AN_OBJECT') });
}

/** The path of a field as the domain names it: 'problem.chronology[3].what'. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** The first problem zod found, with the field's path: its code and parameters, its English sentence. */
export function firstProblem(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): { path: PropertyKey[]; message: string; problem: FieldProblem } {
  const issue = issues[0]!;
  const path = [...prefix, ...issue.path];
  if (issue.code === 'unrecognized_keys') {
    return { path: [...path, issue.keys[0]!], message: say('UNKNOWN_FIELD'), problem: problemOf(issue) };
  }
  return { path, message: issue.message, problem: problemOf(issue) };
}

/** The code and parameters of a zod issue: the kit's sentence says which, else zod's own code. */
export function problemOf(issue: z.core.$ZodIssue): FieldProblem {
  if (issue.code === 'unrecognized_keys') return problemOfMessage(say('UNKNOWN_FIELD'));
  const known = problemOfMessage(issue.message);
  // Two lists whose refusals read alike (no labels: the same sentence) keep each its own values.
  if (known.code === 'NOT_ONE_OF' && issue.code === 'invalid_value') return fieldProblem('NOT_ONE_OF', { ...known.params, allowed: issue.values.map(String).join(', ') });
  if (known.code !== 'INVALID') return known;
  // A schema built without the kit (the API's own rules) still gets a code of its own kind.
  if (issue.code === 'too_big' && issue.origin === 'string') return problemOfMessage(say('TOO_LONG', { max: Number(issue.maximum) }));
  if (issue.code === 'too_small' && issue.origin === 'string') return problemOfMessage(say(Number(issue.minimum) <= 1 ? 'BLANK' : 'TOO_SHORT', { min: Number(issue.minimum) }));
  if (issue.code === 'invalid_type' && issue.expected === 'string') return problemOfMessage(say('NOT_A_STRING'));
  return known;
}

/** Reads an untrusted payload (it arrives as JSON) against its description: the value read, or INVALID_INPUT naming the field. */
export function readWith<S extends z.ZodType>(schema: S, value: unknown): z.output<S> | DomainError {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const found = firstProblem(result.error.issues);
  return invalidInput(fieldPath(found.path) || 'command', found.problem);
}

export function refusalOf(schema: z.ZodType, value: unknown): DomainError | null {
  const read = readWith(schema, value);
  return read instanceof DomainError ? read : null;
}

/** Throws INVALID_INPUT for a rule between a field and the moment, from inside a `checked` block. */
export function refuse(field: string, problem: FieldProblem): never {
  throw invalidInput(field, problem);
}

/** Turns a `refuse` back into a value, so `decide` still returns its errors rather than throwing them. */
export function checked(read: () => void): DomainError | null {
  try {
    read();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

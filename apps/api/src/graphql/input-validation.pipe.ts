import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { fieldProblem, holdsHalfACharacter, holdsInvisibleControl, problemOf as problemOfIssue, type FieldProblem as DomainFieldProblem, type ProblemParams } from '@recours/disputes';
import { ARRAY_MAX_SIZE, ARRAY_MIN_SIZE, ARRAY_UNIQUE, getMetadataStorage, IS_BOOLEAN, IS_EMAIL, IS_ENUM, IS_IN, IS_INT, IS_LENGTH, IS_STRING, IS_UUID, MAX, MAX_LENGTH, MIN, MIN_LENGTH, validate, type ValidationError } from 'class-validator';
import { formOfType } from '@recours/locale';
import { z } from 'zod';
import { badUserInput, problemAt, type FieldProblem } from './errors';
import { isUuidField, sameUuidSpelling, schemaOf } from './input-schemas';

const PRIMITIVES = new Set<unknown>([String, Boolean, Number, Array, Object]);

/**
 * Every argument object is validated: by its description's zod schema when it was built from one
 * (the dispute commands), by class-validator otherwise. BAD_USER_INPUT names each field by its path.
 * Every UUID field, at any depth (the zod schemas' uuidField(), class-validator's @IsUUID()), is
 * first written in lower case, as the ids are stored: `disputeId` in capitals names the same
 * dispute. Free-form keys (a commandId) stay as they were typed.
 */
@Injectable()
export class InputValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const type = metadata.metatype;
    // Only named arguments are input: @Parent(), @Context() and custom decorators pass through.
    if (metadata.type === 'custom' || metadata.data === undefined) return value;
    const unreadable = unreadableCharacterAt(value, metadata.data);
    if (unreadable) throw badUserInput([problemAt(unreadable.path, fieldProblem(unreadable.code))], type && formOfType(type.name));
    if (!type || PRIMITIVES.has(type) || value === null || value === undefined || typeof value !== 'object') return value;
    const schema = schemaOf(type);
    if (schema) {
      // In GraphQL a null optional field is an absent one.
      const read = schema.safeParse(uuidsSpelledOnce(withoutNulls(value), schema));
      if (!read.success) throw badUserInput(read.error.issues.map((issue) => problemOf(issue, metadata.data ?? 'input')), formOfType(type.name));
      return read.data;
    }
    const instance = plainToInstance(type, value) as object;
    spellUuidsOnce(instance);
    // Target and value stay on the errors: each constraint's bounds and the value are read back from them.
    const errors = await validate(instance, { whitelist: true, forbidUnknownValues: true });
    if (errors.length > 0) throw badUserInput(flatten(errors, metadata.data ?? 'input'), formOfType(type.name));
    return instance;
  }
}

/** The value with its UUID fields (uuidField() in `schema`) in one spelling: sameUuidSpelling. */
function uuidsSpelledOnce(value: unknown, schema: z.ZodType): unknown {
  if (value === null || value === undefined) return value;
  if (isUuidField(schema)) return sameUuidSpelling(value);
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) return uuidsSpelledOnce(value, schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodPipe) return uuidsSpelledOnce(value, schema.in as z.ZodType);
  if (schema instanceof z.ZodArray) return Array.isArray(value) ? value.map((item) => uuidsSpelledOnce(item, schema.element as z.ZodType)) : value;
  if (schema instanceof z.ZodObject && typeof value === 'object' && !Array.isArray(value)) {
    const shape = schema.shape as Record<string, z.ZodType>;
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, Object.hasOwn(shape, key) ? uuidsSpelledOnce(item, shape[key]!) : item]));
  }
  return value;
}

/** The @IsUUID() fields of a class-validator input, at any depth, in one spelling (sameUuidSpelling), in place. */
function spellUuidsOnce(instance: unknown): void {
  if (Array.isArray(instance)) return instance.forEach(spellUuidsOnce);
  if (instance === null || typeof instance !== 'object') return;
  const fields = instance as Record<string, unknown>;
  for (const rule of getMetadataStorage().getTargetValidationMetadatas(instance.constructor, '', true, false)) {
    if (rule.name !== IS_UUID || !Object.hasOwn(fields, rule.propertyName)) continue;
    const field = fields[rule.propertyName];
    fields[rule.propertyName] = rule.each && Array.isArray(field) ? field.map(sameUuidSpelling) : sameUuidSpelling(field);
  }
  for (const field of Object.values(fields)) if (field !== null && typeof field === 'object') spellUuidsOnce(field);
}

function problemOf(issue: z.core.$ZodIssue, prefix: string): FieldProblem {
  const path = [prefix, ...issue.path.map(String), ...(issue.code === 'unrecognized_keys' ? [issue.keys[0]!] : [])].join('.');
  return problemAt(path, problemOfIssue(issue));
}

/** One problem per field (the first constraint it failed), so a field is not told twice. */
function flatten(errors: ValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const path = `${prefix}.${error.property}`;
    const failed = Object.keys(error.constraints ?? {});
    const own = failed.length > 0 ? [problemAt(path, constraintProblem(error, failed[0]!))] : [];
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/**
 * A class-validator constraint as a field problem of the domain's catalogue, with its bounds. By
 * class-validator's own names: @IsUUID's is « isUuid », and spelled « isUUID » here it fell to the
 * vague INVALID on every id (API probe).
 */
function constraintProblem(error: ValidationError, name: string): DomainFieldProblem {
  const bound = (constraint: string, index = 0) => constraintsOf(error, constraint)?.[index] as number | undefined;
  const { problem: named, params } = (error.contexts?.[name] as { problem?: DomainFieldProblem['code']; params?: ProblemParams } | undefined) ?? {};
  if (named) return fieldProblem(named, params);
  switch (name) {
    case IS_STRING:
      return fieldProblem('NOT_A_STRING');
    case MAX_LENGTH:
      return fieldProblem('TOO_LONG', { max: bound(MAX_LENGTH)! });
    case MIN_LENGTH:
      return fieldProblem('TOO_SHORT', { min: bound(MIN_LENGTH)! });
    case IS_LENGTH: {
      const [min, max] = [bound(IS_LENGTH, 0)!, bound(IS_LENGTH, 1)!];
      const length = typeof error.value === 'string' ? error.value.length : 0;
      if (length > max) return fieldProblem('TOO_LONG', { max });
      return min <= 1 ? fieldProblem('BLANK') : fieldProblem('TOO_SHORT', { min });
    }
    case IS_EMAIL:
      return fieldProblem('NOT_AN_EMAIL');
    case IS_UUID:
      return fieldProblem('NOT_AN_ID');
    case IS_ENUM:
    case IS_IN: {
      const allowed = constraintsOf(error, name)?.[0];
      // The list's name (choice.ts) lets the sentence name the values by their labels; `allowed` is for clients.
      const list = (error.contexts?.[name] as { choice?: string } | undefined)?.choice;
      return fieldProblem('NOT_ONE_OF', { allowed: (Array.isArray(allowed) ? allowed : Object.values((allowed as object) ?? {})).join(', '), ...(list && { choice: list }) });
    }
    case IS_BOOLEAN:
      return fieldProblem('NOT_A_BOOLEAN');
    case 'isCalendarDate':
      return fieldProblem('NOT_A_DATE');
    case IS_INT:
    case MIN:
    case MAX: {
      const [min, max] = [bound(MIN), bound(MAX)];
      return min !== undefined && max !== undefined ? fieldProblem('NOT_IN_RANGE', { min, max }) : fieldProblem('NOT_A_WHOLE_NUMBER');
    }
    case ARRAY_MAX_SIZE:
      return fieldProblem('TOO_MANY_ITEMS', { max: bound(ARRAY_MAX_SIZE)! });
    case ARRAY_MIN_SIZE:
      return fieldProblem('TOO_FEW_ITEMS', { min: bound(ARRAY_MIN_SIZE)! });
    case ARRAY_UNIQUE:
      return fieldProblem('LISTED_TWICE');
    case 'whitelistValidation':
      return fieldProblem('UNKNOWN_FIELD');
    case 'nestedValidation':
      return fieldProblem('NOT_AN_OBJECT');
    default:
      return fieldProblem('INVALID');
  }
}

/** The arguments a decorator gave a constraint (`@MaxLength(254)`: [254]), from class-validator's metadata. */
function constraintsOf(error: ValidationError, name: string): unknown[] | undefined {
  const target = error.target?.constructor;
  if (!target) return undefined;
  const found = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === error.property && (m.name === name || m.type === name));
  return found?.constraints;
}

/**
 * The first string of an argument, at any depth, that no store can take or a reader would be
 * misled by, refused on every input (commands and accounts alike, free-form keys such as a
 * commandId too) with the field named:
 * - NUL (CONTAINS_NUL): PostgreSQL text cannot hold U+0000; refused by the accounts tables with an
 *   internal error, and once in an event it stops the read models that quote it, for everyone.
 * - half a character, a lone surrogate (MALFORMED_TEXT): it has no UTF-8 form; an event holding
 *   one cannot be hashed (RFC 8785) and the store refuses it, and a check that encodes the text
 *   (class-validator's e-mail test, encodeURI) throws: both were internal errors (crash probe).
 * - an invisible control (INVISIBLE_CONTROL, the domain's one test, holdsInvisibleControl).
 * A password is never shown nor stored as written (only its hash), so only NUL is refused there:
 * a password chosen before these rules still signs in.
 */
function unreadableCharacterAt(value: unknown, path: string): { path: string; code: 'CONTAINS_NUL' | 'MALFORMED_TEXT' | 'INVISIBLE_CONTROL' } | null {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return { path, code: 'CONTAINS_NUL' };
    if (/password$/i.test(path)) return null;
    if (holdsHalfACharacter(value)) return { path, code: 'MALFORMED_TEXT' };
    return holdsInvisibleControl(value) ? { path, code: 'INVISIBLE_CONTROL' } : null;
  }
  const entries: Array<[string, unknown]> = Array.isArray(value) ? value.map((item, i) => [String(i), item]) : value !== null && typeof value === 'object' ? Object.entries(value) : [];
  for (const [key, item] of entries) {
    const found = unreadableCharacterAt(item, `${path}.${key}`);
    if (found) return found;
  }
  return null;
}

function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, withoutNulls(v)]));
}

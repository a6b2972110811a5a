import { problemMessage as say } from '@recours/disputes';
import { UUID_PATTERN, isUuid } from '@recours/event-store';
import { z } from 'zod';

/**
 * The zod schema that validates a GraphQL input class, when it was built from a description
 * (see disputes/graphql/command-inputs.ts). InputValidationPipe reads it instead of
 * class-validator, so each bound is the description's.
 */
const SCHEMAS = new WeakMap<Function, z.ZodType>();

export function validatedBy(inputClass: Function, schema: z.ZodType): void {
  SCHEMAS.set(inputClass, schema);
}

export function schemaOf(inputClass: Function | undefined): z.ZodType | undefined {
  return inputClass ? SCHEMAS.get(inputClass) : undefined;
}

const UUID_FIELDS = new WeakSet<z.ZodType>();

/**
 * A field naming something by the UUID the API handed out (`base`, else a plain string): anything
 * else is NOT_AN_ID. InputValidationPipe writes it in lower case, as @IsUUID() fields: see
 * sameUuidSpelling.
 */
export function uuidField(base: z.ZodString = z.string({ error: say('NOT_AN_ID') })): z.ZodString {
  const schema = base.regex(UUID_PATTERN, say('NOT_AN_ID'));
  UUID_FIELDS.add(schema);
  return schema;
}

export const isUuidField = (schema: z.ZodType): boolean => UUID_FIELDS.has(schema);

/**
 * One spelling of a UUID, as the ids are stored: written in capitals it names the same thing.
 * The one rule for id arguments (UuidArgument) and every UUID field of an input
 * (InputValidationPipe); anything that is not a UUID is left as it is.
 */
export const sameUuidSpelling = <T>(value: T): T => (isUuid(value) ? (value.toLowerCase() as T) : value);

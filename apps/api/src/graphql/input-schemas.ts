import type { z } from 'zod';

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

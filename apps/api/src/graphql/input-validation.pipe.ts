import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { badUserInput, type FieldProblem } from './errors';

const PRIMITIVES = new Set<unknown>([String, Boolean, Number, Array, Object]);

/** class-validator on every argument object; BAD_USER_INPUT names each field by its path. */
@Injectable()
export class InputValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const type = metadata.metatype;
    // Only named arguments are input: @Parent(), @Context() and custom decorators pass through.
    if (metadata.type === 'custom' || metadata.data === undefined) return value;
    const withNul = nulCharacterAt(value, metadata.data);
    if (withNul) throw badUserInput([{ field: withNul, message: 'must not contain the NUL character (U+0000)' }]);
    if (!type || PRIMITIVES.has(type) || value === null || value === undefined || typeof value !== 'object') return value;
    const instance = plainToInstance(type, value) as object;
    const errors = await validate(instance, { whitelist: true, forbidUnknownValues: true, validationError: { target: false, value: false } });
    if (errors.length > 0) throw badUserInput(flatten(errors, metadata.data ?? 'input'));
    return instance;
  }
}

function flatten(errors: ValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const path = `${prefix}.${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field: path, message: message.replace(new RegExp(`^${error.property} `), '') }));
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/**
 * PostgreSQL text cannot hold U+0000: such a string would be refused by the accounts tables with
 * an internal error, and once in an event it stops the read models that quote it, for everyone.
 * Refused here, at the edge, with the field named.
 */
function nulCharacterAt(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = nulCharacterAt(item, `${path}.${i}`);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulCharacterAt(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

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

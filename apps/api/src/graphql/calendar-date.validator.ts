import { isCalendarDate } from '@recours/consumer-law';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/** A date that exists, as YYYY-MM-DD: 2025-02-30 is refused by name, not rolled over to March. */
export function IsCalendarDate(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName,
      options: { message: 'must be an existing date written YYYY-MM-DD', ...options },
      validator: { validate: (value: unknown) => isCalendarDate(value) },
    });
}

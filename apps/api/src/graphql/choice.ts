import type { Choice } from '@recours/locale';
import type { ValidationOptions } from 'class-validator';

/**
 * The options of an @IsIn() or @IsEnum() naming the list its field picks from: the validation
 * pipe's refusal then names the values by their labels (choice-words.ts), never as sent (NEW).
 */
export const choice = (name: Choice): ValidationOptions => ({ context: { choice: name } });

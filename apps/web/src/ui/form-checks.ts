import type { MessageKey } from '../i18n/messages/en';

/** The flags of the browser's ValidityState this reads (written out: this file is also checked without the DOM's types). */
export interface Validity {
  valid: boolean;
  valueMissing: boolean;
  tooShort: boolean;
  tooLong: boolean;
  typeMismatch: boolean;
  rangeUnderflow: boolean;
  rangeOverflow: boolean;
  stepMismatch: boolean;
  badInput: boolean;
  patternMismatch: boolean;
}

/** What the browser knows of an input's constraints (required, minLength, type…), read with its own validation off. */
export interface CheckedInput {
  validity: Validity;
  type: string;
  value: string;
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  min?: string;
  max?: string;
}

export interface CheckMessage {
  key: MessageKey;
  values?: Record<string, string | number>;
}

/**
 * The app's own sentence for an input the browser finds invalid. Forms are `noValidate`: the
 * browser's bubbles ("Please fill out this field.") speak the browser's language, not the page's.
 * Lengths are checked here too, since the browser marks `tooShort` only after a person typed.
 */
export function checkMessage(input: CheckedInput): CheckMessage | null {
  const { validity, value } = input;
  const blank = value.trim() === '';
  if (validity.valueMissing || (input.required && blank)) return { key: 'form.required' };
  if (blank) return null;
  const min = input.minLength ?? -1;
  const max = input.maxLength ?? -1;
  if (validity.tooShort || (min > 0 && value.length < min)) return { key: 'form.tooShort', values: { min } };
  if (validity.tooLong || (max > 0 && value.length > max)) return { key: 'form.tooLong', values: { max } };
  if (validity.typeMismatch && input.type === 'email') return { key: 'form.email' };
  if (validity.typeMismatch && input.type === 'url') return { key: 'form.url' };
  if (input.type === 'number' && (validity.badInput || validity.rangeUnderflow || validity.rangeOverflow || validity.stepMismatch)) {
    return input.min && input.max ? { key: 'form.numberBetween', values: { min: input.min, max: input.max } } : { key: 'form.invalidNumber' };
  }
  return validity.valid ? null : { key: 'form.invalid' };
}

/**
 * The most characters a field takes: its `maxLength` when the browser enforces one, else the
 * `data-max-length` the app's inputs carry instead (inputBounds): a `maxLength` cuts a longer paste
 * in silence, a `data-max-length` lets checkMessage say so with the text intact.
 */
export function lengthLimit(maxLength: number | undefined, dataMaxLength: string | null | undefined): number | undefined {
  if (maxLength !== undefined && maxLength > 0) return maxLength;
  const declared = Number(dataMaxLength);
  return dataMaxLength && Number.isInteger(declared) && declared > 0 ? declared : undefined;
}

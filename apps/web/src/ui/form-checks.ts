import type { MessageKey } from '../i18n/messages/en';

/** What the browser knows of an input's constraints (required, minLength, type…), read with its own validation off. */
export interface CheckedInput {
  validity: Pick<ValidityState, 'valid' | 'valueMissing' | 'tooShort' | 'tooLong' | 'typeMismatch' | 'rangeUnderflow' | 'rangeOverflow' | 'stepMismatch' | 'badInput' | 'patternMismatch'>;
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

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** The inputs of a form the app must speak of, each with its sentence, in the order of the form. */
export function invalidFields(form: HTMLFormElement): Array<{ element: Field; label: string; message: CheckMessage }> {
  const found: Array<{ element: Field; label: string; message: CheckMessage }> = [];
  for (const element of Array.from(form.elements)) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) || !element.willValidate) continue;
    const message = checkMessage({
      validity: element.validity,
      type: element.type,
      value: element.value,
      required: element.required,
      minLength: 'minLength' in element ? element.minLength : undefined,
      maxLength: 'maxLength' in element ? element.maxLength : undefined,
      min: element instanceof HTMLInputElement ? element.min : undefined,
      max: element instanceof HTMLInputElement ? element.max : undefined,
    });
    if (!message) continue;
    // A radio button is named by its group, once for the group.
    const radio = element instanceof HTMLInputElement && element.type === 'radio';
    if (radio && found.some((other) => other.element instanceof HTMLInputElement && other.element.type === 'radio' && other.element.name === element.name)) continue;
    found.push({ element, label: radio ? groupLabel(element) : labelOf(element), message });
  }
  return found;
}

/** Mantine's label ends with the required asterisk. */
const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s*\*\s*$/, '').trim();

const labelOf = (element: Field): string => clean(element.labels?.[0]?.textContent ?? element.getAttribute('aria-label'));

function groupLabel(radio: HTMLInputElement): string {
  const group = radio.closest('[role="radiogroup"], fieldset');
  const labelledBy = group?.getAttribute('aria-labelledby');
  const byId = labelledBy ? radio.ownerDocument.getElementById(labelledBy.split(' ')[0]!) : null;
  return clean(byId?.textContent ?? group?.querySelector('legend')?.textContent ?? group?.getAttribute('aria-label'));
}

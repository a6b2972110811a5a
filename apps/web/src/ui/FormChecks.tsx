import { Alert } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { checkMessage, lengthLimit, type CheckMessage } from './form-checks';

/**
 * The form's own checks (required, lengths, e-mail and web addresses, number ranges) in the
 * page's language, for forms that are `noValidate`. `check(event)` answers whether the form may
 * be sent; when not, `alert` names each field at fault and the first one gets the focus.
 */
export function useFormChecks() {
  const { t } = useI18n();
  const [lines, setLines] = useState<string[]>([]);
  // Submitted by a form element (Mantine's `component="form"` types it as the component's own element).
  const check = (event: FormEvent<HTMLElement>): boolean => {
    const invalid = invalidFields(event.currentTarget as HTMLFormElement);
    setLines(invalid.map(({ label, message }) => (label ? t('form.fieldProblem', { label, message: t(message.key, message.values) }) : t(message.key, message.values))));
    invalid[0]?.element.focus();
    return invalid.length === 0;
  };
  const alert =
    lines.length > 0 ? (
      <Alert color="red" role="alert" title={t('error.code.BAD_USER_INPUT')}>
        {lines.map((line, index) => (
          <div key={index}>{line}</div>
        ))}
      </Alert>
    ) : null;
  return { check, alert };
}

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** The inputs of a form the app must speak of, each with its sentence, in the order of the form. */
function invalidFields(form: HTMLFormElement): Array<{ element: Field; label: string; message: CheckMessage }> {
  const found: Array<{ element: Field; label: string; message: CheckMessage }> = [];
  for (const element of Array.from(form.elements)) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) || !element.willValidate) continue;
    const message = checkMessage({
      validity: element.validity,
      type: element.type,
      value: element.value,
      required: element.required,
      minLength: 'minLength' in element ? element.minLength : undefined,
      maxLength: lengthLimit('maxLength' in element ? element.maxLength : undefined, element.getAttribute('data-max-length')),
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

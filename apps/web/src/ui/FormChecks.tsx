import { Alert } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { invalidFields } from './form-checks';

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

import { Alert } from '@mantine/core';
import { unplacedFields, type ApiProblem, type Placed } from '../api/errors';
import { useI18n } from '../i18n/I18nProvider';

/**
 * What the API refused, said once: a field at fault is shown next to its field by the form, so
 * the alert names only those the form does not show (by their label, never their input path);
 * any other refusal is the server's sentence, already in the reader's language.
 */
export function ProblemAlert({ problem, placed }: { problem: ApiProblem | null; placed?: Placed }) {
  const { t, label } = useI18n();
  if (!problem) return null;
  const fieldCount = Object.keys(problem.fields).length;
  const unplaced = unplacedFields(problem, placed);
  if (fieldCount > 0 && unplaced.length === 0) return null;
  return (
    <Alert color="red" role="alert" title={label('error.code', problem.code)}>
      {fieldCount === 0
        ? problem.message
        : unplaced.map(([field, message]) => {
            const name = field.split('.').filter((part) => !/^\d+$/.test(part)).pop() ?? field;
            const known = label('field', name);
            return <div key={field}>{known === name ? message : t('form.fieldProblem', { label: known, message })}</div>;
          })}
    </Alert>
  );
}

import { Alert, Text, type MantineSize } from '@mantine/core';
import { unplacedFields, type ApiProblem, type Placed } from '../api/errors';
import { problemBody, problemTitle } from '../api/problem-words';
import { useI18n } from '../i18n/I18nProvider';

/**
 * What the API refused, said once: a field at fault is shown next to its field by the form, so
 * the alert names only those the form does not show (by their label, never their input path);
 * any other refusal is the server's sentence when it is written in the reader's language, else
 * the catalogue's (a network failure, an outage, an unexpected fault). The title is always a
 * sentence of the catalogue, never the code.
 */
export function ProblemAlert({ problem, placed }: { problem: ApiProblem | null; placed?: Placed }) {
  const { t } = useI18n();
  const said = useProblemSaid(problem, placed);
  if (!problem || !said) return null;
  return (
    <Alert color="red" role="alert" title={t(problemTitle(problem.code))}>
      {said}
    </Alert>
  );
}

/** The same, as a line of red text where an alert box would not fit (a button in a table row). */
export function ProblemText({ problem, placed, size = 'xs' }: { problem: ApiProblem | null; placed?: Placed; size?: MantineSize }) {
  const said = useProblemSaid(problem, placed);
  if (!problem || !said) return null;
  return (
    <Text size={size} c="red" role="alert" component="div">
      {said}
    </Text>
  );
}

/** What to say of a problem; null when every field at fault is shown next to its input. */
function useProblemSaid(problem: ApiProblem | null, placed?: Placed) {
  const { t, label } = useI18n();
  if (!problem) return null;
  const fieldCount = Object.keys(problem.fields).length;
  const unplaced = unplacedFields(problem, placed);
  if (fieldCount > 0 && unplaced.length === 0) return null;
  if (fieldCount === 0) {
    const body = problemBody(problem);
    return 'text' in body ? body.text : t(body.key);
  }
  return unplaced.map(([field, message]) => {
    const name = field.split('.').filter((part) => !/^\d+$/.test(part)).pop() ?? field;
    const known = label('field', name);
    return <div key={field}>{known === name ? message : t('form.fieldProblem', { label: known, message })}</div>;
  });
}

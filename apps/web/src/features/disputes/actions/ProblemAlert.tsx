import { Alert } from '@mantine/core';
import type { ApiProblem } from '../../../api/errors';
import { useI18n } from '../../../i18n/I18nProvider';

/** Why a command was refused, with the broken rule or the fields at fault. */
export function ProblemAlert({ problem }: { problem: ApiProblem | null }) {
  const { label } = useI18n();
  if (!problem) return null;
  return (
    <Alert color="red" role="alert" title={label('error.code', problem.code)}>
      {problem.message}
      {Object.entries(problem.fields).map(([field, message]) => (
        <div key={field}>
          {field}: {message}
        </div>
      ))}
    </Alert>
  );
}

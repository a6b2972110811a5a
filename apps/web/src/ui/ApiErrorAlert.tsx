import { Alert } from '@mantine/core';
import type { CombinedError } from 'urql';
import { describeError, isNotYetAvailable } from '../api/errors';
import { useI18n } from '../i18n/I18nProvider';
import { ProblemAlert } from './ProblemAlert';

/** An API error as a readable alert; a query the server does not offer yet says so plainly. */
export function ApiErrorAlert({ error }: { error: CombinedError | undefined }) {
  const { t } = useI18n();
  if (!error) return null;
  if (isNotYetAvailable(error)) {
    return (
      <Alert color="yellow" title={t('error.notYetAvailable.title')}>
        {t('error.notYetAvailable.body')}
      </Alert>
    );
  }
  return <ProblemAlert problem={describeError(error)} />;
}

import { Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { RequestMediationMutation } from '../dispute-commands.operations';
import { ActionForm } from './ActionForm';
import { useDisputeCommand } from './useDisputeCommand';

export function RequestMediationForm() {
  const { t } = useI18n();
  const command = useDisputeCommand(RequestMediationMutation);
  const [summary, setSummary] = useState('');
  return (
    <ActionForm submitLabel={t('action.requestMediation')} onSubmit={() => command.run({ summary: summary || undefined })} {...command}>
      <Text size="sm">{t('mediation.lead')}</Text>
      <Textarea label={t('mediation.summary')} value={summary} onChange={(e) => setSummary(e.currentTarget.value)} />
    </ActionForm>
  );
}

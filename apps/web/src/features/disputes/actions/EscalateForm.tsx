import { Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { EscalateMutation } from '../dispute-commands.operations';
import { useDisputeScope } from '../DisputeContext';
import { ActionForm } from './ActionForm';
import { useDisputeCommand } from './useDisputeCommand';

/** To a supervisor first, then the complaints department. */
export function EscalateForm() {
  const { t, label } = useI18n();
  const { dispute } = useDisputeScope();
  const command = useDisputeCommand(EscalateMutation);
  const [reason, setReason] = useState('');
  return (
    <ActionForm submitLabel={t('action.escalate')} onSubmit={() => command.run({ reason: reason || undefined })} {...command}>
      <Text size="sm">{t('escalate.lead', { level: label('escalation', dispute.escalationLevel) })}</Text>
      <Textarea label={t('form.reasonOptional')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
    </ActionForm>
  );
}

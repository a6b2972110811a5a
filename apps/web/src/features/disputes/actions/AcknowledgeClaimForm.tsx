import { Textarea } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { AcknowledgeClaimMutation } from '../dispute-commands.operations';
import { ActionForm } from './ActionForm';
import { useDisputeCommand } from './useDisputeCommand';

export function AcknowledgeClaimForm() {
  const { t } = useI18n();
  const command = useDisputeCommand(AcknowledgeClaimMutation);
  const [note, setNote] = useState('');
  return (
    <ActionForm submitLabel={t('action.acknowledgeClaim')} onSubmit={() => command.run({ note: note || undefined })} {...command}>
      <Textarea label={t('form.noteOptional')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
    </ActionForm>
  );
}

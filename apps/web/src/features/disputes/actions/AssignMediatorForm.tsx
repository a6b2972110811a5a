import { Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { AssignMediatorMutation } from '../dispute-commands.operations';
import { useDisputeScope } from '../DisputeContext';
import { ActionForm } from './ActionForm';
import { useDisputeCommand } from './useDisputeCommand';

/** Admin: the merchant's designated mediator is proposed first. */
export function AssignMediatorForm() {
  const { t } = useI18n();
  const { dispute } = useDisputeScope();
  const command = useDisputeCommand(AssignMediatorMutation);
  const [mediatorId, setMediatorId] = useState(dispute.merchant?.designatedMediatorId ?? '');
  return (
    <ActionForm submitLabel={t('action.assignMediator')} onSubmit={() => command.run({ mediatorId: mediatorId.trim() })} {...command}>
      {dispute.merchant?.designatedMediatorId && <Text size="sm">{t('assign.designated')}</Text>}
      <TextInput label={t('assign.mediatorId')} required value={mediatorId} onChange={(e) => setMediatorId(e.currentTarget.value)} error={command.problem?.fields.mediatorId} />
    </ActionForm>
  );
}

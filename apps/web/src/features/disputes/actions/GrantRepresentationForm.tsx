import { Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { GrantRepresentationMutation } from '../dispute-commands.operations';
import { ActionForm } from './ActionForm';
import { useDisputeCommand } from './useDisputeCommand';

/** The association gives its members its reference (its account id): there is no association directory yet. */
export function GrantRepresentationForm() {
  const { t } = useI18n();
  const command = useDisputeCommand(GrantRepresentationMutation);
  const [associationId, setAssociationId] = useState('');
  return (
    <ActionForm submitLabel={t('action.grantRepresentation')} onSubmit={() => command.run({ associationId: associationId.trim() })} {...command}>
      <Text size="sm">{t('mandate.lead')}</Text>
      <TextInput label={t('mandate.associationReference')} required value={associationId} onChange={(e) => setAssociationId(e.currentTarget.value)} error={command.problem?.fields.associationId} />
    </ActionForm>
  );
}

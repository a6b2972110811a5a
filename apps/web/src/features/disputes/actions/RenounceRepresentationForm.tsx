import { Checkbox, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { inputBounds } from '../../../graphql/field-bounds';
import { useI18n } from '../../../i18n/I18nProvider';
import { RenounceRepresentationMutation } from '../dispute-commands.operations';
import { ActionForm } from './ActionForm';
import { useDisputeCommand } from './useDisputeCommand';

/**
 * The association holding the mandate renounces it (C. civ. art. 2007): what it means said first,
 * its reason for the consumer, and a confirmation, since afterwards it no longer reads the
 * dispute. Once sent it goes back to its cases.
 */
export function RenounceRepresentationForm() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const command = useDisputeCommand(RenounceRepresentationMutation);
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const submit = async () => {
    if (!(await command.run({ reason }))) return false;
    notifications.show({ color: 'teal', message: t('mandate.renounced') });
    navigate('/association', { replace: true });
    return true;
  };
  return (
    <ActionForm submitLabel={t('action.renounceRepresentation')} color="red" onSubmit={submit} placed={['reason']} {...command}>
      <Text size="sm">{t('mandate.renounceLead')}</Text>
      <Textarea label={t('mandate.renounceReason')} required {...inputBounds('renounceRepresentation', 'reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={command.problem?.fields.reason} />
      <Checkbox label={t('mandate.renounceConfirm')} required checked={confirmed} onChange={(e) => setConfirmed(e.currentTarget.checked)} />
    </ActionForm>
  );
}

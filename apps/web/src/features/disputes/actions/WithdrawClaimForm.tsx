import { Textarea } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { WithdrawClaimMutation } from '../dispute-commands.operations';
import { ActionForm } from './ActionForm';
import { useDisputeCommand } from './useDisputeCommand';

export function WithdrawClaimForm() {
  const { t } = useI18n();
  const command = useDisputeCommand(WithdrawClaimMutation);
  const [reason, setReason] = useState('');
  return (
    <ActionForm submitLabel={t('action.withdrawClaim')} color="red" onSubmit={() => command.run({ reason: reason || undefined })} {...command}>
      <Textarea label={t('form.reasonOptional')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
    </ActionForm>
  );
}

import { Textarea } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { RejectClaimMutation } from '../dispute-commands.operations';
import { ActionForm } from './ActionForm';
import { useDisputeCommand } from './useDisputeCommand';

/** A refusal must say why: the consumer can then escalate or go to mediation. */
export function RejectClaimForm() {
  const { t } = useI18n();
  const command = useDisputeCommand(RejectClaimMutation);
  const [reason, setReason] = useState('');
  return (
    <ActionForm submitLabel={t('action.rejectClaim')} color="red" onSubmit={() => command.run({ reason })} {...command}>
      <Textarea label={t('form.reason')} required value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={command.problem?.fields.reason} />
    </ActionForm>
  );
}

import { Text } from '@mantine/core';
import { useI18n } from '../../../i18n/I18nProvider';
import { RevokeRepresentationMutation } from '../dispute-commands.operations';
import { useDisputeScope } from '../DisputeContext';
import { ActionForm } from './ActionForm';
import { useDisputeCommand } from './useDisputeCommand';

export function RevokeRepresentationForm() {
  const { t, instant } = useI18n();
  const { dispute } = useDisputeScope();
  const command = useDisputeCommand(RevokeRepresentationMutation);
  return (
    <ActionForm submitLabel={t('action.revokeRepresentation')} color="red" onSubmit={() => command.run({})} {...command}>
      {dispute.mandate && <Text size="sm">{t('mandate.current', { at: instant(dispute.mandate.grantedAt) })}</Text>}
    </ActionForm>
  );
}

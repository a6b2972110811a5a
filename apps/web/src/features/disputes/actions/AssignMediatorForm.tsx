import { Loader, NativeSelect, Text } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../ui/ApiErrorAlert';
import { AssignMediatorMutation } from '../dispute-commands.operations';
import { AssignableMediatorsQuery } from '../dispute.operations';
import { useDisputeScope } from '../DisputeContext';
import { ActionForm } from './ActionForm';
import { assignableMediators, preselectedMediator } from './assignable-mediators';
import { useDisputeCommand } from './useDisputeCommand';

/** The admin gives the mediation to one of the body's mediators, chosen by name and load (never typed as an id). */
export function AssignMediatorForm() {
  const { dispute } = useDisputeScope();
  const { t } = useI18n();
  const [bodies] = useQuery({ query: AssignableMediatorsQuery });
  const command = useDisputeCommand(AssignMediatorMutation);
  const [chosen, setChosen] = useState('');
  if (bodies.error) return <ApiErrorAlert error={bodies.error} />;
  if (!bodies.data) return <Loader size="sm" aria-label={t('common.loading')} />;
  // The body the request went to, recorded with it; for a request made before it was, the merchant's of today.
  const mediators = assignableMediators(bodies.data.mediationBodies, dispute.mediation?.bodyId ?? dispute.merchant?.mediationBodyId);
  if (mediators.length === 0) return <Text size="sm">{t('intake.noMediator')}</Text>;
  const designated = dispute.merchant?.designatedMediatorId;
  const mediatorId = chosen || preselectedMediator(mediators, designated);
  return (
    <ActionForm submitLabel={t('action.assignMediator')} onSubmit={() => command.run({ mediatorId })} placed={['mediatorId']} {...command}>
      {mediators.some((m) => m.id === designated) && <Text size="sm">{t('assign.designated')}</Text>}
      <NativeSelect
        label={t('intake.chooseMediator')}
        required
        value={mediatorId}
        onChange={(e) => setChosen(e.currentTarget.value)}
        data={mediators.map((m) => ({ value: m.id, label: t('intake.mediatorWithLoad', { name: m.displayName, n: m.openCases }) }))}
        error={command.problem?.fields.mediatorId}
      />
    </ActionForm>
  );
}

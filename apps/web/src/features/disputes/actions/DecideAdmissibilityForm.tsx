import { Radio, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { DecideAdmissibilityMutation } from '../dispute-commands.operations';
import { ActionForm } from './ActionForm';
import { NextStepsEditor, type NextStepDraft } from './NextStepsEditor';
import { useDisputeCommand } from './useDisputeCommand';
import { boundsOf } from '../../../graphql/field-bounds';

/** The mediator decides within 3 weeks of the request (L612-2); inadmissible means naming where to go instead. */
export function DecideAdmissibilityForm() {
  const { t } = useI18n();
  const command = useDisputeCommand(DecideAdmissibilityMutation);
  const [admissible, setAdmissible] = useState<'yes' | 'no'>('yes');
  const [reason, setReason] = useState('');
  const [nextSteps, setNextSteps] = useState<NextStepDraft[]>([]);
  const submit = () => command.run({ admissible: admissible === 'yes', reason: reason || undefined, nextSteps: admissible === 'no' ? nextSteps : undefined });
  return (
    <ActionForm submitLabel={t('action.decideAdmissibility')} onSubmit={submit} placed={(field) => field === 'reason' || field.startsWith('nextSteps.')} {...command}>
      <Radio.Group label={t('admissibility.question')} value={admissible} onChange={(value) => setAdmissible(value as 'yes' | 'no')}>
        <Stack gap="xs" mt="xs">
          <Radio value="yes" label={t('admissibility.admissible')} />
          <Radio value="no" label={t('admissibility.inadmissible')} />
        </Stack>
      </Radio.Group>
      <Textarea label={admissible === 'yes' ? t('form.reasonOptional') : t('form.reason')} required={admissible === 'no'} {...boundsOf('decideAdmissibility', 'reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={command.problem?.fields.reason} />
      {admissible === 'no' && <NextStepsEditor value={nextSteps} onChange={setNextSteps} errors={command.problem?.fields} />}
    </ActionForm>
  );
}

import { NativeSelect, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { CloseDisputeMutation } from '../dispute-commands.operations';
import { ActionForm } from './ActionForm';
import { NextStepsEditor, type NextStepDraft } from './NextStepsEditor';
import { useDisputeCommand } from './useDisputeCommand';
import { inputBounds } from '../../../graphql/field-bounds';

export function CloseDisputeForm() {
  const { t, label } = useI18n();
  const command = useDisputeCommand(CloseDisputeMutation);
  const [outcome, setOutcome] = useState<'RESOLVED' | 'UNRESOLVED'>('UNRESOLVED');
  const [summary, setSummary] = useState('');
  const [nextSteps, setNextSteps] = useState<NextStepDraft[]>([{ kind: 'SMALL_CLAIMS', text: '' }]);
  const submit = () => command.run({ outcome, summary: summary || undefined, nextSteps: outcome === 'UNRESOLVED' ? nextSteps.filter((s) => s.text.trim()) : undefined });
  return (
    <ActionForm submitLabel={t('action.closeDispute')} onSubmit={submit} placed={(field) => field === 'summary' || field.startsWith('nextSteps.')} {...command}>
      <NativeSelect
        label={t('close.outcome')}
        value={outcome}
        onChange={(e) => setOutcome(e.currentTarget.value as 'RESOLVED' | 'UNRESOLVED')}
        data={(['RESOLVED', 'UNRESOLVED'] as const).map((value) => ({ value, label: label('status', value) }))}
      />
      <Textarea label={t('close.summary')} {...inputBounds('closeDispute', 'summary')} value={summary} onChange={(e) => setSummary(e.currentTarget.value)} error={command.problem?.fields.summary} />
      {outcome === 'UNRESOLVED' && <NextStepsEditor value={nextSteps} onChange={setNextSteps} errors={command.problem?.fields} />}
    </ActionForm>
  );
}

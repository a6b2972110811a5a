import { NativeSelect, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { RemedyFailure } from '../../../graphql/generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { ConfirmRemedyMutation } from '../dispute-commands.operations';
import { ActionForm } from './ActionForm';
import { useDisputeCommand } from './useDisputeCommand';
import { YesNoQuestion } from './YesNoQuestion';
import { inputBounds } from '../../../graphql/field-bounds';

const FAILURES: RemedyFailure[] = ['NOT_CARRIED_OUT', 'DID_NOT_FIX', 'DEFECT_RECURRED'];

/** The consumer says whether the agreed remedy was delivered; a failure reopens her options. */
export function ConfirmRemedyForm() {
  const { t, label } = useI18n();
  const command = useDisputeCommand(ConfirmRemedyMutation);
  const [fulfilled, setFulfilled] = useState(true);
  const [failure, setFailure] = useState<RemedyFailure>('NOT_CARRIED_OUT');
  const [description, setDescription] = useState('');
  const [note, setNote] = useState('');
  const submit = () => (fulfilled ? command.run({ fulfilled: true, note: note || undefined }) : command.run({ fulfilled: false, failure, description }));
  return (
    <ActionForm submitLabel={t('action.confirmRemedy')} onSubmit={submit} placed={['note', 'failure', 'description']} {...command}>
      <YesNoQuestion label={t('remedy.question')} yes={t('remedy.fulfilled')} no={t('remedy.failed')} value={fulfilled} onChange={setFulfilled} />
      {fulfilled ? (
        <Textarea label={t('form.noteOptional')} {...inputBounds('confirmRemedy', 'note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={command.problem?.fields.note} />
      ) : (
        <>
          <NativeSelect label={t('remedy.failure')} value={failure} onChange={(e) => setFailure(e.currentTarget.value as RemedyFailure)} data={FAILURES.map((value) => ({ value, label: label('remedyFailure', value) }))} error={command.problem?.fields.failure} />
          <Textarea label={t('remedy.failureDescription')} required {...inputBounds('confirmRemedy', 'description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={command.problem?.fields.description} />
        </>
      )}
    </ActionForm>
  );
}

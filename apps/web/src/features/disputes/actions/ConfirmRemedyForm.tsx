import { NativeSelect, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { RemedyFailure } from '../../../graphql/generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { ConfirmRemedyMutation } from '../dispute-commands.operations';
import { ActionForm } from './ActionForm';
import { useDisputeCommand } from './useDisputeCommand';
import { YesNoQuestion } from './YesNoQuestion';
import { inputBounds } from '../../../graphql/field-bounds';
import { useDisputeScope } from '../DisputeContext';
import { mayReportFailure, remedyFailuresFor } from '../parts/remedy-failures';

/** The consumer says whether the agreed remedy was delivered; a failure reopens her options. */
export function ConfirmRemedyForm() {
  const { t, label, day } = useI18n();
  const agreement = useDisputeScope().dispute.agreement;
  // A refund, a price reduction or compensation is paid or not: « not carried out » is the one choice.
  const failures = remedyFailuresFor(agreement?.remedy);
  // Past her last day to contest the merchant's report, it counts as carried out: confirming it is all that is left.
  const contestable = mayReportFailure(agreement);
  const command = useDisputeCommand(ConfirmRemedyMutation);
  const [fulfilled, setFulfilled] = useState(true);
  const [failure, setFailure] = useState<RemedyFailure>('NOT_CARRIED_OUT');
  const [description, setDescription] = useState('');
  const [note, setNote] = useState('');
  const submit = () => (fulfilled || !contestable ? command.run({ fulfilled: true, note: note || undefined }) : command.run({ fulfilled: false, failure, description }));
  return (
    <ActionForm submitLabel={t('action.confirmRemedy')} onSubmit={submit} placed={['note', 'failure', 'description']} {...command}>
      {contestable ? (
        <YesNoQuestion label={t('remedy.question')} yes={t('remedy.fulfilled')} no={t('remedy.failed')} value={fulfilled} onChange={setFulfilled} />
      ) : (
        <Text size="sm">{t('remedy.contestOver', { on: day(agreement?.reportedCarriedOutOn), lastDay: day(agreement?.confirmationDueOn) })}</Text>
      )}
      {fulfilled || !contestable ? (
        <Textarea label={t('form.noteOptional')} {...inputBounds('confirmRemedy', 'note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={command.problem?.fields.note} />
      ) : (
        <>
          <NativeSelect label={t('remedy.failure')} value={failure} onChange={(e) => setFailure(e.currentTarget.value as RemedyFailure)} data={failures.map((value) => ({ value, label: label('remedyFailure', value) }))} error={command.problem?.fields.failure} />
          <Textarea label={t('remedy.failureDescription')} required {...inputBounds('confirmRemedy', 'description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={command.problem?.fields.description} />
        </>
      )}
    </ActionForm>
  );
}

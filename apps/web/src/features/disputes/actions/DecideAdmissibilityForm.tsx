import { NativeSelect, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { DecideAdmissibilityMutation } from '../dispute-commands.operations';
import { ActionForm } from './ActionForm';
import { NextStepsEditor, type NextStepDraft } from './NextStepsEditor';
import { useDisputeCommand } from './useDisputeCommand';
import { YesNoQuestion } from './YesNoQuestion';
import { DayInput } from '../../../ui/DayInput';
import { useDisputeScope } from '../DisputeContext';
import { admissibilityInput } from './admissibility-input';
import { inputBounds } from '../../../graphql/field-bounds';
import { DISPUTE_COMMANDS } from '../../../graphql/generated/dispute-commands';
import type { InadmissibilityGround } from '../../../graphql/generated/graphql';

/** The grounds of L612-2, as the command's description lists them. */
const GROUNDS = (DISPUTE_COMMANDS.decideAdmissibility.fields.ground?.values ?? []) as readonly InadmissibilityGround[];

/**
 * The mediator decides within 3 weeks of the request (L612-2); inadmissible means naming where to
 * go instead, and the ground of L612-2 if she gives one; admissible, the day the file was complete
 * when documents came after the request (the 90 days of R612-5 run from it, R612-2), left empty otherwise.
 */
export function DecideAdmissibilityForm() {
  const { t, label, day } = useI18n();
  const { dispute } = useDisputeScope();
  const requestedAt = dispute.mediation?.requestedAt;
  const command = useDisputeCommand(DecideAdmissibilityMutation);
  const [admissible, setAdmissible] = useState(true);
  const [reason, setReason] = useState('');
  const [nextSteps, setNextSteps] = useState<NextStepDraft[]>([]);
  const [ground, setGround] = useState<InadmissibilityGround | ''>('');
  // Empty: the file came with the request, the server counts from it.
  const [fileCompletedOn, setFileCompletedOn] = useState('');
  const refused = !admissible;
  const submit = () => command.run(admissibilityInput({ admissible, reason, nextSteps, ground, fileCompletedOn }));
  return (
    <ActionForm submitLabel={t('action.decideAdmissibility')} onSubmit={submit} placed={(field) => field === 'reason' || field === 'ground' || field === 'fileCompletedOn' || field.startsWith('nextSteps.')} {...command}>
      <YesNoQuestion label={t('admissibility.question')} yes={t('admissibility.admissible')} no={t('admissibility.inadmissible')} value={admissible} onChange={setAdmissible} />
      {!refused && (
        <DayInput
          label={t('form.optional', { label: t('field.fileCompletedOn') })}
          description={requestedAt ? t('admissibility.fileCompletedOnHint', { date: day(requestedAt) }) : undefined}
          value={fileCompletedOn}
          onChange={setFileCompletedOn}
          error={command.problem?.fields.fileCompletedOn}
        />
      )}
      <Textarea label={refused ? t('form.reason') : t('form.reasonOptional')} required={refused} {...inputBounds('decideAdmissibility', 'reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={command.problem?.fields.reason} />
      {refused && (
        <NativeSelect
          label={t('admissibility.ground')}
          value={ground}
          onChange={(e) => setGround(e.currentTarget.value as InadmissibilityGround | '')}
          data={[{ value: '', label: t('admissibility.groundNotGiven') }, ...GROUNDS.map((value) => ({ value, label: label('inadmissibilityGround', value) }))]}
          error={command.problem?.fields.ground}
        />
      )}
      {refused && <NextStepsEditor value={nextSteps} onChange={setNextSteps} errors={command.problem?.fields} />}
    </ActionForm>
  );
}

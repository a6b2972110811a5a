import { Button, Fieldset, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { newCommandId } from '../../../api/command-id';
import { useI18n } from '../../../i18n/I18nProvider';
import { DayInput } from '../../../ui/DayInput';
import type { ChronologyDraft } from '../claim-draft';
import type { StepProps } from './step-props';
import { inputBounds } from '../../../graphql/field-bounds';

/** The defect and a dated chronology: what happened, day by day. */
export function ProblemStep({ draft, update, errors }: StepProps) {
  const { t } = useI18n();
  const p = draft.problem;
  const setProblem = (key: 'description' | 'firstNoticedOn' | 'priorWrittenComplaintOn', value: string) => update((d) => ({ ...d, problem: { ...d.problem, [key]: value } }));
  const setEntry = (key: string, change: Partial<ChronologyDraft>) =>
    update((d) => ({ ...d, problem: { ...d.problem, chronology: d.problem.chronology.map((entry) => (entry.key === key ? { ...entry, ...change } : entry)) } }));
  const addEntry = () => update((d) => ({ ...d, problem: { ...d.problem, chronology: [...d.problem.chronology, { key: newCommandId(), on: '', what: '' }] } }));
  const removeEntry = (key: string) => update((d) => ({ ...d, problem: { ...d.problem, chronology: d.problem.chronology.filter((entry) => entry.key !== key) } }));

  return (
    <Stack>
      <Textarea label={t('claim.description')} description={t('claim.descriptionHint')} required {...inputBounds('fileClaim', 'problem.description')} autosize minRows={3} value={p.description} onChange={(e) => setProblem('description', e.currentTarget.value)} error={errors['problem.description']} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DayInput label={t('claim.firstNoticedOn')} required value={p.firstNoticedOn} onChange={(value) => setProblem('firstNoticedOn', value)} error={errors['problem.firstNoticedOn']} />
        <DayInput label={t('claim.writtenComplaintOn')} description={t('claim.writtenComplaintHint')} value={p.priorWrittenComplaintOn} onChange={(value) => setProblem('priorWrittenComplaintOn', value)} error={errors.priorWrittenComplaintOn} />
      </SimpleGrid>
      <Fieldset legend={t('claim.chronology')}>
        <Stack>
          {p.chronology.map((entry, index) => (
            <Group key={entry.key} align="flex-end" wrap="wrap">
              <DayInput label={t('claim.chronology.on', { n: index + 1 })} value={entry.on} onChange={(value) => setEntry(entry.key, { on: value })} error={errors[`problem.chronology.${index}.on`]} />
              <TextInput style={{ flex: 1, minWidth: 200 }} label={t('claim.chronology.what', { n: index + 1 })} value={entry.what} onChange={(e) => setEntry(entry.key, { what: e.currentTarget.value })} error={errors[`problem.chronology.${index}.what`]} />
              <Button variant="default" onClick={() => removeEntry(entry.key)} aria-label={t('claim.chronology.remove', { n: index + 1 })}>
                {t('common.remove')}
              </Button>
            </Group>
          ))}
          <Button variant="light" onClick={addEntry} w="fit-content">
            {t('claim.chronology.add')}
          </Button>
        </Stack>
      </Fieldset>
    </Stack>
  );
}

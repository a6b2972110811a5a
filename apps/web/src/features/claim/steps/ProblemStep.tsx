import { Button, Fieldset, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { newCommandId } from '../../../api/command-id';
import { useI18n } from '../../../i18n/I18nProvider';
import type { ChronologyDraft } from '../claim-draft';
import type { StepProps } from './step-props';

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
      <Textarea label={t('claim.description')} description={t('claim.descriptionHint')} required autosize minRows={3} value={p.description} onChange={(e) => setProblem('description', e.currentTarget.value)} error={errors['problem.description']} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput type="date" label={t('claim.firstNoticedOn')} required value={p.firstNoticedOn} onChange={(e) => setProblem('firstNoticedOn', e.currentTarget.value)} error={errors['problem.firstNoticedOn']} />
        <TextInput type="date" label={t('claim.writtenComplaintOn')} description={t('claim.writtenComplaintHint')} value={p.priorWrittenComplaintOn} onChange={(e) => setProblem('priorWrittenComplaintOn', e.currentTarget.value)} error={errors.priorWrittenComplaintOn} />
      </SimpleGrid>
      <Fieldset legend={t('claim.chronology')}>
        <Stack>
          {p.chronology.map((entry, index) => (
            <Group key={entry.key} align="flex-end" wrap="wrap">
              <TextInput type="date" label={t('claim.chronology.on', { n: index + 1 })} value={entry.on} onChange={(e) => setEntry(entry.key, { on: e.currentTarget.value })} error={errors[`problem.chronology.${index}.on`]} />
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

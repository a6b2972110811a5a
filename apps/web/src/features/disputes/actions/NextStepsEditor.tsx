import { Button, Fieldset, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import type { NextStepKind } from '../../../graphql/generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { inputBounds } from '../../../graphql/field-bounds';

export interface NextStepDraft {
  kind: NextStepKind;
  text: string;
}

const KINDS: NextStepKind[] = ['SMALL_CLAIMS', 'COURT', 'CONCILIATOR', 'OTHER'];

/** Where the consumer can still go when the dispute ends without agreement. */
/** `errors`: the API's refusals by field path ('nextSteps', 'nextSteps.0.text'), shown where they belong. */
export function NextStepsEditor({ value, onChange, errors = {} }: { value: NextStepDraft[]; onChange(steps: NextStepDraft[]): void; errors?: Record<string, string> }) {
  const { t, label } = useI18n();
  const set = (index: number, change: Partial<NextStepDraft>) => onChange(value.map((step, i) => (i === index ? { ...step, ...change } : step)));
  return (
    <Fieldset legend={t('nextSteps.title')}>
      <Stack gap="xs">
        {errors.nextSteps && (
          <Text size="sm" c="red">
            {errors.nextSteps}
          </Text>
        )}
        {value.map((step, index) => (
          <Group key={index} align="flex-end" wrap="wrap">
            <NativeSelect label={t('nextSteps.kind', { n: index + 1 })} value={step.kind} onChange={(e) => set(index, { kind: e.currentTarget.value as NextStepKind })} data={KINDS.map((kind) => ({ value: kind, label: label('nextStep', kind) }))} />
            <TextInput style={{ flex: 1, minWidth: 200 }} label={t('nextSteps.text', { n: index + 1 })} {...inputBounds('closeDispute', 'nextSteps.text')} value={step.text} onChange={(e) => set(index, { text: e.currentTarget.value })} error={errors[`nextSteps.${index}.text`]} />
            <Button variant="default" onClick={() => onChange(value.filter((_, i) => i !== index))}>
              {t('common.remove')}
            </Button>
          </Group>
        ))}
        <Button variant="light" w="fit-content" onClick={() => onChange([...value, { kind: 'SMALL_CLAIMS', text: '' }])}>
          {t('nextSteps.add')}
        </Button>
      </Stack>
    </Fieldset>
  );
}

import { Radio, Stack, Text } from '@mantine/core';
import type { Remedy } from '../../../graphql/generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import type { StepProps } from './step-props';

const REMEDIES: Remedy[] = ['REPAIR', 'REPLACEMENT', 'REFUND', 'PRICE_REDUCTION', 'COMPENSATION'];

/** The remedy asked for; the rights panel beside it says which ones the law opens now. */
export function RemedyStep({ draft, update, errors }: StepProps) {
  const { t, label } = useI18n();
  return (
    <Stack>
      <Text>{t('claim.remedy.lead')}</Text>
      <Radio.Group label={t('claim.remedy')} value={draft.requestedRemedy} onChange={(value) => update((d) => ({ ...d, requestedRemedy: value as Remedy }))} error={errors.requestedRemedy}>
        <Stack gap="sm" mt="xs">
          {REMEDIES.map((remedy) => (
            <Radio key={remedy} value={remedy} label={label('remedy', remedy)} description={label('remedyHint', remedy)} />
          ))}
        </Stack>
      </Radio.Group>
    </Stack>
  );
}

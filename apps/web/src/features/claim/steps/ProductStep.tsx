import { SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useI18n } from '../../../i18n/I18nProvider';
import { ConditionChoice } from '../../../ui/ConditionChoice';
import type { ClaimDraft } from '../claim-draft';
import type { StepProps } from './step-props';

export function ProductStep({ draft, update, errors }: StepProps) {
  const { t } = useI18n();
  const set = (key: keyof ClaimDraft['product'], value: string) => update((d) => ({ ...d, product: { ...d.product, [key]: value } }));
  const p = draft.product;
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('claim.productName')} required value={p.name} onChange={(e) => set('name', e.currentTarget.value)} error={errors['product.name']} />
        <TextInput label={t('claim.brand')} required value={p.brand} onChange={(e) => set('brand', e.currentTarget.value)} error={errors['product.brand']} />
        <TextInput label={t('claim.category')} description={t('claim.categoryHint')} required value={p.category} onChange={(e) => set('category', e.currentTarget.value)} error={errors['product.category']} />
        <TextInput label={t('claim.model')} value={p.model} onChange={(e) => set('model', e.currentTarget.value)} error={errors['product.model']} />
        <TextInput label={t('claim.serialNumber')} value={p.serialNumber} onChange={(e) => set('serialNumber', e.currentTarget.value)} error={errors['product.serialNumber']} />
      </SimpleGrid>
      <ConditionChoice value={p.condition} onChange={(value) => set('condition', value)} />
    </Stack>
  );
}

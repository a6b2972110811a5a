import { Checkbox, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useI18n } from '../../../i18n/I18nProvider';
import { amountExample } from '../../../i18n/amount';
import { currencyOption } from '../../../i18n/names';
import { countryOptions } from '../../../ui/countries';
import { DayInput } from '../../../ui/DayInput';
import { PostcodeInput } from '../../../ui/PostcodeInput';
import type { ClaimDraft } from '../claim-draft';
import type { StepProps } from './step-props';

/** The currencies of the EU member states. */
const CURRENCIES = ['EUR', 'SEK', 'DKK', 'PLN', 'CZK', 'HUF', 'RON', 'BGN'];
const CHANNELS = ['ONLINE', 'IN_STORE', 'PHONE', 'OFF_PREMISES'] as const;

export function PurchaseStep({ draft, update, errors }: StepProps) {
  const { t, label, locale } = useI18n();
  const set = (key: keyof ClaimDraft['purchase'], value: string) => update((d) => ({ ...d, purchase: { ...d.purchase, [key]: value } }));
  const setWarranty = (key: keyof ClaimDraft['commercialWarranty'], value: string | boolean) => update((d) => ({ ...d, commercialWarranty: { ...d.commercialWarranty, [key]: value } }));
  const p = draft.purchase;
  const w = draft.commercialWarranty;
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DayInput label={t('claim.purchasedOn')} required value={p.purchasedOn} onChange={(value) => set('purchasedOn', value)} error={errors['purchase.purchasedOn']} />
        <DayInput label={t('claim.deliveredOn')} required value={p.deliveredOn} onChange={(value) => set('deliveredOn', value)} error={errors['purchase.deliveredOn']} />
        <TextInput label={t('claim.price')} inputMode="decimal" placeholder={amountExample(locale)} required value={p.priceAmount} onChange={(e) => set('priceAmount', e.currentTarget.value)} error={errors['purchase.price.amount']} />
        <NativeSelect label={t('claim.currency')} value={p.currency} onChange={(e) => set('currency', e.currentTarget.value)} data={CURRENCIES.map((code) => currencyOption(code, locale))} />
        <NativeSelect label={t('claim.channel')} value={p.channel} onChange={(e) => set('channel', e.currentTarget.value)} data={CHANNELS.map((value) => ({ value, label: label('channel', value) }))} />
        <NativeSelect label={t('claim.country')} value={p.country} onChange={(e) => set('country', e.currentTarget.value)} data={countryOptions(locale)} error={errors['purchase.country']} />
        <TextInput label={t('claim.orderReference')} value={p.orderReference} onChange={(e) => set('orderReference', e.currentTarget.value)} error={errors['purchase.orderReference']} />
        <PostcodeInput
          description={t('claim.consumerPostcodeHint')}
          value={draft.consumerPostcode}
          onChange={(value) => update((d) => ({ ...d, consumerPostcode: value }))}
          error={errors.consumerPostcode}
        />
      </SimpleGrid>
      <Checkbox label={t('claim.commercialWarranty.given')} checked={w.given} onChange={(e) => setWarranty('given', e.currentTarget.checked)} />
      {w.given && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('claim.commercialWarranty.provider')} required value={w.provider} onChange={(e) => setWarranty('provider', e.currentTarget.value)} error={errors['commercialWarranty.provider']} />
          <TextInput label={t('claim.commercialWarrantyMonths')} inputMode="numeric" required value={w.months} onChange={(e) => setWarranty('months', e.currentTarget.value)} error={errors['commercialWarranty.months']} />
          <Textarea label={t('claim.commercialWarranty.coverage')} required value={w.coverage} onChange={(e) => setWarranty('coverage', e.currentTarget.value)} error={errors['commercialWarranty.coverage']} />
        </SimpleGrid>
      )}
    </Stack>
  );
}

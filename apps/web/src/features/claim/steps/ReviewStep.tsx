import { List, Stack, Text } from '@mantine/core';
import { typedMoney } from '../../../i18n/amount';
import { useI18n } from '../../../i18n/I18nProvider';
import type { StepProps } from './step-props';
import { Facts } from '../../../ui/Facts';

export function ReviewStep({ draft }: StepProps) {
  const { t, label, day, money } = useI18n();
  const { product, purchase, problem } = draft;
  const rows: Array<[string, string]> = [
    [t('claim.step.merchant'), draft.merchant?.name ?? '—'],
    [t('claim.step.product'), [product.brand, product.name, product.model].filter(Boolean).join(' ') + ` (${label('condition', product.condition)})`],
    [t('claim.purchasedOn'), day(purchase.purchasedOn)],
    [t('claim.deliveredOn'), day(purchase.deliveredOn)],
    [t('claim.price'), money(typedMoney(purchase.priceAmount, purchase.currency))],
    [t('claim.firstNoticedOn'), day(problem.firstNoticedOn)],
    [t('claim.remedy'), label('remedy', draft.requestedRemedy)],
    [t('claim.step.evidence'), String(draft.evidence.length)],
  ];
  return (
    <Stack>
      <Facts rows={rows} />
      <Text fw={600}>{t('claim.description')}</Text>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{problem.description}</Text>
      <List size="sm">
        {problem.chronology
          .filter((e) => e.on || e.what)
          .map((entry) => (
            <List.Item key={entry.key}>
              {day(entry.on)} — {entry.what}
            </List.Item>
          ))}
      </List>
    </Stack>
  );
}

import { Code, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useI18n } from '../../../i18n/I18nProvider';
import { useDisputeScope } from '../DisputeContext';

/** What the consumer filed: product, purchase, warranty, the problem and its chronology, evidence. */
export function ClaimFacts() {
  const { dispute } = useDisputeScope();
  const { t, label, day, money, instant } = useI18n();
  const { product, purchase, problem } = dispute;
  const rows: Array<[string, string]> = [
    [t('claim.productName'), [product.brand, product.name, product.model].filter(Boolean).join(' ')],
    [t('claim.category'), product.category],
    [t('claim.condition'), label('condition', product.condition)],
    ...(product.serialNumber ? [[t('claim.serialNumber'), product.serialNumber] as [string, string]] : []),
    [t('claim.purchasedOn'), day(purchase.purchasedOn)],
    [t('claim.deliveredOn'), day(purchase.deliveredOn)],
    [t('claim.price'), money(purchase.price)],
    [t('claim.channel'), `${label('channel', purchase.channel)} · ${purchase.country}`],
    ...(purchase.orderReference ? [[t('claim.orderReference'), purchase.orderReference] as [string, string]] : []),
    ...(dispute.commercialWarranty ? [[t('claim.commercialWarranty.given'), `${dispute.commercialWarranty.provider}, ${dispute.commercialWarranty.months} ${t('rights.months')}`] as [string, string]] : []),
    [t('claim.firstNoticedOn'), day(problem.firstNoticedOn)],
    [t('dispute.filedAt'), instant(dispute.filedAt)],
  ];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="facts-title">
      <Title order={2} size="h4" id="facts-title" mb="xs">
        {t('dispute.claim')}
      </Title>
      <Stack gap="sm">
        <dl className="facts">
          {rows.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {problem.description}
        </Text>
        {problem.chronology.length > 0 && (
          <>
            <Text fw={600} size="sm">
              {t('claim.chronology')}
            </Text>
            <List size="sm">
              {problem.chronology.map((entry, i) => (
                <List.Item key={i}>
                  {day(entry.on)} — {entry.what}
                </List.Item>
              ))}
            </List>
          </>
        )}
        <Text fw={600} size="sm">
          {t('claim.step.evidence')}
        </Text>
        {dispute.evidence.length === 0 ? (
          <Text size="sm">{t('dispute.noEvidence')}</Text>
        ) : (
          <List size="sm">
            {dispute.evidence.map((item) => (
              <List.Item key={`${item.sha256}-${item.at}`}>
                {item.name} ({label('evidence', item.kind)}) <Code title={item.sha256}>{item.sha256.slice(0, 12)}…</Code>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}

import { Code, List, Stack, Text } from '@mantine/core';
import { useI18n } from '../../../i18n/I18nProvider';
import { countryName } from '../../../i18n/names';
import { EvidenceFileActions } from '../../files/EvidenceFileActions';
import { useDisputeScope } from '../DisputeContext';
import { Panel } from '../../../ui/Panel';
import { Facts } from '../../../ui/Facts';
import { writtenIn } from '../../../ui/written-in';

/** What the consumer filed: product, purchase, warranty, the problem and its chronology, evidence. */
export function ClaimFacts() {
  const { dispute } = useDisputeScope();
  const { t, label, day, money, instant, locale } = useI18n();
  const { product, purchase, problem } = dispute;
  const rows: Array<[string, string]> = [
    [t('claim.productName'), [product.brand, product.name, product.model].filter(Boolean).join(' ')],
    [t('claim.category'), product.category],
    [t('claim.condition'), label('condition', product.condition)],
    ...(product.serialNumber ? [[t('claim.serialNumber'), product.serialNumber] as [string, string]] : []),
    [t('claim.purchasedOn'), day(purchase.purchasedOn)],
    [t('claim.deliveredOn'), day(purchase.deliveredOn)],
    [t('claim.price'), money(purchase.price)],
    [t('claim.channel'), `${label('channel', purchase.channel)} · ${countryName(purchase.country, locale)}`],
    ...(purchase.orderReference ? [[t('claim.orderReference'), purchase.orderReference] as [string, string]] : []),
    // Hers alone: the API answers it to her only (null for every other reader, and once erased).
    ...(dispute.consumerPostcode ? [[t('field.consumerPostcode'), dispute.consumerPostcode] as [string, string]] : []),
    ...(dispute.commercialWarranty ? [[t('claim.commercialWarranty.given'), `${dispute.commercialWarranty.provider}, ${t('rights.months', { n: dispute.commercialWarranty.months })}`] as [string, string]] : []),
    [t('claim.firstNoticedOn'), day(problem.firstNoticedOn)],
    [t('dispute.filedAt'), instant(dispute.filedAt)],
  ];
  return (
    <Panel title={t('dispute.claim')} titleId="facts-title">
      <Stack gap="sm">
        <Facts rows={rows} />
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} {...writtenIn(problem.language)}>
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
                  {day(entry.on)} — <span {...writtenIn(problem.language)}>{entry.what}</span>
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
                <span {...writtenIn(item.language)}>{item.name}</span> ({label('evidence', item.kind)}) <Code title={item.sha256}>{item.sha256.slice(0, 12)}…</Code>
                {item.file ? <EvidenceFileActions file={item.file} name={item.name} /> : <Text size="xs" c="dimmed">{t('files.keptElsewhere')}</Text>}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Panel>
  );
}

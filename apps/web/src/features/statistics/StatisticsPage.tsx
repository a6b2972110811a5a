import { Alert, Anchor, Group, Loader, Select, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { PageTitle } from '../../ui/PageTitle';
import { MonthlyChart } from './MonthlyChart';
import { monthlyFigures, OPEN_DATA_CSV, OPEN_DATA_JSON, useOpenData } from './open-data';

/** Public statistics: how claims are handled, month by month, overall or for one merchant; the same figures as open data. */
export function StatisticsPage() {
  const { t, locale, percent, number } = useI18n();
  const { rows, failed } = useOpenData();
  const [merchantId, setMerchantId] = useState<string | null>(null);
  const merchants = useMemo(() => {
    const names = new Map((rows ?? []).map((r) => [r.merchant_id, r.merchant_name]));
    return [...names.entries()].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, locale));
  }, [rows, locale]);
  const months = useMemo(() => monthlyFigures(rows ?? [], merchantId), [rows, merchantId]);
  const monthFormat = useMemo(() => new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }), [locale]);
  const monthLabel = (month: string) => monthFormat.format(new Date(`${month}-01T00:00:00Z`));
  const who = merchantId ? (merchants.find((m) => m.value === merchantId)?.label ?? '') : t('statistics.allMerchants');
  const share = (value: number | null) => percent(value);

  return (
    <Stack maw={960}>
      <PageTitle>{t('statistics.title')}</PageTitle>
      <Text>{t('statistics.intro')}</Text>
      <Group gap="md">
        <Anchor href={OPEN_DATA_CSV} download>
          {t('statistics.downloadCsv')}
        </Anchor>
        <Anchor href={OPEN_DATA_JSON}>{t('statistics.downloadJson')}</Anchor>
      </Group>
      {failed && <Alert color="red">{t('statistics.unavailable')}</Alert>}
      {!rows && !failed && <Loader aria-label={t('common.loading')} />}
      {rows && rows.length === 0 && <Text>{t('statistics.none')}</Text>}
      {rows && rows.length > 0 && (
        <>
          <Select
            label={t('statistics.merchant')}
            placeholder={t('statistics.allMerchants')}
            data={merchants}
            value={merchantId}
            onChange={setMerchantId}
            searchable
            clearable
            maw={420}
          />
          <MonthlyChart
            title={t('statistics.claimsChart', { who })}
            caption={t('statistics.claimsCaption', { who })}
            kind="bar"
            rows={months}
            monthHeader={t('statistics.month')}
            monthLabel={monthLabel}
            series={[{ key: 'claims', label: t('statistics.claims'), format: (v) => number(v, 0) }]}
          />
          <MonthlyChart
            title={t('statistics.handlingChart', { who })}
            caption={t('statistics.handlingCaption', { who })}
            kind="line"
            percent
            rows={months}
            monthHeader={t('statistics.month')}
            monthLabel={monthLabel}
            series={[
              { key: 'answeredInTime', label: t('statistics.answeredInTime'), format: share },
              { key: 'resolved', label: t('statistics.resolved'), format: share },
              { key: 'mediated', label: t('statistics.mediated'), format: share },
            ]}
          />
          {merchantId && (
            <MonthlyChart
              title={t('statistics.ratingChart', { who })}
              caption={t('statistics.ratingCaption', { who })}
              kind="line"
              max={5}
              rows={months}
              monthHeader={t('statistics.month')}
              monthLabel={monthLabel}
              series={[{ key: 'averageRating', label: t('statistics.averageRating'), format: (v) => (v === null ? '—' : `${number(v, 1)} / 5`) }]}
            />
          )}
        </>
      )}
    </Stack>
  );
}

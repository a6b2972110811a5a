import { Alert, Anchor, Group, Loader, Select, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { PageTitle } from '../../ui/PageTitle';
import { MonthlyChart } from './MonthlyChart';
import {
  CATEGORY_DATA_CSV,
  CATEGORY_DATA_JSON,
  monthlyFigures,
  OPEN_DATA_CSV,
  OPEN_DATA_JSON,
  OVERALL_DATA_CSV,
  OVERALL_DATA_JSON,
  publishedFigures,
  useOpenData,
  type CategoryMonth,
  type OverallMonth,
} from './open-data';

/**
 * Public statistics: how claims are handled, month by month, overall, for one product category
 * or for one merchant; the same figures as open data. Overall and per category, the figures are
 * the server's (the same definitions as per merchant, checked by stats:verify), not sums made here.
 */
export function StatisticsPage() {
  const { t, locale, percent, number } = useI18n();
  const { rows, failed } = useOpenData();
  const categoryData = useOpenData<CategoryMonth>(CATEGORY_DATA_JSON);
  const overallData = useOpenData<OverallMonth>(OVERALL_DATA_JSON);
  const [merchantId, setMerchantIdState] = useState<string | null>(null);
  const [category, setCategoryState] = useState<string | null>(null);
  // One scope at a time: a merchant, or a category, or everything.
  const setMerchantId = (value: string | null) => {
    setMerchantIdState(value);
    if (value) setCategoryState(null);
  };
  const setCategory = (value: string | null) => {
    setCategoryState(value);
    if (value) setMerchantIdState(null);
  };
  const merchants = useMemo(() => {
    const names = new Map((rows ?? []).map((r) => [r.merchant_id, r.merchant_name]));
    return [...names.entries()].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, locale));
  }, [rows, locale]);
  const categories = useMemo(() => [...new Set((categoryData.rows ?? []).map((r) => r.category))].sort((a, b) => a.localeCompare(b, locale)).map((c) => ({ value: c, label: capitalised(c, locale) })), [categoryData.rows, locale]);
  const months = useMemo(() => {
    if (merchantId) return monthlyFigures(rows ?? [], merchantId);
    if (category) return publishedFigures((categoryData.rows ?? []).filter((r) => r.category === category));
    // Overall: the server's figures; summed from the merchants' rows only while they are not there.
    return overallData.rows ? publishedFigures(overallData.rows) : monthlyFigures(rows ?? [], null);
  }, [rows, merchantId, category, categoryData.rows, overallData.rows]);
  const who = merchantId ? (merchants.find((m) => m.value === merchantId)?.label ?? '') : category ? t('statistics.inCategory', { category: capitalised(category, locale) }) : t('statistics.allMerchants');
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
        <Anchor href={CATEGORY_DATA_CSV} download>
          {t('statistics.downloadCategoryCsv')}
        </Anchor>
        <Anchor href={OVERALL_DATA_CSV} download>
          {t('statistics.downloadOverallCsv')}
        </Anchor>
      </Group>
      {failed && <Alert color="red">{t('statistics.unavailable')}</Alert>}
      {!rows && !failed && <Loader aria-label={t('common.loading')} />}
      {rows && rows.length === 0 && <Text>{t('statistics.none')}</Text>}
      {rows && rows.length > 0 && (
        <>
          <Group align="end">
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
            <Select
              label={t('statistics.category')}
              placeholder={t('statistics.allCategories')}
              description={categoryData.file?.minConsumersPerCategory ? t('statistics.categoryThreshold', { n: categoryData.file.minConsumersPerCategory }) : undefined}
              data={categories}
              value={category}
              onChange={setCategory}
              searchable
              clearable
              maw={320}
            />
          </Group>
          <MonthlyChart
            title={t('statistics.claimsChart', { who })}
            caption={t('statistics.claimsCaption', { who })}
            kind="bar"
            rows={months}
            series={[{ key: 'claims', label: t('statistics.claims'), format: (v) => number(v, 0) }]}
          />
          <MonthlyChart
            title={t('statistics.handlingChart', { who })}
            caption={t('statistics.handlingCaption', { who })}
            kind="line"
            percent
            rows={months}
            series={[
              { key: 'answeredInTime', label: t('statistics.answeredInTime'), format: share },
              { key: 'resolved', label: t('statistics.resolved'), format: share },
              { key: 'mediated', label: t('statistics.mediated'), format: share },
            ]}
          />
          {(merchantId || category || overallData.rows) && (
            <MonthlyChart
              title={t('statistics.ratingChart', { who })}
              caption={t('statistics.ratingCaption', { who })}
              kind="line"
              max={5}
              rows={months}
              series={[{ key: 'averageRating', label: t('statistics.averageRating'), format: (v) => (v === null ? '—' : `${number(v, 1)} / 5`) }]}
            />
          )}
        </>
      )}
    </Stack>
  );
}

/** Categories are published in lower case (so that spellings group together); shown with a capital. */
function capitalised(category: string, locale: string): string {
  return category.charAt(0).toLocaleUpperCase(locale) + category.slice(1);
}

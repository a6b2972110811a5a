import { Box, Group, Loader, NativeSelect, Stack, Text } from '@mantine/core';
import { useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { PageTitle } from '../../ui/PageTitle';
import { DownloadButton } from '../files/DownloadButton';
import { MonthlyChart } from '../statistics/MonthlyChart';
import { CountsChart } from './CountsChart';
import { MediationBodyActivityReportQuery } from './mediation-bodies.operations';

/** The years offered: this one and the five before (recours keeps every year; these are the ones a body publishes). */
const YEARS_OFFERED = 6;

/**
 * A mediation body's annual activity report (Code de la consommation R614-2): what its mediators
 * publish each year, for them and the admin. Each chart has its table; the CSV holds the same
 * figures, with headers in the reader's language.
 */
export function ActivityReportPage() {
  const { t, label, number } = useI18n();
  const { bodyId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const year = Number(search.get('year')) || thisYear;
  const [result] = useQuery({ query: MediationBodyActivityReportQuery, variables: { bodyId, year } });
  const report = result.data?.mediationBodyActivityReport;
  const name = result.data?.mediationBodies.find((b) => b.id === bodyId)?.name ?? '';
  const months = (report?.months ?? []).map((m) => ({ ...m, month: `${year}-${String(m.month).padStart(2, '0')}` }));
  const count = (v: number | null) => number(v, 0);
  const days = (v: number | null) => (v === null ? '—' : t('report.days', { n: Math.round(v * 10) / 10 }));
  return (
    <Stack maw={960}>
      <PageTitle>{name ? t('report.titleOf', { name, year: String(year) }) : t('report.title')}</PageTitle>
      <Text size="sm">{t('report.lead')}</Text>
      <Group align="end">
        <NativeSelect
          label={t('report.year')}
          value={String(year)}
          onChange={(e) => setSearch({ year: e.currentTarget.value })}
          data={Array.from({ length: YEARS_OFFERED }, (_, i) => String(thisYear - i))}
        />
        {report && (
          <DownloadButton path={`/mediation-bodies/${bodyId}/activity-report.csv?year=${year}`} fileName={`${t('report.fileName')}-${year}.csv`}>
            {t('report.downloadCsv')}
          </DownloadButton>
        )}
      </Group>
      <ApiErrorAlert error={result.error} />
      {result.fetching && !report && <Loader aria-label={t('common.loading')} />}
      {report && (
        <>
          <Box component="dl" m={0} data-testid="report-figures" style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 'var(--mantine-spacing-md)' }}>
            {[
              [t('report.received'), count(report.received)],
              [t('report.refused'), count(report.refused)],
              [t('report.accepted'), count(report.accepted)],
              [t('report.completed'), count(report.completed)],
              [t('report.averageDuration'), days(report.averageDurationDays)],
              [t('report.medianDuration'), days(report.medianDurationDays)],
              [t('report.extended'), count(report.extended)],
              [t('report.carriedOut'), count(report.carriedOut)],
            ].map(([term, value]) => (
              <div key={term}>
                <Text component="dt" size="sm" c="dimmed">
                  {term}
                </Text>
                <Text component="dd" m={0} fw={700} size="lg">
                  {value}
                </Text>
              </div>
            ))}
          </Box>
          <MonthlyChart
            title={t('report.requestsChart', { year: String(year) })}
            caption={t('report.requestsCaption', { year: String(year) })}
            kind="bar"
            rows={months}
            oneYear
            series={[
              { key: 'received', label: t('report.received'), format: count },
              { key: 'accepted', label: t('report.accepted'), format: count },
              { key: 'refused', label: t('report.refused'), format: count },
              { key: 'completed', label: t('report.completed'), format: count },
            ]}
          />
          <MonthlyChart
            title={t('report.durationChart', { year: String(year) })}
            caption={t('report.durationCaption', { year: String(year) })}
            kind="line"
            rows={months}
            oneYear
            series={[{ key: 'averageDurationDays', label: t('report.averageDuration'), format: days }]}
          />
          <CountsChart
            title={t('report.refusalsChart', { year: String(year) })}
            caption={t('report.refusalsCaption', { year: String(year) })}
            kindHeader={t('report.ground')}
            countHeader={t('report.requests')}
            rows={report.refusals.map((r) => ({ key: r.ground ?? 'none', label: r.ground ? label('inadmissibilityGround', r.ground) : t('report.groundNotGiven'), count: r.requests }))}
          />
          <CountsChart
            title={t('report.outcomesChart', { year: String(year) })}
            caption={t('report.outcomesCaption', { year: String(year) })}
            kindHeader={t('report.outcome')}
            countHeader={t('report.mediations')}
            rows={report.outcomes.map((o) => ({ key: o.outcome, label: label('mediationOutcome', o.outcome), count: o.mediations }))}
          />
        </>
      )}
    </Stack>
  );
}

import { Alert, Anchor, Group, Loader, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useQuery } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import { parisDay, parisToday } from '../../i18n/format';
import { HeadedTable } from '../../ui/HeadedTable';
import { PageTitle } from '../../ui/PageTitle';
import { DownloadButton } from '../files/DownloadButton';
import { MonthlyChart } from '../statistics/MonthlyChart';
import { SystemicProblemsQuery } from './systemic-problems.operations';

const THRESHOLDS = ['1', '2', '3', '5', '10'];
/** The groups drawn over time: the chart stays readable, the table below lists them all. */
const OVER_TIME = 4;

/**
 * An association's systemic problems (issue 19 item 2): its members' claims grouped by merchant,
 * product category and similar defect, most members first, with what a group action counts.
 * Each chart is hidden from screen readers; the table beside it holds the same figures.
 */
export function SystemicProblemsPage() {
  const { t, locale, day, number } = useI18n();
  const [minMembers, setMinMembers] = useState('1');
  const [result] = useQuery({ query: SystemicProblemsQuery, variables: { minMembers: Number(minMembers) }, requestPolicy: 'cache-and-network' });
  const found = result.data?.systemicProblems;
  const problems = useMemo(() => found?.problems ?? [], [found]);
  const capital = (text: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
  const merchantOf = (p: (typeof problems)[number]) => p.merchant?.name ?? t('systemic.unknownMerchant');
  const nameOf = (p: (typeof problems)[number], i: number) => t('systemic.groupName', { n: i + 1, merchant: merchantOf(p), category: capital(p.category) });
  // Claims per month of the largest groups, every month of any of them present (0 where none).
  const overTime = useMemo(() => {
    const top = problems.slice(0, OVER_TIME);
    const months = [...new Set(top.flatMap((p) => p.months.map((m) => m.month)))].sort();
    return months.map((month) => ({ month, ...Object.fromEntries(top.map((p, i) => [`g${i}`, p.months.find((m) => m.month === month)?.claims ?? 0])) }));
  }, [problems]);
  const bars = problems.slice(0, 10).map((p, i) => ({ name: `${i + 1}`, members: p.members, claims: p.claims }));
  const today = parisToday();

  return (
    <Stack maw={1100}>
      <PageTitle>{t('systemic.title')}</PageTitle>
      <Text>{t('systemic.intro')}</Text>
      <Group align="end">
        <Select label={t('systemic.minMembers')} data={THRESHOLDS.map((n) => ({ value: n, label: t('systemic.atLeast', { n }) }))} value={minMembers} onChange={(v) => setMinMembers(v ?? '1')} allowDeselect={false} maw={260} />
        <DownloadButton path={`/association/systemic-problems.csv?minMembers=${minMembers}`} fileName={`${t('systemic.fileName')}-${today}.csv`}>
          {t('systemic.downloadCsv')}
        </DownloadButton>
      </Group>
      {found && (!found.accentsIgnored || !found.trigramsUsed) && <Alert color="yellow">{t('systemic.degraded')}</Alert>}
      {result.error && <Alert color="red">{t('systemic.unavailable')}</Alert>}
      {result.fetching && !found && <Loader aria-label={t('common.loading')} />}
      {found && problems.length === 0 && <Text>{t('systemic.none')}</Text>}
      {problems.length > 0 && (
        <>
          <Paper withBorder p="md" component="figure" m={0} data-testid="systemic-chart">
            <Title order={2} size="h4" mb="sm">
              {t('systemic.groupsChart')}
            </Title>
            <div aria-hidden="true" style={{ width: '100%', height: 240 }}>
              <ResponsiveContainer>
                <BarChart data={bars} accessibilityLayer={false}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="name" fontSize={12} />
                  <YAxis fontSize={12} allowDecimals={false} tickFormatter={(v: number) => number(v, 0)} />
                  <Tooltip formatter={(value, key) => [number(Number(value), 0), key === 'members' ? t('systemic.members') : t('systemic.claims')]} labelFormatter={(label) => t('systemic.groupNumber', { n: String(label) })} />
                  <Bar dataKey="members" fill="#1864ab" isAnimationActive={false} />
                  <Bar dataKey="claims" fill="#e67700" isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
            </div>
            <HeadedTable
              headers={[t('systemic.group'), t('systemic.merchant'), t('systemic.category'), t('systemic.defect'), t('systemic.members'), t('systemic.claims'), t('systemic.merchantMembers'), t('systemic.period'), t('systemic.cases')]}
              caption={t('systemic.groupsCaption')}
              minWidth={720}
              striped
            >
              {problems.map((p, i) => (
                <Table.Tr key={p.groupId}>
                  <Table.Th scope="row">{i + 1}</Table.Th>
                  <Table.Td>{merchantOf(p)}</Table.Td>
                  <Table.Td>{capital(p.category)}</Table.Td>
                  <Table.Td maw={320}>
                    <Text size="sm" lineClamp={3} title={p.defect}>
                      {p.defect}
                    </Text>
                  </Table.Td>
                  <Table.Td>{number(p.members, 0)}</Table.Td>
                  <Table.Td>{number(p.claims, 0)}</Table.Td>
                  <Table.Td>{number(p.merchantMembers, 0)}</Table.Td>
                  <Table.Td>{parisDay(p.firstFiledAt) === parisDay(p.lastFiledAt) ? day(p.firstFiledAt) : t('systemic.fromTo', { from: day(p.firstFiledAt), to: day(p.lastFiledAt) })}</Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      {p.disputeIds.map((id, n) => (
                        <Anchor key={id} component={Link} to={`/disputes/${id}`} size="sm">
                          {t('systemic.caseN', { n: n + 1 })}
                        </Anchor>
                      ))}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </HeadedTable>
          </Paper>
          <MonthlyChart
            title={t('systemic.overTimeChart')}
            caption={t('systemic.overTimeCaption')}
            kind="bar"
            rows={overTime}
            series={problems.slice(0, OVER_TIME).map((p, i) => ({ key: `g${i}`, label: nameOf(p, i), format: (v) => number(v, 0) }))}
          />
        </>
      )}
    </Stack>
  );
}

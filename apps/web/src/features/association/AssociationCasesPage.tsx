import { Paper, Stack, Table } from '@mantine/core';
import { LeadAndLink } from '../../ui/LeadAndLink';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { CaseList } from '../../ui/CaseList';
import { DisputeSearchBox } from '../../ui/DisputeSearchBox';
import { HeadedTable } from '../../ui/HeadedTable';
import { PageTitle } from '../../ui/PageTitle';
import { useCaseColumns } from '../../ui/useCaseColumns';
import { useCaseList } from '../../ui/useCaseList';
import { AssociationCasesQuery } from './association.operations';
import { Panel } from '../../ui/Panel';
import { SharedForAdvicePanel } from './SharedForAdvicePanel';

/** The cases an association handles under its members' mandates, and which merchants they concern. */
export function AssociationCasesPage() {
  const { t, day, number } = useI18n();
  const columns = useCaseColumns();
  const list = useCaseList(AssociationCasesQuery, (data) => data.associationCases, { first: 100 });
  const { rows } = list;
  // Each row names its merchant: the directory's first page would miss those past its 200th.
  const merchantName = useMemo(() => {
    const names = new Map<string, string>();
    for (const row of rows) if (row.merchant) names.set(row.merchantId, row.merchant.name);
    return names;
  }, [rows]);
  // Complaint counts per merchant, over the cases loaded.
  const perMerchant = useMemo(() => {
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(row.merchantId, (counts.get(row.merchantId) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1]);
  }, [rows]);

  return (
    <Stack maw={1100}>
      <PageTitle>{t('association.title')}</PageTitle>
      <DisputeSearchBox />
      <Paper withBorder p="sm">
        <LeadAndLink lead={t('association.referenceLead')} to="/association/profile">
          {t('nav.associationProfile')}
        </LeadAndLink>
      </Paper>
      <CaseList
        list={list}
        statusFilter
        page="association"
        columns={[
          columns.product,
          { header: t('dispute.merchant'), cell: (row) => row.merchant?.name ?? '—' },
          { header: t('association.mandateSince'), cell: (row) => day(row.mandateGrantedAt) },
          columns.status,
          columns.whoseTurn,
          columns.nextDeadline,
        ]}
      />
      <SharedForAdvicePanel as="ASSOCIATION" />
      {perMerchant.length > 0 && (
        <Panel title={t('association.perMerchant')} titleId="per-merchant-title">
          <HeadedTable headers={[t('dispute.merchant'), t('association.complaints')]}>
            {perMerchant.map(([merchantId, count]) => (
              <Table.Tr key={merchantId}>
                <Table.Td>{merchantName.get(merchantId) ?? '—'}</Table.Td>
                <Table.Td>{number(count, 0)}</Table.Td>
              </Table.Tr>
            ))}
          </HeadedTable>
        </Panel>
      )}
    </Stack>
  );
}

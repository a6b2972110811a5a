import { CopyButton, Button, Code, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import type { DisputeStatus } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { useSession } from '../../session/SessionProvider';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { CaseLink } from '../../ui/CaseLink';
import { CaseTable } from '../../ui/CaseTable';
import { DueDate } from '../../ui/DueDate';
import { LoadMore } from '../../ui/LoadMore';
import { PageTitle } from '../../ui/PageTitle';
import { StatusBadge } from '../../ui/StatusBadge';
import { StatusFilter } from '../../ui/StatusFilter';
import { usePagedConnection } from '../../ui/usePagedConnection';
import { MerchantDirectoryQuery } from '../directory/directory.operations';
import { AssociationCasesQuery } from './association.operations';

/** The cases an association handles under its members' mandates, and which merchants they concern. */
export function AssociationCasesPage() {
  const { t, label, day } = useI18n();
  const { user } = useSession();
  const [status, setStatus] = useState<DisputeStatus | null>(null);
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: AssociationCasesQuery, variables: { first: 100, after, status } });
  const [directory] = useQuery({ query: MerchantDirectoryQuery, variables: { first: 200 } });
  const rows = usePagedConnection(data?.associationCases, after, status ?? '');
  const merchantName = useMemo(() => {
    const names = new Map(directory.data?.merchants.map((m) => [m.id, m.name]) ?? []);
    for (const row of rows) if (row.merchant) names.set(row.merchantId, row.merchant.name);
    return names;
  }, [directory.data, rows]);
  // Complaint counts per merchant, over the cases loaded.
  const perMerchant = useMemo(() => {
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(row.merchantId, (counts.get(row.merchantId) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1]);
  }, [rows]);

  return (
    <Stack maw={1100}>
      <PageTitle>{t('association.title')}</PageTitle>
      {user && (
        <Paper withBorder p="sm">
          <Text size="sm">{t('association.referenceLead')}</Text>
          <Group gap="xs" mt={4}>
            <Code data-testid="association-reference">{user.id}</Code>
            <CopyButton value={user.id}>
              {({ copied, copy }) => (
                <Button size="xs" variant="default" onClick={copy}>
                  {copied ? t('common.copied') : t('common.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Paper>
      )}
      <StatusFilter
        value={status}
        onChange={(next) => {
          setStatus(next);
          setAfter(null);
        }}
      />
      <ApiErrorAlert error={error} />
      {fetching && !data && <Loader aria-label={t('common.loading')} />}
      {data && rows.length === 0 && <Text>{t('association.none')}</Text>}
      {rows.length > 0 && (
        <CaseTable
          caption={t('association.title')}
          rows={rows}
          columns={[
            { header: t('list.product'), cell: (row) => <CaseLink id={row.id}>{row.productName}</CaseLink> },
            { header: t('dispute.merchant'), cell: (row) => row.merchant?.name ?? merchantName.get(row.merchantId) ?? '—' },
            { header: t('association.mandateSince'), cell: (row) => day(row.mandateGrantedAt) },
            { header: t('list.status'), cell: (row) => <StatusBadge status={row.status} /> },
            { header: t('dispute.whoseTurn'), cell: (row) => label('turn', row.whoseTurn) },
            { header: t('dispute.nextDeadline'), cell: (row) => <DueDate kind={row.nextDeadline?.kind} dueAt={row.nextDeadline?.dueAt} /> },
          ]}
        />
      )}
      {data && <LoadMore shown={rows.length} total={data.associationCases.totalCount} hasNextPage={data.associationCases.pageInfo.hasNextPage} fetching={fetching} onMore={() => setAfter(data.associationCases.pageInfo.endCursor)} />}
      {perMerchant.length > 0 && (
        <Paper withBorder p="md" component="section" aria-labelledby="per-merchant-title">
          <Title order={2} size="h4" id="per-merchant-title" mb="xs">
            {t('association.perMerchant')}
          </Title>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('dispute.merchant')}</Table.Th>
                <Table.Th scope="col">{t('association.complaints')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {perMerchant.map(([merchantId, count]) => (
                <Table.Tr key={merchantId}>
                  <Table.Td>{merchantName.get(merchantId) ?? merchantId}</Table.Td>
                  <Table.Td>{count}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}

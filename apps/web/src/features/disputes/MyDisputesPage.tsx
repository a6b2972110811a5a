import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { DisputeStatus } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { CaseLink } from '../../ui/CaseLink';
import { CaseTable } from '../../ui/CaseTable';
import { DueDate } from '../../ui/DueDate';
import { LoadMore } from '../../ui/LoadMore';
import { PageTitle } from '../../ui/PageTitle';
import { StatusBadge } from '../../ui/StatusBadge';
import { StatusFilter } from '../../ui/StatusFilter';
import { usePagedConnection } from '../../ui/usePagedConnection';
import { MyDisputesQuery } from './my-disputes.operations';

/** The consumer's disputes, newest first, with where each stands and what is due next. */
export function MyDisputesPage() {
  const { t, label, instant } = useI18n();
  const [status, setStatus] = useState<DisputeStatus | null>(null);
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: MyDisputesQuery, variables: { first: 20, after, status } });
  const rows = usePagedConnection(data?.myDisputes, after, status ?? '');
  return (
    <Stack maw={1100}>
      <Group justify="space-between" align="flex-start">
        <PageTitle>{t('myDisputes.title')}</PageTitle>
        <Button component={Link} to="/claims/new">
          {t('nav.newClaim')}
        </Button>
      </Group>
      <StatusFilter
        value={status}
        onChange={(next) => {
          setStatus(next);
          setAfter(null);
        }}
      />
      <ApiErrorAlert error={error} />
      {fetching && !data && <Loader aria-label={t('common.loading')} />}
      {data && rows.length === 0 && <Text>{t('myDisputes.none')}</Text>}
      {rows.length > 0 && (
        <CaseTable
          caption={t('myDisputes.title')}
          rows={rows}
          columns={[
            { header: t('list.product'), cell: (row) => <CaseLink id={row.id}>{`${row.product.brand} ${row.product.name}`}</CaseLink> },
            { header: t('dispute.merchant'), cell: (row) => row.merchant?.name ?? '—' },
            { header: t('list.status'), cell: (row) => <StatusBadge status={row.status} /> },
            { header: t('dispute.whoseTurn'), cell: (row) => label('turn', row.whoseTurn) },
            { header: t('list.openOffer'), cell: (row) => (row.openOffer ? `${label('remedy', row.openOffer.remedy)} (${label('side', row.openOffer.by)})` : '—') },
            { header: t('dispute.nextDeadline'), cell: (row) => <DueDate kind={row.nextDeadline?.kind} dueAt={row.nextDeadline?.dueAt} /> },
            { header: t('list.lastActivity'), cell: (row) => instant(row.lastActivityAt) },
          ]}
        />
      )}
      {data && <LoadMore shown={rows.length} total={data.myDisputes.totalCount} hasNextPage={data.myDisputes.pageInfo.hasNextPage} fetching={fetching} onMore={() => setAfter(data.myDisputes.pageInfo.endCursor)} />}
    </Stack>
  );
}

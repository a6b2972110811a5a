import { Badge, Group, Loader, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
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
import { MerchantInboxQuery } from './merchant.operations';

/** What waits for the after-sales service, soonest due first; overdue cases are flagged. */
export function MerchantInboxPage() {
  const { t, label, instant } = useI18n();
  const [status, setStatus] = useState<DisputeStatus | null>(null);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: MerchantInboxQuery, variables: { first: 20, after, status, overdueOnly: overdueOnly || null } });
  const rows = usePagedConnection(data?.merchantInbox, after, `${status}-${overdueOnly}`);
  return (
    <Stack maw={1100}>
      <PageTitle>{t('inbox.title')}</PageTitle>
      <Group align="flex-end">
        <StatusFilter
          value={status}
          onChange={(next) => {
            setStatus(next);
            setAfter(null);
          }}
        />
        <Switch
          label={t('inbox.overdueOnly')}
          checked={overdueOnly}
          onChange={(e) => {
            setOverdueOnly(e.currentTarget.checked);
            setAfter(null);
          }}
        />
      </Group>
      {data && data.merchantInbox.overdueCount > 0 && (
        <Badge color="red" variant="filled" size="lg" data-testid="overdue-count">
          {t('inbox.overdueCount', { n: data.merchantInbox.overdueCount })}
        </Badge>
      )}
      <ApiErrorAlert error={error} />
      {fetching && !data && <Loader aria-label={t('common.loading')} />}
      {data && rows.length === 0 && <Text>{t('inbox.none')}</Text>}
      {rows.length > 0 && (
        <CaseTable
          caption={t('inbox.title')}
          rows={rows}
          rowProps={(row): Record<string, string> => (row.overdue ? { 'data-overdue': 'true' } : {})}
          columns={[
            { header: t('list.due'), cell: (row) => <DueDate kind={row.due?.kind} dueAt={row.due?.dueAt} overdue={row.overdue} /> },
            { header: t('list.product'), cell: (row) => <CaseLink id={row.id}>{row.productName}</CaseLink> },
            { header: t('list.status'), cell: (row) => <StatusBadge status={row.status} /> },
            {
              header: t('dispute.whoseTurn'),
              cell: (row) => (
                <Badge color={row.whoseTurn === 'MERCHANT' || row.whoseTurn === 'BOTH' ? 'blue' : 'gray'} variant="filled">
                  {label('turn', row.whoseTurn)}
                </Badge>
              ),
            },
            { header: t('list.lastActivity'), cell: (row) => instant(row.lastActivityAt) },
          ]}
        />
      )}
      {data && <LoadMore shown={rows.length} total={data.merchantInbox.totalCount} hasNextPage={data.merchantInbox.pageInfo.hasNextPage} fetching={fetching} onMore={() => setAfter(data.merchantInbox.pageInfo.endCursor)} />}
    </Stack>
  );
}

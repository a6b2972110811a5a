import { Badge, Group, NativeSelect, Stack, Switch } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { CaseList } from '../../ui/CaseList';
import { DueDate } from '../../ui/DueDate';
import { DisputeSearchBox } from '../../ui/DisputeSearchBox';
import { PageTitle } from '../../ui/PageTitle';
import { StatusFilter } from '../../ui/StatusFilter';
import { useCaseColumns } from '../../ui/useCaseColumns';
import { useCaseList } from '../../ui/useCaseList';
import { MerchantInboxQuery } from './merchant.operations';

const QUEUES = ['ALL', 'UNASSIGNED', 'MINE', 'ESCALATED'] as const;
type Queue = (typeof QUEUES)[number];

/** What waits for the after-sales service, soonest due first; overdue cases are flagged. */
export function MerchantInboxPage() {
  const { t, label } = useI18n();
  const columns = useCaseColumns();
  const [overdueOnly, setOverdueOnly] = useState(false);
  // The team's queues (issue 18 item 2): every case, the unassigned ones, mine, the escalated ones (the supervisors').
  const [queue, setQueue] = useState<Queue>('ALL');
  const list = useCaseList(MerchantInboxQuery, (data) => data.merchantInbox, {
    variables: { overdueOnly: overdueOnly || null, unassignedOnly: queue === 'UNASSIGNED' || null, mineOnly: queue === 'MINE' || null, escalatedOnly: queue === 'ESCALATED' || null },
    filters: `${overdueOnly} ${queue}`,
  });
  const overdueCount = list.connection?.overdueCount ?? 0;
  return (
    <Stack maw={1100}>
      <PageTitle>{t('inbox.title')}</PageTitle>
      <DisputeSearchBox />
      <Group align="flex-end">
        <NativeSelect
          label={t('inbox.queue')}
          value={queue}
          onChange={(e) => {
            setQueue(e.currentTarget.value as Queue);
            list.restart();
          }}
          data={QUEUES.map((q) => ({ value: q, label: t(`inbox.queue.${q}`) }))}
        />
        <StatusFilter value={list.status} onChange={list.filter} />
        <Switch
          label={t('inbox.overdueOnly')}
          checked={overdueOnly}
          onChange={(e) => {
            setOverdueOnly(e.currentTarget.checked);
            list.restart();
          }}
        />
      </Group>
      {overdueCount > 0 && (
        <Badge color="red" variant="filled" size="lg" data-testid="overdue-count">
          {t('inbox.overdueCount', { n: overdueCount })}
        </Badge>
      )}
      <CaseList
        list={list}
        page="inbox"
        rowProps={(row): Record<string, string> => (row.overdue ? { 'data-overdue': 'true' } : {})}
          columns={[
            { header: t('list.due'), cell: (row) => <DueDate kind={row.due?.kind} dueAt={row.due?.dueAt} overdue={row.overdue} /> },
            columns.product,
            { header: t('list.consumer'), cell: (row) => row.consumer?.displayName ?? '—' },
            {
              header: t('inbox.assignee'),
              cell: (row) => (
                <Group gap={4}>
                  {row.assignee?.displayName ?? t('inbox.unassigned')}
                  {row.escalated && (
                    <Badge color={row.escalationLevel === 'COMPLAINTS_DEPARTMENT' ? 'red' : 'orange'} variant="light">
                      {row.escalationLevel === 'COMPLAINTS_DEPARTMENT' ? t('inbox.escalatedTo.COMPLAINTS_DEPARTMENT') : t('inbox.escalatedTo.SUPERVISOR')}
                    </Badge>
                  )}
                </Group>
              ),
            },
            columns.status,
            {
              header: t('dispute.whoseTurn'),
              cell: (row) => (
                <Badge color={row.whoseTurn === 'MERCHANT' || row.whoseTurn === 'BOTH' ? 'blue' : 'gray'} variant="filled" tt="none">
                  {label('turn', row.whoseTurn)}
                </Badge>
              ),
            },
            columns.lastActivity,
        ]}
      />
    </Stack>
  );
}

import { Badge, Loader, Stack, Text } from '@mantine/core';
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
import { MediatorCaseloadQuery } from './mediator.operations';

/** The mediator's cases against the legal clocks: 3 weeks to decide admissibility (L612-2), 90 days to an outcome (R612-5). */
export function MediatorCaseloadPage() {
  const { t, label } = useI18n();
  const [status, setStatus] = useState<DisputeStatus | null>(null);
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: MediatorCaseloadQuery, variables: { first: 20, after, status } });
  const rows = usePagedConnection(data?.mediatorCaseload, after, status ?? '');
  return (
    <Stack maw={1100}>
      <PageTitle>{t('caseload.title')}</PageTitle>
      <Text size="sm">{t('caseload.lead')}</Text>
      <StatusFilter
        value={status}
        onChange={(next) => {
          setStatus(next);
          setAfter(null);
        }}
      />
      <ApiErrorAlert error={error} />
      {fetching && !data && <Loader aria-label={t('common.loading')} />}
      {data && rows.length === 0 && <Text>{t('caseload.none')}</Text>}
      {rows.length > 0 && (
        <CaseTable
          caption={t('caseload.title')}
          rows={rows}
          columns={[
            { header: t('list.product'), cell: (row) => <CaseLink id={row.id}>{row.productName}</CaseLink> },
            { header: t('list.status'), cell: (row) => <StatusBadge status={row.status} /> },
            { header: t('mediation.admissibilityClock'), cell: (row) => (row.stage === 'REQUESTED' ? <DueDate dueAt={row.admissibilityDueAt} overdue={row.admissibilityOverdue} /> : t('caseload.decided')) },
            { header: t('mediation.outcomeClock'), cell: (row) => (row.outcomeDueAt ? <DueDate dueAt={row.outcomeDueAt} overdue={row.outcomeOverdue} /> : t('mediation.outcomeNotRunning')) },
            {
              header: t('caseload.daysLeft'),
              cell: (row) =>
                row.outcomeDaysLeft === null ? (
                  '—'
                ) : (
                  <Badge color={row.outcomeOverdue ? 'red' : row.outcomeDaysLeft <= 14 ? 'yellow' : 'gray'} variant="filled">
                    {t('caseload.days', { n: row.outcomeDaysLeft })}
                  </Badge>
                ),
            },
            { header: t('dispute.whoseTurn'), cell: (row) => label('turn', row.whoseTurn) },
          ]}
        />
      )}
      {data && <LoadMore shown={rows.length} total={data.mediatorCaseload.totalCount} hasNextPage={data.mediatorCaseload.pageInfo.hasNextPage} fetching={fetching} onMore={() => setAfter(data.mediatorCaseload.pageInfo.endCursor)} />}
    </Stack>
  );
}

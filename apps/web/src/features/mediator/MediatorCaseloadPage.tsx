import { Badge, Stack, Text } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider';
import { CaseList } from '../../ui/CaseList';
import { DueDate } from '../../ui/DueDate';
import { DisputeSearchBox } from '../../ui/DisputeSearchBox';
import { PageTitle } from '../../ui/PageTitle';
import { useCaseColumns } from '../../ui/useCaseColumns';
import { useCaseList } from '../../ui/useCaseList';
import { MediatorCaseloadQuery } from './mediator.operations';

/** The mediator's cases against the legal clocks: 3 weeks to decide admissibility (L612-2), 90 days to an outcome (R612-5). */
export function MediatorCaseloadPage() {
  const { t } = useI18n();
  const columns = useCaseColumns();
  const list = useCaseList(MediatorCaseloadQuery, (data) => data.mediatorCaseload);
  return (
    <Stack maw={1100}>
      <PageTitle>{t('caseload.title')}</PageTitle>
      <DisputeSearchBox />
      <Text size="sm">{t('caseload.lead')}</Text>
      <CaseList
        list={list}
        statusFilter
        page="caseload"
        columns={[
          columns.product,
          columns.status,
          { header: t('mediation.admissibilityClock'), cell: (row) => (row.stage === 'REQUESTED' ? <DueDate dueAt={row.admissibilityDueAt} overdue={row.admissibilityOverdue} /> : t('caseload.decided')) },
          { header: t('mediation.outcomeClock'), cell: (row) => (row.outcomeDueAt ? <DueDate dueAt={row.outcomeDueAt} dueOn={row.outcomeDueOn} overdue={row.outcomeOverdue} /> : t('mediation.outcomeNotRunning')) },
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
          columns.whoseTurn,
        ]}
      />
    </Stack>
  );
}

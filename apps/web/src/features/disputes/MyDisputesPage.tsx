import { Button, Group, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { CaseLink } from '../../ui/CaseLink';
import { CaseList } from '../../ui/CaseList';
import { DisputeSearchBox } from '../../ui/DisputeSearchBox';
import { PageTitle } from '../../ui/PageTitle';
import { useCaseColumns } from '../../ui/useCaseColumns';
import { useCaseList } from '../../ui/useCaseList';
import { MyDisputesQuery } from './my-disputes.operations';

/** The consumer's disputes, newest first, with where each stands and what is due next. */
export function MyDisputesPage() {
  const { t, label } = useI18n();
  const columns = useCaseColumns();
  const list = useCaseList(MyDisputesQuery, (data) => data.myDisputes);
  return (
    <Stack maw={1100}>
      <Group justify="space-between" align="flex-start">
        <PageTitle>{t('myDisputes.title')}</PageTitle>
        <Button component={Link} to="/claims/new">
          {t('nav.newClaim')}
        </Button>
      </Group>
      <DisputeSearchBox />
      <CaseList
        list={list}
        statusFilter
        page="myDisputes"
        columns={[
          { header: t('list.product'), cell: (row) => <CaseLink id={row.id}>{`${row.product.brand} ${row.product.name}`}</CaseLink> },
          { header: t('dispute.merchant'), cell: (row) => row.merchant?.name ?? '—' },
          columns.status,
          columns.whoseTurn,
          { header: t('list.openOffer'), cell: (row) => (row.openOffer ? `${label('remedy', row.openOffer.remedy)} (${label('side', row.openOffer.by)})` : '—') },
          columns.nextDeadline,
          columns.lastActivity,
        ]}
      />
    </Stack>
  );
}

import { Button, Group, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { SharedForAdvicePanel } from '../association/SharedForAdvicePanel';
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
          columns.brandedProduct,
          columns.merchant,
          columns.status,
          columns.whoseTurn,
          { header: t('list.openOffer'), cell: (row) => (row.openOffer ? `${label('remedy', row.openOffer.remedy)} (${label('side', row.openOffer.by)})` : '—') },
          columns.nextDeadline,
          columns.lastActivity,
        ]}
      />
      <SharedForAdvicePanel as="CONSUMER" />
    </Stack>
  );
}

import { Text } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider';
import { CaseList } from '../../ui/CaseList';
import { Panel } from '../../ui/Panel';
import { useCaseColumns } from '../../ui/useCaseColumns';
import { useCaseList } from '../../ui/useCaseList';
import { DisputesSharedForAdviceQuery } from './association.operations';

/**
 * The disputes shared for advice (shareDisputeForAdvice): for an association, those its members
 * show it; for a consumer, those she shows, listed only when there are some.
 */
export function SharedForAdvicePanel({ as }: { as: 'ASSOCIATION' | 'CONSUMER' }) {
  const { t } = useI18n();
  const columns = useCaseColumns();
  const list = useCaseList(DisputesSharedForAdviceQuery, (data) => data.disputesSharedForAdvice);
  if (as === 'CONSUMER' && (list.connection?.totalCount ?? 0) === 0) return null;
  return (
    <Panel title={t('sharedForAdvice.title')} titleId="shared-for-advice">
      <Text size="sm" mb="xs">
        {t(as === 'ASSOCIATION' ? 'sharedForAdvice.associationLead' : 'sharedForAdvice.consumerLead')}
      </Text>
      <CaseList
        list={list}
        page="sharedForAdvice"
        columns={[
          columns.brandedProduct,
          columns.merchant,
          columns.status,
          columns.whoseTurn,
          columns.lastActivity,
        ]}
      />
    </Panel>
  );
}

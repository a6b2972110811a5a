import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import { UndeliveredNotificationsQuery } from './admin.operations';
import { Panel } from '../../ui/Panel';
import { DeliveryError } from '../notifications/DeliveryError';

/** What the notifier gave up on after its last retry: never dropped in silence, shown here. */
export function UndeliveredNotifications() {
  const { t, instant, number } = useI18n();
  const [failed] = useQuery({ query: UndeliveredNotificationsQuery, variables: { first: 50 }, requestPolicy: 'cache-and-network' });
  const rows = failed.data?.undeliveredNotifications ?? [];
  return (
    <Panel title={t('admin.undelivered')} titleId="undelivered-title" as="div" gap="sm">
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('admin.undeliveredNone')}
        </Text>
      ) : (
        <Table
          striped
          data={{
            head: [t('admin.undeliveredChannel'), t('admin.undeliveredWhat'), t('webhooks.attempts'), t('webhooks.lastAnswer'), t('webhooks.created')],
            body: rows.map((row) => [
              row.channel === 'EMAIL' ? t('admin.undeliveredEmail') : t('admin.undeliveredWebhook'),
              row.disputeId ? <Anchor component={Link} to={`/disputes/${row.disputeId}`}>{t('admin.undeliveredCase')}</Anchor> : row.kind === 'ACCOUNT_EMAIL' ? t('admin.undeliveredAccountEmail') : t('admin.undeliveredDigest'),
              number(row.attempts, 0),
              <DeliveryError raw={row.lastError} />,
              instant(row.createdAt as string),
            ]),
          }}
        />
      )}
    </Panel>
  );
}

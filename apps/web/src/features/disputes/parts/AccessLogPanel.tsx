import { Paper, Table, Text, Title } from '@mantine/core';
import { HeadedTable } from '../../../ui/HeadedTable';
import { useQuery } from 'urql';
import { useI18n } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../ui/ApiErrorAlert';
import { DisputeAccessLogQuery } from '../dispute.operations';
import { useDisputeScope } from '../DisputeContext';

/** Who read the consumer's dispute or downloaded its files (the consumer's side only). */
export function AccessLogPanel() {
  const { dispute, side } = useDisputeScope();
  const { t, instant } = useI18n();
  const [log] = useQuery({ query: DisputeAccessLogQuery, variables: { id: dispute.id }, pause: side !== 'CONSUMER', requestPolicy: 'network-only' });
  if (side !== 'CONSUMER') return null;
  const entries = log.data?.disputeAccessLog ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="access-log-title">
      <Title order={2} size="h4" id="access-log-title" mb="xs">
        {t('accessLog.title')}
      </Title>
      <Text size="sm" mb="xs">
        {t('accessLog.lead')}
      </Text>
      <ApiErrorAlert error={log.error} />
      {entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('accessLog.empty')}
        </Text>
      ) : (
        <HeadedTable headers={[t('accessLog.when'), t('accessLog.who'), t('accessLog.what')]} caption={t('accessLog.table')} captionHidden minWidth={360} data-testid="access-log">
          {entries.map((entry, i) => (
            <Table.Tr key={i}>
              <Table.Td>{instant(String(entry.at))}</Table.Td>
              <Table.Td>{t('nav.signedInAs', { name: entry.name ?? t('accessLog.gone'), role: t(`role.${entry.role}`) })}</Table.Td>
              <Table.Td>{entry.fileName ? `${entry.what} (${entry.fileName})` : entry.what}</Table.Td>
            </Table.Tr>
          ))}
        </HeadedTable>
      )}
    </Paper>
  );
}

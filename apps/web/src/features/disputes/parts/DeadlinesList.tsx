import { List, Text } from '@mantine/core';
import { useI18n } from '../../../i18n/I18nProvider';
import { DueDate } from '../../../ui/DueDate';
import { useDisputeScope } from '../DisputeContext';
import { Panel } from '../../../ui/Panel';

export function DeadlinesList() {
  const { dispute } = useDisputeScope();
  const { t, label } = useI18n();
  const deadlines = [...dispute.deadlines].sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  return (
    <Panel title={t('dispute.deadlines')} titleId="deadlines-title">
      {deadlines.length === 0 ? (
        <Text size="sm">{t('dispute.noDeadlines')}</Text>
      ) : (
        <List spacing="xs">
          {deadlines.map((deadline) => (
            <List.Item key={`${deadline.kind}-${deadline.offerId ?? ''}`}>
              <DueDate kind={deadline.kind} dueAt={deadline.dueAt} dueOn={deadline.dueOn} />
              <Text size="xs" c="dimmed">
                {t('dispute.owedBy', { who: label('owedBy', deadline.owedBy) })}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Panel>
  );
}

import { Text, Timeline } from '@mantine/core';
import { useI18n } from '../../../i18n/I18nProvider';
import { useDisputeScope } from '../DisputeContext';
import { Panel } from '../../../ui/Panel';

/** Every event of the dispute, oldest first: a heading in the reader's language, the record's words below. */
export function TimelineList() {
  const { dispute } = useDisputeScope();
  const { t, label, instant } = useI18n();
  return (
    <Panel title={t('dispute.timeline')} titleId="timeline-title" framed={false} gap="sm">
      <Timeline active={dispute.timeline.length - 1} bulletSize={14} lineWidth={2}>
        {dispute.timeline.map((entry) => (
          <Timeline.Item key={entry.version} title={label('event', entry.type)}>
            <Text size="sm">{entry.text}</Text>
            <Text size="xs" c="dimmed">
              <time dateTime={entry.at}>{instant(entry.at)}</time>
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Panel>
  );
}

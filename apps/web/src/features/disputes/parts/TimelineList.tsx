import { Text, Timeline, Title } from '@mantine/core';
import { useI18n } from '../../../i18n/I18nProvider';
import { useDisputeScope } from '../DisputeContext';

/** Every event of the dispute, oldest first: a heading in the reader's language, the record's words below. */
export function TimelineList() {
  const { dispute } = useDisputeScope();
  const { t, label, instant } = useI18n();
  return (
    <section aria-labelledby="timeline-title">
      <Title order={2} size="h4" id="timeline-title" mb="sm">
        {t('dispute.timeline')}
      </Title>
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
    </section>
  );
}

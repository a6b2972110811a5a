import type { ReactNode } from 'react';
import { Text, Timeline } from '@mantine/core';
import { useI18n } from '../../../i18n/I18nProvider';
import { useDisputeScope } from '../DisputeContext';
import { Panel } from '../../../ui/Panel';
import { writtenIn } from '../../../ui/written-in';

/** A sentence in the reader's language with the people's own words it quotes marked with their author's language. */
function Quoting({ text, quoted, language }: { text: string; quoted: readonly string[]; language: string | null | undefined }) {
  if (!language || quoted.length === 0) return <>{text}</>;
  const parts: ReactNode[] = [];
  let rest = text;
  for (const words of quoted) {
    const at = rest.indexOf(words);
    if (at < 0) continue;
    parts.push(rest.slice(0, at), <span key={parts.length} {...writtenIn(language)}>{words}</span>);
    rest = rest.slice(at + words.length);
  }
  parts.push(rest);
  return <>{parts}</>;
}

/** Every event of the dispute, oldest first: a heading in the reader's language, the record's words below. */
export function TimelineList() {
  const { dispute } = useDisputeScope();
  const { t, label, instant } = useI18n();
  return (
    <Panel title={t('dispute.timeline')} titleId="timeline-title" framed={false} gap="sm">
      <Timeline active={dispute.timeline.length - 1} bulletSize={14} lineWidth={2}>
        {dispute.timeline.map((entry) => (
          <Timeline.Item key={entry.version} title={label('event', entry.type)}>
            <Text size="sm">
              <Quoting text={entry.text} quoted={entry.quoted} language={entry.quotedLanguage} />
            </Text>
            <Text size="xs" c="dimmed">
              <time dateTime={entry.at}>{instant(entry.at)}</time>
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Panel>
  );
}

import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useI18n } from '../../../i18n/I18nProvider';
import { useDisputeScope } from '../DisputeContext';
import { Panel } from '../../../ui/Panel';
import { writtenIn } from '../../../ui/written-in';

export function MessagesList() {
  const { dispute } = useDisputeScope();
  const { t, label, instant } = useI18n();
  if (dispute.messages.length === 0) return null;
  return (
    <Panel title={t('dispute.messages')} titleId="messages-title" framed={false} gap="sm">
      <Stack gap="xs">
        {dispute.messages.map((message) => (
          <Paper key={message.id} withBorder p="sm">
            <Group gap="xs" justify="space-between">
              <Text size="xs" c="dimmed">
                {instant(message.at)}
                {message.onBehalfOf && ` · ${t('dispute.onBehalfOf')}`}
              </Text>
              {message.visibility !== 'ALL' && (
                <Badge size="xs" color="gray" variant="filled">
                  {label('visibility', message.visibility)}
                </Badge>
              )}
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} {...writtenIn(message.language)}>
              {message.body}
            </Text>
          </Paper>
        ))}
      </Stack>
    </Panel>
  );
}

import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useI18n } from '../../../i18n/I18nProvider';
import { useDisputeScope } from '../DisputeContext';

export function MessagesList() {
  const { dispute } = useDisputeScope();
  const { t, label, instant } = useI18n();
  if (dispute.messages.length === 0) return null;
  return (
    <section aria-labelledby="messages-title">
      <Title order={2} size="h4" id="messages-title" mb="sm">
        {t('dispute.messages')}
      </Title>
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
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {message.body}
            </Text>
          </Paper>
        ))}
      </Stack>
    </section>
  );
}

import { List, Text } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider';

interface Channels {
  email: string | null;
  hotline: string | null;
  chat: string | null;
  servicePoints: string[];
}

export function SupportChannels({ channels }: { channels: Channels }) {
  const { t } = useI18n();
  const lines = [
    channels.email && `${t('merchant.email')}${t('common.colon')} ${channels.email}`,
    channels.hotline && `${t('merchant.hotline')}${t('common.colon')} ${channels.hotline}`,
    channels.chat && `${t('merchant.chat')}${t('common.colon')} ${channels.chat}`,
    channels.servicePoints.length > 0 && `${t('merchant.servicePoints')}${t('common.colon')} ${channels.servicePoints.join(', ')}`,
  ].filter((line): line is string => !!line);
  if (lines.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('merchant.noChannels')}
      </Text>
    );
  return (
    <List size="sm" mt="xs">
      {lines.map((line) => (
        <List.Item key={line}>{line}</List.Item>
      ))}
    </List>
  );
}

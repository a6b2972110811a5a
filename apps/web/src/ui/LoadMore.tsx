import { Button, Group, Text } from '@mantine/core';
import { useI18n } from '../i18n/I18nProvider';

export function LoadMore({ shown, total, hasNextPage, onMore, fetching }: { shown: number; total: number; hasNextPage: boolean; onMore(): void; fetching: boolean }) {
  const { t } = useI18n();
  return (
    <Group justify="space-between">
      <Text size="sm">{t('list.count', { shown, total })}</Text>
      {hasNextPage && (
        <Button variant="default" onClick={onMore} loading={fetching}>
          {t('list.more')}
        </Button>
      )}
    </Group>
  );
}

import { Badge, Group, Text } from '@mantine/core';
import { daysUntil } from '../i18n/format';
import { useI18n } from '../i18n/I18nProvider';

/** A deadline: what it is, its date, and whether it has passed. */
export function DueDate({ kind, dueAt, overdue }: { kind?: string | null; dueAt: string | null | undefined; overdue?: boolean }) {
  const { t, label, lastDayBefore } = useI18n();
  if (!dueAt) return <Text size="sm">—</Text>;
  const late = overdue ?? daysUntil(dueAt) <= 0;
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm">
        {kind ? `${label('deadline', kind)} · ` : ''}
        <time dateTime={dueAt}>{t('deadline.by', { date: lastDayBefore(dueAt) })}</time>
      </Text>
      {late && (
        <Badge color="red" variant="filled" size="sm">
          {t('deadline.overdue')}
        </Badge>
      )}
    </Group>
  );
}

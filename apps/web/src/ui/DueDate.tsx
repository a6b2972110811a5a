import { Badge, Group, Text } from '@mantine/core';
import { daysUntil, legalLastDay } from '../i18n/format';
import { useI18n } from '../i18n/I18nProvider';

/**
 * A deadline: what it is, its legal last day, and whether it has passed. The day shown is `dueOn`
 * when the query has it, otherwise the Paris day before the one `dueAt` (midnight in Paris after
 * the last day) falls on: never a day read in the reader's time zone.
 */
export function DueDate({ kind, dueAt, dueOn, overdue }: { kind?: string | null; dueAt: string | null | undefined; dueOn?: string | null; overdue?: boolean }) {
  const { t, label, lastDayBefore } = useI18n();
  if (!dueAt) return <Text size="sm">—</Text>;
  const late = overdue ?? daysUntil(dueAt) <= 0;
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm">
        {kind ? `${label('deadline', kind)} · ` : ''}
        <time dateTime={legalLastDay(dueAt, dueOn) ?? dueAt}>{t('deadline.by', { date: lastDayBefore(dueAt, dueOn) })}</time>
      </Text>
      {late && (
        <Badge color="red" variant="filled" size="sm">
          {t('deadline.overdue')}
        </Badge>
      )}
    </Group>
  );
}

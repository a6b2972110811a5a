import { Badge } from '@mantine/core';
import { useI18n } from '../i18n/I18nProvider';

const COLOR: Record<string, string> = {
  AWAITING_MERCHANT: 'blue',
  AWAITING_CONSUMER: 'violet',
  ESCALATED: 'yellow',
  REJECTED: 'red',
  MEDIATION_REQUESTED: 'cyan',
  IN_MEDIATION: 'cyan',
  AGREED: 'teal',
  RESOLVED: 'teal',
  UNRESOLVED: 'red',
  WITHDRAWN: 'gray',
};

export function StatusBadge({ status }: { status: string }) {
  const { label } = useI18n();
  return (
    <Badge color={COLOR[status] ?? 'gray'} variant="filled" tt="none" style={{ flex: 'none', maxWidth: 'none' }}>
      {label('status', status)}
    </Badge>
  );
}

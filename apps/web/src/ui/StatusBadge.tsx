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
    // The whole status, on two lines where the column is narrow: Mantine cuts a badge's label with an
    // ellipsis, and a list column showed « Rés… » for « Résolu ».
    <Badge
      color={COLOR[status] ?? 'gray'}
      variant="filled"
      tt="none"
      style={{ flex: 'none', maxWidth: 'none' }}
      styles={{ root: { height: 'auto', minHeight: 'var(--badge-height)', paddingBlock: 2 }, label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip', lineHeight: 1.3 } }}
    >
      {label('status', status)}
    </Badge>
  );
}

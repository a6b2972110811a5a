import { NativeSelect } from '@mantine/core';
import type { DisputeStatus } from '../graphql/generated/graphql';
import { useI18n } from '../i18n/I18nProvider';

const STATUSES: DisputeStatus[] = ['AWAITING_MERCHANT', 'AWAITING_CONSUMER', 'ESCALATED', 'REJECTED', 'MEDIATION_REQUESTED', 'IN_MEDIATION', 'AGREED', 'RESOLVED', 'UNRESOLVED', 'WITHDRAWN'];

export function StatusFilter({ value, onChange }: { value: DisputeStatus | null; onChange(status: DisputeStatus | null): void }) {
  const { t, label } = useI18n();
  return (
    <NativeSelect
      label={t('list.status')}
      value={value ?? ''}
      onChange={(e) => onChange((e.currentTarget.value || null) as DisputeStatus | null)}
      data={[{ value: '', label: t('list.allStatuses') }, ...STATUSES.map((status) => ({ value: status, label: label('status', status) }))]}
    />
  );
}

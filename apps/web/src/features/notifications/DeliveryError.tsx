import { Code, Text } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider';
import { deliveryErrorKey, deliveryErrorStatus } from './delivery-error';

/** Why a delivery failed, in the reader's language; the transport's own (English) text only under "Technical detail". */
export function DeliveryError({ raw }: { raw: string | null | undefined }) {
  const { t } = useI18n();
  if (!raw) return <>—</>;
  return (
    <details>
      <summary>{t(deliveryErrorKey(raw), { status: deliveryErrorStatus(raw) })}</summary>
      <Text size="xs" c="dimmed">
        {t('delivery.error.detail')}
        {t('common.colon')}{' '}
        <Code lang="en" style={{ wordBreak: 'break-all' }}>
          {raw}
        </Code>
      </Text>
    </details>
  );
}

import { Alert } from '@mantine/core';
import { useI18n } from '../../../i18n/I18nProvider';
import { useDisputeScope } from '../DisputeContext';

/** Where the dispute stands with retention: kept for litigation (with its reason, for the admin alone), to be erased soon, or erased. */
export function RetentionPanel() {
  const { dispute } = useDisputeScope();
  const { t, day } = useI18n();
  if (dispute.erasedAt) return <Alert color="gray" title={t('retention.erased')} data-testid="retention-erased">{t('retention.erasedBody', { at: day(dispute.erasedAt) })}</Alert>;
  if (dispute.legalHold) {
    return (
      <Alert color="blue" title={t('retention.held')} data-testid="retention-held">
        {t('retention.heldBody', { at: day(dispute.legalHold.placedAt) })} {dispute.legalHold.reason}
      </Alert>
    );
  }
  if (dispute.erasesAt) return <Alert color="orange" title={t('retention.erasing')} data-testid="retention-erasing">{t('retention.erasingBody', { at: day(dispute.erasesAt) })}</Alert>;
  return null;
}

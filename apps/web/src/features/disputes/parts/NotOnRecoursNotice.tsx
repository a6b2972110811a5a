import { Alert, Anchor, Text } from '@mantine/core';
import { useI18n } from '../../../i18n/I18nProvider';
import { useDisputeScope } from '../DisputeContext';

/**
 * To the consumer, while nobody acts on recours for the company she claims against (she invited
 * it): its deadlines run all the same, and the formal notice she can print and send herself is
 * how the company hears of her claim meanwhile.
 */
export function NotOnRecoursNotice() {
  const { dispute, side } = useDisputeScope();
  const { t } = useI18n();
  if (side !== 'CONSUMER' || !dispute.merchant || dispute.merchant.onRecours) return null;
  return (
    <Alert color="yellow" title={t('dispute.notOnRecours.title', { name: dispute.merchant.name })} data-testid="not-on-recours">
      <Text size="sm">{t('dispute.notOnRecours.body', { name: dispute.merchant.name })}</Text>
      <Anchor href="#documents-title" size="sm">
        {t('dispute.notOnRecours.toNotice')}
      </Anchor>
    </Alert>
  );
}

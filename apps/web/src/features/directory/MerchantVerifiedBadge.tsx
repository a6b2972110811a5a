import { Badge, Tooltip } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * Says whether a merchant is verified (an address at its own domain confirmed by e-mail) and
 * by which domain: a look-alike that is not verified shows as such beside the real one. A
 * company a consumer invited, which nobody acts for yet, shows as not yet on recours.
 */
export function MerchantVerifiedBadge({ merchant }: { merchant: { verified: boolean; verifiedDomain?: string | null; onRecours?: boolean } }) {
  const { t } = useI18n();
  if (merchant.onRecours === false) {
    return (
      <Tooltip label={t('merchant.notOnRecoursHint')} multiline w={280}>
        <Badge color="gray" variant="light">
          {t('merchant.notOnRecours')}
        </Badge>
      </Tooltip>
    );
  }
  return merchant.verified ? (
    <Tooltip label={t('merchant.verifiedHint', { domain: merchant.verifiedDomain ?? '' })} multiline w={280}>
      <Badge color="teal" variant="light">
        {t('merchant.verified', { domain: merchant.verifiedDomain ?? '' })}
      </Badge>
    </Tooltip>
  ) : (
    <Tooltip label={t('merchant.unverifiedHint')} multiline w={280}>
      <Badge color="orange" variant="light">
        {t('merchant.unverified')}
      </Badge>
    </Tooltip>
  );
}

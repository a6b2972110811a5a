import { Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { PageTitle } from '../../ui/PageTitle';
import { MerchantQuery } from './directory.operations';
import { Scorecard } from './Scorecard';
import { MerchantVerifiedBadge } from './MerchantVerifiedBadge';
import { SupportChannels } from './SupportChannels';

/** A merchant's public page: how to reach its after-sales service and how it handles claims. */
export function MerchantPublicPage() {
  const { t } = useI18n();
  const { merchantId = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: MerchantQuery, variables: { id: merchantId } });
  const merchant = data?.merchant;
  return (
    <Stack maw={960}>
      <PageTitle>{merchant?.name ?? t('directory.merchant')}</PageTitle>
      <ApiErrorAlert error={error} />
      {fetching && !data && <Loader aria-label={t('common.loading')} />}
      {data && !merchant && <Text>{t('directory.unknownMerchant')}</Text>}
      {merchant && <MerchantVerifiedBadge merchant={merchant} />}
      {merchant && (
        <Paper withBorder p="md">
          <Title order={2} size="h4">
            {t('merchant.supportChannels')}
          </Title>
          <SupportChannels channels={merchant.supportChannels} />
        </Paper>
      )}
      {merchant && <Scorecard merchantId={merchant.id} />}
    </Stack>
  );
}

import { Anchor, Card, Loader, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { PageTitle } from '../../ui/PageTitle';
import { MerchantDirectoryQuery } from './directory.operations';
import { MerchantVerifiedBadge } from './MerchantVerifiedBadge';
import { SupportChannels } from './SupportChannels';

/** The public directory: every merchant on recours, its support channels and its scorecard. */
export function MerchantDirectoryPage() {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [{ data, fetching, error }] = useQuery({ query: MerchantDirectoryQuery, variables: { search: debounced || null, first: 100 } });

  return (
    <Stack maw={960}>
      <PageTitle>{t('directory.title')}</PageTitle>
      <TextInput type="search" label={t('directory.search')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
      <ApiErrorAlert error={error} />
      {fetching && !data && <Loader aria-label={t('common.loading')} />}
      {data && data.merchants.length === 0 && <Text>{t('directory.none')}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {data?.merchants.map((merchant) => (
          <Card key={merchant.id} withBorder>
            <Anchor component={Link} to={`/merchants/${merchant.id}`} fw={700}>
              {merchant.name}
            </Anchor>
            <MerchantVerifiedBadge merchant={merchant} />
            <SupportChannels channels={merchant.supportChannels} />
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

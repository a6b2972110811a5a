import { Alert, Loader, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../ui/ApiErrorAlert';
import { MerchantDirectoryQuery } from '../../directory/directory.operations';
import { MerchantVerifiedBadge } from '../../directory/MerchantVerifiedBadge';
import type { StepProps } from './step-props';

export function MerchantStep({ draft, update, errors }: StepProps) {
  const { t } = useI18n();
  const [search, setSearch] = useState(draft.merchant?.name ?? '');
  const [debounced] = useDebouncedValue(search, 250);
  const [{ data, fetching, error }] = useQuery({ query: MerchantDirectoryQuery, variables: { search: debounced || null, first: 20 } });

  return (
    <Stack>
      <TextInput type="search" label={t('claim.merchant.search')} description={t('claim.merchant.searchHint')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
      <ApiErrorAlert error={error} />
      {fetching && !data && <Loader size="sm" aria-label={t('common.loading')} />}
      {data && data.merchants.length === 0 && <Text>{t('directory.none')}</Text>}
      <Radio.Group
        label={t('claim.merchant.choose')}
        value={draft.merchant?.id ?? null}
        error={errors.merchantId}
        onChange={(id) => {
          const chosen = data?.merchants.find((m) => m.id === id);
          if (chosen) update((d) => ({ ...d, merchant: { id: chosen.id, name: chosen.name, verified: chosen.verified } }));
        }}
      >
        <Stack gap="xs" mt="xs">
          {data?.merchants.map((merchant) => (
            <Radio
              key={merchant.id}
              value={merchant.id}
              label={
                <>
                  {merchant.name} <MerchantVerifiedBadge merchant={merchant} />
                </>
              }
            />
          ))}
        </Stack>
      </Radio.Group>
      {draft.merchant && (
        <Alert color="blue" variant="light">
          {t('claim.merchant.chosen', { name: draft.merchant.name })}
          {draft.merchant.verified === false && ` ${t('claim.merchant.unverified')}`}
        </Alert>
      )}
    </Stack>
  );
}

import { Alert, Button, Loader, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../ui/ApiErrorAlert';
import { MerchantDirectoryQuery } from '../../directory/directory.operations';
import { MerchantVerifiedBadge } from '../../directory/MerchantVerifiedBadge';
import { InviteMerchantForm } from '../InviteMerchantForm';
import type { StepProps } from './step-props';

export function MerchantStep({ draft, update, errors }: StepProps) {
  const { t } = useI18n();
  const [search, setSearch] = useState(draft.merchant?.name ?? '');
  const [inviting, setInviting] = useState(false);
  const [debounced] = useDebouncedValue(search, 250);
  const [{ data, fetching, error }] = useQuery({ query: MerchantDirectoryQuery, variables: { search: debounced || null, first: 20 } });
  // The merchant she invited may not be among those listed for her search: it stays a choice.
  const listed = data?.merchants ?? [];
  const shown = draft.merchant && !listed.some((m) => m.id === draft.merchant!.id) ? [...listed, { ...draft.merchant, verified: draft.merchant.verified ?? false }] : listed;

  return (
    <Stack>
      <TextInput type="search" label={t('claim.merchant.search')} description={t('claim.merchant.searchHint')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
      <ApiErrorAlert error={error} />
      {fetching && !data && <Loader size="sm" aria-label={t('common.loading')} />}
      {data && shown.length === 0 && <Text>{t('directory.none')}</Text>}
      <Radio.Group
        label={t('claim.merchant.choose')}
        value={draft.merchant?.id ?? null}
        error={errors.merchantId}
        onChange={(id) => {
          const chosen = listed.find((m) => m.id === id);
          if (chosen) update((d) => ({ ...d, merchant: { id: chosen.id, name: chosen.name, verified: chosen.verified, onRecours: chosen.onRecours } }));
        }}
      >
        <Stack gap="xs" mt="xs">
          {shown.map((merchant) => (
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
      {inviting ? (
        <InviteMerchantForm
          initialName={search}
          onCancel={() => setInviting(false)}
          onInvited={(merchant) => {
            setInviting(false);
            setSearch(merchant.name);
            update((d) => ({ ...d, merchant }));
          }}
        />
      ) : (
        <div>
          <Button variant="light" onClick={() => setInviting(true)}>
            {t('claim.invite.open')}
          </Button>
        </div>
      )}
      {draft.merchant && (
        <Alert color="blue" variant="light">
          {t('claim.merchant.chosen', { name: draft.merchant.name })}
          {draft.merchant.onRecours === false
            ? ` ${t('claim.merchant.notOnRecours')}`
            : draft.merchant.verified === false && ` ${t('claim.merchant.unverified')}`}
        </Alert>
      )}
    </Stack>
  );
}

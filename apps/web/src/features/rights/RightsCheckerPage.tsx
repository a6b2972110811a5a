import { Checkbox, Grid, NativeSelect, Paper, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { countryOptions } from '../../ui/countries';
import { PageTitle } from '../../ui/PageTitle';
import { RightsAssessmentPanel } from './RightsAssessmentPanel';
import type { RightsFacts } from './rights-facts';
import { useRightsAssessment } from './useRightsAssessment';

const EMPTY: RightsFacts = {
  country: 'FR',
  condition: 'NEW',
  purchasedOn: '',
  deliveredOn: '',
  defectNoticedOn: '',
  priceAmount: '',
  currency: 'EUR',
  commercialWarrantyMonths: '',
  writtenComplaintOn: '',
  seriousDefect: false,
  remedyRefused: false,
  defectReappeared: false,
};

/** Public, no account: what the law gives on the facts alone, updated as the facts are typed. */
export function RightsCheckerPage() {
  const { t, locale } = useI18n();
  const [facts, setFacts] = useState<RightsFacts>(EMPTY);
  const set = <K extends keyof RightsFacts>(key: K, value: RightsFacts[K]) => setFacts((current) => ({ ...current, [key]: value }));
  const { assessment, error, fetching } = useRightsAssessment(facts);

  return (
    <Stack maw={1100}>
      <PageTitle>{t('rights.title')}</PageTitle>
      <Text>{t('rights.lead')}</Text>
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Paper withBorder p="md">
            <Stack component="form" aria-label={t('rights.facts')} onSubmit={(e) => e.preventDefault()}>
              <NativeSelect label={t('claim.country')} value={facts.country} onChange={(e) => set('country', e.currentTarget.value)} data={countryOptions(locale)} />
              <div>
                <Text size="sm" fw={500} id="rights-condition" mb={4}>
                  {t('claim.condition')}
                </Text>
                <SegmentedControl
                  aria-labelledby="rights-condition"
                  value={facts.condition}
                  onChange={(value) => set('condition', value as RightsFacts['condition'])}
                  data={[
                    { value: 'NEW', label: t('condition.NEW') },
                    { value: 'USED', label: t('condition.USED') },
                  ]}
                />
              </div>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput type="date" label={t('claim.purchasedOn')} required value={facts.purchasedOn} onChange={(e) => set('purchasedOn', e.currentTarget.value)} />
                <TextInput type="date" label={t('claim.deliveredOn')} required value={facts.deliveredOn} onChange={(e) => set('deliveredOn', e.currentTarget.value)} />
                <TextInput type="date" label={t('claim.firstNoticedOn')} value={facts.defectNoticedOn} onChange={(e) => set('defectNoticedOn', e.currentTarget.value)} />
                <TextInput type="date" label={t('claim.writtenComplaintOn')} value={facts.writtenComplaintOn} onChange={(e) => set('writtenComplaintOn', e.currentTarget.value)} />
                <TextInput label={t('claim.price')} inputMode="decimal" required placeholder="449.00" value={facts.priceAmount} onChange={(e) => set('priceAmount', e.currentTarget.value)} />
                <TextInput label={t('claim.commercialWarrantyMonths')} inputMode="numeric" value={facts.commercialWarrantyMonths} onChange={(e) => set('commercialWarrantyMonths', e.currentTarget.value)} />
              </SimpleGrid>
              <Checkbox label={t('rights.seriousDefect')} checked={facts.seriousDefect} onChange={(e) => set('seriousDefect', e.currentTarget.checked)} />
              <Checkbox label={t('rights.remedyRefused')} checked={facts.remedyRefused} onChange={(e) => set('remedyRefused', e.currentTarget.checked)} />
              <Checkbox label={t('rights.defectReappeared')} checked={facts.defectReappeared} onChange={(e) => set('defectReappeared', e.currentTarget.checked)} />
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <RightsAssessmentPanel assessment={assessment} error={error} fetching={fetching} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

import { Checkbox, Grid, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { describeError } from '../../api/errors';
import { amountExample } from '../../i18n/amount';
import { useI18n } from '../../i18n/I18nProvider';
import { countryOptions } from '../../ui/countries';
import { DayInput } from '../../ui/DayInput';
import { ConditionChoice } from '../../ui/ConditionChoice';
import { PageTitle } from '../../ui/PageTitle';
import { PostcodeInput } from '../../ui/PostcodeInput';
import { RightsAssessmentPanel } from './RightsAssessmentPanel';
import { checkRightsFacts, emptyRightsFacts, type RightsFacts } from './rights-facts';
import { useRightsAssessment } from './useRightsAssessment';


/** The engine's field names (in a refusal's path) and the fact each is typed in. */
const FACT_OF_FIELD: Record<string, keyof RightsFacts> = {
  purchasedOn: 'purchasedOn',
  deliveredOn: 'deliveredOn',
  defectNoticedOn: 'defectNoticedOn',
  writtenComplaintOn: 'writtenComplaintOn',
  'price.amount': 'priceAmount',
  commercialWarrantyMonths: 'commercialWarrantyMonths',
  consumerPostcode: 'consumerPostcode',
  defectReappeared: 'defectReappeared',
  'repairs.0.requestedOn': 'repairRequestedOn',
  'repairs.0.completedOn': 'repairCompletedOn',
};

/** Public, no account: what the law gives on the facts alone, updated as the facts are typed; what is wrong, said next to it. */
export function RightsCheckerPage() {
  const { t, locale, day } = useI18n();
  const [facts, setFacts] = useState<RightsFacts>(emptyRightsFacts);
  const set = <K extends keyof RightsFacts>(key: K, value: RightsFacts[K]) => setFacts((current) => ({ ...current, [key]: value }));
  const { assessment, error, fetching } = useRightsAssessment(facts);
  const problems = useMemo(() => checkRightsFacts(facts), [facts]);
  // A refusal the checks above did not foresee still lands next to its field, in the reader's words.
  const refused = describeError(error);
  const refusedFacts = new Set(Object.keys(refused?.fields ?? {}).map((field) => FACT_OF_FIELD[field]).filter(Boolean));
  const errorOf = (key: keyof RightsFacts): string | undefined => {
    const problem = problems[key];
    if (problem) return t(problem.key, { ...problem.values, ...(problem.values?.date ? { date: day(problem.values.date) } : {}), example: amountExample(locale) });
    return refusedFacts.has(key) ? t('rights.refused') : undefined;
  };
  const wrong = Object.keys(problems).length > 0 || refusedFacts.size > 0;
  const dayInput = (key: 'purchasedOn' | 'deliveredOn' | 'defectNoticedOn' | 'writtenComplaintOn' | 'repairRequestedOn' | 'repairCompletedOn', label: string, required = false) => (
    <DayInput label={label} required={required} value={facts[key] ?? ''} onChange={(value) => set(key, value)} error={errorOf(key)} />
  );

  return (
    <Stack maw={1100}>
      <PageTitle>{t('rights.title')}</PageTitle>
      <Text>{t('rights.lead')}</Text>
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Paper withBorder p="md">
            {/* Checked as it is typed (rights-facts.ts), in the page's language: never the browser's bubbles. */}
            <form noValidate aria-label={t('rights.facts')} onSubmit={(e) => e.preventDefault()}>
              <Stack>
                <NativeSelect label={t('claim.country')} value={facts.country} onChange={(e) => set('country', e.currentTarget.value)} data={countryOptions(locale)} />
                <PostcodeInput description={t('rights.consumerPostcodeHint')} value={facts.consumerPostcode} onChange={(value) => set('consumerPostcode', value)} error={errorOf('consumerPostcode')} />
                <ConditionChoice value={facts.condition} onChange={(value) => set('condition', value)} />
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  {dayInput('purchasedOn', t('claim.purchasedOn'), true)}
                  {dayInput('deliveredOn', t('claim.deliveredOn'), true)}
                  {dayInput('defectNoticedOn', t('claim.firstNoticedOn'))}
                  {dayInput('writtenComplaintOn', t('claim.writtenComplaintOn'))}
                  <TextInput
                    label={t('claim.price')}
                    inputMode="decimal"
                    required
                    placeholder={amountExample(locale)}
                    value={facts.priceAmount}
                    onChange={(e) => set('priceAmount', e.currentTarget.value)}
                    error={errorOf('priceAmount')}
                  />
                  <TextInput
                    label={t('claim.commercialWarrantyMonths')}
                    inputMode="numeric"
                    value={facts.commercialWarrantyMonths}
                    onChange={(e) => set('commercialWarrantyMonths', e.currentTarget.value)}
                    error={errorOf('commercialWarrantyMonths')}
                  />
                </SimpleGrid>
                <Checkbox label={t('rights.seriousDefect')} checked={facts.seriousDefect} onChange={(e) => set('seriousDefect', e.currentTarget.checked)} />
                <Checkbox label={t('rights.remedyRefused')} checked={facts.remedyRefused} onChange={(e) => set('remedyRefused', e.currentTarget.checked)} />
                <Checkbox label={t('rights.defectReappeared')} checked={facts.defectReappeared} onChange={(e) => set('defectReappeared', e.currentTarget.checked)} error={errorOf('defectReappeared')} />
                {facts.defectReappeared && (
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    {dayInput('repairRequestedOn', t('rights.repairRequestedOn'), true)}
                    {dayInput('repairCompletedOn', t('rights.repairCompletedOn'), true)}
                  </SimpleGrid>
                )}
              </Stack>
            </form>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <RightsAssessmentPanel
            assessment={wrong ? undefined : assessment}
            error={refused?.code === 'BAD_USER_INPUT' ? undefined : error}
            fetching={fetching}
            placeholder={wrong ? t('rights.fixFacts') : refused?.code === 'BAD_USER_INPUT' ? t('rights.refused') : undefined}
          />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

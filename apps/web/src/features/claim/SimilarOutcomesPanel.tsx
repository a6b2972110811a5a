import { List, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import type { OutcomeFiguresFieldsFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { SimilarOutcomesQuery } from './similar-outcomes.operations';

/** The category as typed settles for a moment before it is asked about: no query per keystroke. */
function useSettled(value: string, delayMs = 500): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

function Figures({ title, figures }: { title: string; figures: OutcomeFiguresFieldsFragment }) {
  const { t, label, percent } = useI18n();
  return (
    <Stack gap={4}>
      <Title order={4} size="sm">
        {title}
      </Title>
      {figures.enough && figures.outcomes && (
        <List size="sm" spacing={2}>
          {figures.outcomes.map((row) => (
            <List.Item key={`${row.outcome}-${row.remedy ?? ''}`}>
              {t('similar.outcome', { outcome: label('status', row.outcome), remedy: row.remedy ? ` (${label('remedy', row.remedy)})` : '', share: percent(row.share) })}
            </List.Item>
          ))}
          {figures.settledWithoutMediationShare !== null && <List.Item>{t('similar.withoutMediation', { share: percent(figures.settledWithoutMediationShare) })}</List.Item>}
          {figures.medianDaysToResolution !== null && <List.Item>{t('similar.medianDays', { days: Math.round(figures.medianDaysToResolution * 10) / 10 })}</List.Item>}
        </List>
      )}
      <Text size="xs" c="dimmed">
        {figures.note}
      </Text>
    </Stack>
  );
}

/**
 * How disputes like hers ended (similarOutcomes), once she chose a merchant and typed a category:
 * with this merchant, and in the category across merchants. Anonymous figures, given by the API
 * only where at least ten disputes back them.
 */
export function SimilarOutcomesPanel({ merchant, category }: { merchant: { id: string; name: string }; category: string }) {
  const { t } = useI18n();
  const settled = useSettled(category.trim());
  const [result] = useQuery({ query: SimilarOutcomesQuery, variables: { input: { merchantId: merchant.id, category: settled } }, pause: settled === '' || settled.length > 100 });
  const answer = result.data?.similarOutcomes;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="similar-outcomes-title" data-testid="similar-outcomes">
      <Stack gap="sm">
        <Title order={3} size="h4" id="similar-outcomes-title">
          {t('similar.title')}
        </Title>
        {result.fetching && !answer && <Loader size="sm" />}
        {/* Figures are a help, not a step: a refusal here leaves the claim as it is. */}
        {result.error && !answer && <Text size="sm">{t('similar.unavailable')}</Text>}
        {answer && (
          <>
            <Figures title={t('similar.withMerchant', { merchant: merchant.name })} figures={answer.merchant} />
            <Figures title={t('similar.inCategory')} figures={answer.category} />
          </>
        )}
      </Stack>
    </Paper>
  );
}

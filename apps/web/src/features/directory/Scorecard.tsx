import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useQuery } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages/en';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { MerchantScorecardQuery } from './directory.operations';

/** How a merchant handles claims on recours, from its disputes' events. */
export function Scorecard({ merchantId }: { merchantId: string }) {
  const { t, percent, number } = useI18n();
  const [{ data, error }] = useQuery({ query: MerchantScorecardQuery, variables: { merchantId } });
  const card = data?.merchantScorecard;
  const figures: Array<[MessageKey, string]> = card
    ? [
        ['scorecard.claimsReceived', number(card.claimsReceived, 0)],
        ['scorecard.answeredWithinDeadline', percent(card.answeredInTimeShare)],
        ['scorecard.medianFirstResponse', card.medianFirstResponseHours === null ? '—' : t('scorecard.hours', { hours: number(card.medianFirstResponseHours) })],
        ['scorecard.resolutionRate', percent(card.resolutionRate)],
        ['scorecard.mediationShare', percent(card.mediationShare)],
        ['scorecard.averageRating', card.averageRating === null ? '—' : `${number(card.averageRating)} / 5 (${card.ratings})`],
      ]
    : [];
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('scorecard.title')}
      </Title>
      <ApiErrorAlert error={error} />
      <SimpleGrid cols={{ base: 2, sm: 3 }}>
        {figures.map(([label, value]) => (
          <div key={label}>
            <Text size="xl" fw={700}>
              {value}
            </Text>
            <Text size="sm">{t(label)}</Text>
          </div>
        ))}
      </SimpleGrid>
    </Paper>
  );
}

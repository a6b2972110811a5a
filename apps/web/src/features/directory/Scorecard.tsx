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
  // Each figure with what backs it: a share of two claims says less than one of two hundred.
  const figures: Array<[MessageKey, string, string | null]> = card
    ? [
        ['scorecard.claimsReceived', number(card.claimsReceived, 0), null],
        ['scorecard.answeredWithinDeadline', percent(card.answeredInTimeShare), t('scorecard.overClaims', { count: card.answeredInTimeBasis })],
        ['scorecard.medianFirstResponse', card.medianFirstResponseHours === null ? '—' : t('scorecard.hours', { hours: number(card.medianFirstResponseHours) }), t('scorecard.overClaims', { count: card.firstResponseBasis })],
        ['scorecard.resolutionRate', percent(card.resolutionRate), t('scorecard.overClaims', { count: card.resolutionBasis })],
        ['scorecard.mediationShare', percent(card.mediationShare), null],
        [
          'scorecard.averageRating',
          card.averageRating === null ? '—' : `${number(card.averageRating)} / 5`,
          t('scorecard.overRatings', { count: card.ratings, aside: card.ratingsSetAside }),
        ],
      ]
    : [];
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('scorecard.title')}
      </Title>
      <ApiErrorAlert error={error} />
      <SimpleGrid cols={{ base: 2, sm: 3 }}>
        {figures.map(([label, value, basis]) => (
          <div key={label}>
            <Text size="xl" fw={700}>
              {value}
            </Text>
            <Text size="sm">{t(label)}</Text>
            {basis && (
              <Text size="xs" c="dimmed">
                {basis}
              </Text>
            )}
          </div>
        ))}
      </SimpleGrid>
    </Paper>
  );
}

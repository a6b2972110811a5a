import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useI18n } from '../../../i18n/I18nProvider';
import { AnswerOffer } from '../actions/AnswerOffer';
import { useDisputeScope } from '../DisputeContext';

const STATUS_COLOR: Record<string, string> = { LIVE: 'blue', ACCEPTED: 'teal', REJECTED: 'red', EXPIRED: 'gray', SUPERSEDED: 'gray' };

/** Offers and counter-offers, newest first; the other side's live offer can be answered here. */
export function OffersList() {
  const { dispute, side, readOnly, can } = useDisputeScope();
  const { t, label, day, money, instant } = useI18n();
  if (dispute.offers.length === 0) return null;
  const mySide = side === 'MERCHANT' ? 'MERCHANT' : 'CONSUMER';
  return (
    <section aria-labelledby="offers-title">
      <Title order={2} size="h4" id="offers-title" mb="sm">
        {t('dispute.offers')}
      </Title>
      <Stack gap="sm">
        {[...dispute.offers].reverse().map((offer) => {
          const answerable = !readOnly && offer.status === 'LIVE' && offer.by !== mySide && (can('acceptOffer') || can('rejectOffer'));
          return (
            <Paper key={offer.id} withBorder p="md" data-testid="offer">
              <Group justify="space-between" wrap="wrap">
                <Text fw={700}>
                  {offer.kind === 'PAID_REPAIR_QUOTE' ? t('offer.quote') : label('remedy', offer.remedy)}
                  {offer.amount && ` · ${money(offer.amount)}`}
                </Text>
                <Group gap="xs">
                  <Badge color="gray" variant="outline">
                    {label('side', offer.by)}
                  </Badge>
                  <Badge color={STATUS_COLOR[offer.status] ?? 'gray'} variant="filled">
                    {label('offerStatus', offer.status)}
                  </Badge>
                </Group>
              </Group>
              {offer.terms && <Text size="sm">{offer.terms}</Text>}
              <Text size="xs" c="dimmed">
                {t('offer.details', { days: offer.daysToCarryOut, expires: day(offer.expiresOn), made: instant(offer.madeAt) })}
              </Text>
              {offer.rejectionReason && (
                <Text size="sm">
                  {t('offer.rejectedBecause')} {offer.rejectionReason}
                </Text>
              )}
              {answerable && (
                <Stack mt="sm">
                  <AnswerOffer offerId={offer.id} />
                </Stack>
              )}
            </Paper>
          );
        })}
      </Stack>
    </section>
  );
}

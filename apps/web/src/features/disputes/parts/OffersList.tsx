import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useI18n } from '../../../i18n/I18nProvider';
import { AnswerOffer } from '../actions/AnswerOffer';
import { offerAfterFailedRemedy } from './offer-after-failed-remedy';
import { useDisputeScope } from '../DisputeContext';
import { Panel } from '../../../ui/Panel';
import { writtenIn } from '../../../ui/written-in';

const MEDIATION_STATUSES: string[] = ['MEDIATION_REQUESTED', 'IN_MEDIATION'];

const STATUS_COLOR: Record<string, string> = { LIVE: 'blue', ACCEPTED: 'teal', REJECTED: 'red', EXPIRED: 'gray', SUPERSEDED: 'gray' };

/** Offers and counter-offers, newest first; the other side's live offer can be answered here. */
export function OffersList() {
  const { dispute, side, readOnly, can } = useDisputeScope();
  const { t, label, day, money, instant } = useI18n();
  if (dispute.offers.length === 0) return null;
  const mySide = side === 'MERCHANT' ? 'MERCHANT' : 'CONSUMER';
  // The domain keeps an offer made before the mediation acceptable until it expires (offersOnTable in libs/disputes).
  const mediating = MEDIATION_STATUSES.includes(dispute.status);
  return (
    <Panel title={t('dispute.offers')} titleId="offers-title" framed={false} gap="sm">
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
                    {mediating && offer.status === 'LIVE' ? t('offerStatus.LIVE.mediation') : label('offerStatus', offer.status)}
                  </Badge>
                </Group>
              </Group>
              {offer.terms && <Text size="sm" {...writtenIn(offer.language)}>{offer.terms}</Text>}
              <Text size="xs" c="dimmed">
                {t('offer.details', { days: offer.daysToCarryOut, expires: day(offer.expiresOn), made: instant(offer.madeAt) })}
              </Text>
              {mediating && offer.status === 'LIVE' && (
                <Text size="sm" mt={4} data-testid="offer-during-mediation">
                  {t('offer.duringMediation', { expires: day(offer.expiresOn) })}
                </Text>
              )}
              {answerable && mySide === 'CONSUMER' && offerAfterFailedRemedy(dispute.remedyHistory, offer) && (
                <Text size="sm" mt={4} data-testid="offer-after-failed-remedy">
                  {t('offer.afterFailedRemedy')}
                </Text>
              )}
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
    </Panel>
  );
}

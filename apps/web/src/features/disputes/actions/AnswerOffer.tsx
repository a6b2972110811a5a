import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { AcceptOfferMutation, RejectOfferMutation } from '../dispute-commands.operations';
import { useDisputeScope } from '../DisputeContext';
import { ProblemAlert } from './ProblemAlert';
import { useDisputeCommand } from './useDisputeCommand';

/** Accept the other side's live offer, or reject it with a reason. */
export function AnswerOffer({ offerId }: { offerId: string }) {
  const { t } = useI18n();
  const { can } = useDisputeScope();
  const accept = useDisputeCommand(AcceptOfferMutation);
  const reject = useDisputeCommand(RejectOfferMutation);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <Stack gap="xs">
      <Group gap="xs">
        {can('acceptOffer') && (
          <Button size="sm" color="teal" loading={accept.fetching} onClick={() => void accept.run({ offerId })}>
            {t('offer.accept')}
          </Button>
        )}
        {can('rejectOffer') && !rejecting && (
          <Button size="sm" variant="default" onClick={() => setRejecting(true)}>
            {t('offer.reject')}
          </Button>
        )}
      </Group>
      {rejecting && (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            if (await reject.run({ offerId, reason })) setRejecting(false);
          }}
        >
          <Stack gap="xs">
            <Textarea label={t('offer.rejectReason')} required minLength={3} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
            <Group gap="xs">
              <Button type="submit" size="sm" color="red" loading={reject.fetching}>
                {t('offer.confirmReject')}
              </Button>
              <Button size="sm" variant="default" onClick={() => setRejecting(false)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      <ProblemAlert problem={accept.problem ?? reject.problem} />
    </Stack>
  );
}

import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { AcceptSettlementMutation, RejectSettlementMutation } from '../dispute-commands.operations';
import { useDisputeScope } from '../DisputeContext';
import { ProblemAlert } from './ProblemAlert';
import { useDisputeCommand } from './useDisputeCommand';

/** Each side accepts or rejects the mediator's proposal; agreement needs both. */
export function AnswerSettlement({ settlementId }: { settlementId: string }) {
  const { t } = useI18n();
  const { can } = useDisputeScope();
  const accept = useDisputeCommand(AcceptSettlementMutation);
  const reject = useDisputeCommand(RejectSettlementMutation);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <Stack gap="xs">
      <Group gap="xs">
        {can('acceptSettlement') && (
          <Button size="sm" color="teal" loading={accept.fetching} onClick={() => void accept.run({ settlementId })}>
            {t('settlement.accept')}
          </Button>
        )}
        {can('rejectSettlement') && !rejecting && (
          <Button size="sm" variant="default" onClick={() => setRejecting(true)}>
            {t('settlement.reject')}
          </Button>
        )}
      </Group>
      {rejecting && (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            if (await reject.run({ settlementId, reason })) setRejecting(false);
          }}
        >
          <Stack gap="xs">
            <Textarea label={t('settlement.rejectReason')} required value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
            <Group gap="xs">
              <Button type="submit" size="sm" color="red" loading={reject.fetching}>
                {t('settlement.confirmReject')}
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

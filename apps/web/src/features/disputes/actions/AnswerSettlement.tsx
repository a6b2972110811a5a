import { useI18n } from '../../../i18n/I18nProvider';
import { AcceptSettlementMutation, RejectSettlementMutation } from '../dispute-commands.operations';
import { useDisputeScope } from '../DisputeContext';
import { AnswerProposal } from './AnswerProposal';
import { boundsOf } from '../../../graphql/field-bounds';
import { useDisputeCommand } from './useDisputeCommand';

/** Each side accepts or rejects the mediator's proposal; agreement needs both. */
export function AnswerSettlement({ settlementId }: { settlementId: string }) {
  const { t } = useI18n();
  const { can } = useDisputeScope();
  return (
    <AnswerProposal
      mayAccept={can('acceptSettlement')}
      mayReject={can('rejectSettlement')}
      accept={useDisputeCommand(AcceptSettlementMutation)}
      reject={useDisputeCommand(RejectSettlementMutation)}
      acceptInput={{ settlementId }}
      rejectInput={(reason) => ({ settlementId, reason })}
      reasonBounds={boundsOf('rejectSettlement', 'reason')}
      labels={{
        accept: t('settlement.accept'),
        reject: t('settlement.reject'),
        rejectReason: t('settlement.rejectReason'),
        confirmReject: t('settlement.confirmReject'),
      }}
    />
  );
}

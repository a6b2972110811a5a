import { AcceptSettlementMutation, RejectSettlementMutation } from '../dispute-commands.operations';
import { AnswerProposal } from './AnswerProposal';
import { useDisputeCommand } from './useDisputeCommand';

/** Each side accepts or rejects the mediator's proposal; agreement needs both. */
export function AnswerSettlement({ settlementId }: { settlementId: string }) {
  const accept = useDisputeCommand(AcceptSettlementMutation);
  const reject = useDisputeCommand(RejectSettlementMutation);
  return <AnswerProposal proposal="settlement" accept={accept} reject={reject} acceptInput={{ settlementId }} rejectInput={(reason) => ({ settlementId, reason })} />;
}

import { AcceptOfferMutation, RejectOfferMutation } from '../dispute-commands.operations';
import { AnswerProposal } from './AnswerProposal';
import { useDisputeCommand } from './useDisputeCommand';

/** Accept the other side's live offer, or reject it with a reason. */
export function AnswerOffer({ offerId }: { offerId: string }) {
  const accept = useDisputeCommand(AcceptOfferMutation);
  const reject = useDisputeCommand(RejectOfferMutation);
  return <AnswerProposal proposal="offer" accept={accept} reject={reject} acceptInput={{ offerId }} rejectInput={(reason) => ({ offerId, reason })} />;
}

import { useI18n } from '../../../i18n/I18nProvider';
import { AcceptOfferMutation, RejectOfferMutation } from '../dispute-commands.operations';
import { useDisputeScope } from '../DisputeContext';
import { AnswerProposal } from './AnswerProposal';
import { boundsOf } from '../../../graphql/field-bounds';
import { useDisputeCommand } from './useDisputeCommand';

/** Accept the other side's live offer, or reject it with a reason. */
export function AnswerOffer({ offerId }: { offerId: string }) {
  const { t } = useI18n();
  const { can } = useDisputeScope();
  return (
    <AnswerProposal
      mayAccept={can('acceptOffer')}
      mayReject={can('rejectOffer')}
      accept={useDisputeCommand(AcceptOfferMutation)}
      reject={useDisputeCommand(RejectOfferMutation)}
      acceptInput={{ offerId }}
      rejectInput={(reason) => ({ offerId, reason })}
      reasonBounds={boundsOf('rejectOffer', 'reason')}
      labels={{ accept: t('offer.accept'), reject: t('offer.reject'), rejectReason: t('offer.rejectReason'), confirmReject: t('offer.confirmReject') }}
    />
  );
}

import { Accordion, Paper, Text, Title } from '@mantine/core';
import { createContext, useContext, useState, type ComponentType } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/messages/en';
import { useDisputeScope } from '../DisputeContext';
import { AcknowledgeClaimForm } from './AcknowledgeClaimForm';
import { AssignMediatorForm } from './AssignMediatorForm';
import { AttachEvidenceForm } from './AttachEvidenceForm';
import { CloseDisputeForm } from './CloseDisputeForm';
import { ConfirmRemedyForm } from './ConfirmRemedyForm';
import { DecideAdmissibilityForm } from './DecideAdmissibilityForm';
import { EscalateForm } from './EscalateForm';
import { GrantRepresentationForm } from './GrantRepresentationForm';
import { LeaveFeedbackForm } from './LeaveFeedbackForm';
import { MakeOfferForm } from './MakeOfferForm';
import { PostMessageForm } from './PostMessageForm';
import { ProposeSettlementForm } from './ProposeSettlementForm';
import { RejectClaimForm } from './RejectClaimForm';
import { RequestMediationForm } from './RequestMediationForm';
import { RevokeRepresentationForm } from './RevokeRepresentationForm';
import { WithdrawClaimForm } from './WithdrawClaimForm';

/**
 * The forms for what this viewer may do now, in the order a case usually moves; the API's
 * availableActions decides which appear. Answers to an offer or a settlement sit on the offer itself.
 */
const FORMS: Array<{ action: string; title: MessageKey; counterTitle?: MessageKey; Form: ComponentType }> = [
  { action: 'acknowledgeClaim', title: 'action.acknowledgeClaim', Form: AcknowledgeClaimForm },
  { action: 'makeOffer', title: 'action.makeOffer', counterTitle: 'action.counterOffer', Form: MakeOfferForm },
  { action: 'rejectClaim', title: 'action.rejectClaim', Form: RejectClaimForm },
  { action: 'confirmRemedy', title: 'action.confirmRemedy', Form: ConfirmRemedyForm },
  { action: 'leaveFeedback', title: 'action.leaveFeedback', Form: LeaveFeedbackForm },
  { action: 'escalate', title: 'action.escalate', Form: EscalateForm },
  { action: 'requestMediation', title: 'action.requestMediation', Form: RequestMediationForm },
  { action: 'assignMediator', title: 'action.assignMediator', Form: AssignMediatorForm },
  { action: 'decideAdmissibility', title: 'action.decideAdmissibility', Form: DecideAdmissibilityForm },
  { action: 'proposeSettlement', title: 'action.proposeSettlement', Form: ProposeSettlementForm },
  { action: 'postMessage', title: 'action.postMessage', Form: PostMessageForm },
  { action: 'attachEvidence', title: 'action.attachEvidence', Form: AttachEvidenceForm },
  { action: 'grantRepresentation', title: 'action.grantRepresentation', Form: GrantRepresentationForm },
  { action: 'revokeRepresentation', title: 'action.revokeRepresentation', Form: RevokeRepresentationForm },
  { action: 'closeDispute', title: 'action.closeDispute', Form: CloseDisputeForm },
  { action: 'withdrawClaim', title: 'action.withdrawClaim', Form: WithdrawClaimForm },
];

/** Closes the open form once its command went through: the next step is a fresh choice. */
const ActionDone = createContext<() => void>(() => undefined);
export const useActionDone = () => useContext(ActionDone);

export function ActionsPanel() {
  const { side, readOnly, can } = useDisputeScope();
  const { t } = useI18n();
  const [open, setOpen] = useState<string | null>(null);
  if (readOnly) return null;
  const forms = FORMS.filter(({ action }) => can(action));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="actions-title">
      <Title order={2} size="h4" id="actions-title" mb="xs">
        {t('dispute.actions')}
      </Title>
      {forms.length === 0 ? (
        <Text size="sm">{t('dispute.nothingToDo')}</Text>
      ) : (
        <ActionDone.Provider value={() => setOpen(null)}>
        <Accordion variant="separated" chevronPosition="left" value={open} onChange={setOpen}>
          {forms.map(({ action, title, counterTitle, Form }) => (
            <Accordion.Item key={action} value={action}>
              <Accordion.Control>{t(side !== 'MERCHANT' && counterTitle ? counterTitle : title)}</Accordion.Control>
              <Accordion.Panel>
                <Form />
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
        </ActionDone.Provider>
      )}
    </Paper>
  );
}

import { Accordion, Text } from '@mantine/core';
import { useEffect, useState, type ComponentType } from 'react';
import type { DisputeAction } from '../../../graphql/generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/messages/en';
import { DISPUTE_COMMAND_MUTATIONS } from '../dispute-commands.operations';
import { useDisputeScope } from '../DisputeContext';
import { ActionDone, ACTIONS_TITLE_ID } from './action-done';
import { AssignMediatorForm } from './AssignMediatorForm';
import { AttachEvidenceForm } from './AttachEvidenceForm';
import { CloseDisputeForm } from './CloseDisputeForm';
import { CommandForm, type DescribedAction, type FormPresentation } from './CommandForm';
import { ConfirmRemedyForm } from './ConfirmRemedyForm';
import { DecideAdmissibilityForm } from './DecideAdmissibilityForm';
import { GrantRepresentationForm, ShareForAdviceForm, StopSharingForAdviceForm } from './GrantRepresentationForm';
import { LeaveFeedbackForm } from './LeaveFeedbackForm';
import { MakeOfferForm } from './MakeOfferForm';
import { PostMessageForm } from './PostMessageForm';
import { ProposeSettlementForm } from './ProposeSettlementForm';
import { RenounceRepresentationForm } from './RenounceRepresentationForm';
import { Panel } from '../../../ui/Panel';

/** The forms laid out by hand: more than a couple of fields, or fields that depend on each other. */
const LAID_OUT: Partial<Record<DisputeAction, { Form: ComponentType; counterTitle?: MessageKey }>> = {
  makeOffer: { Form: MakeOfferForm, counterTitle: 'action.counterOffer' },
  confirmRemedy: { Form: ConfirmRemedyForm },
  decideAdmissibility: { Form: DecideAdmissibilityForm },
  // A mediator chosen from the body's by name and load: a generic form would ask for her account id.
  assignMediator: { Form: AssignMediatorForm },
  proposeSettlement: { Form: ProposeSettlementForm },
  postMessage: { Form: PostMessageForm },
  attachEvidence: { Form: AttachEvidenceForm },
  closeDispute: { Form: CloseDisputeForm },
  grantRepresentation: { Form: GrantRepresentationForm },
  shareDisputeForAdvice: { Form: ShareForAdviceForm },
  stopSharingDisputeForAdvice: { Form: StopSharingForAdviceForm },
  // The association gives up the mandate: a reason for the consumer and a confirmation, then back to its cases.
  renounceRepresentation: { Form: RenounceRepresentationForm },
  // The generic form, once her address is confirmed (a rating needs it); before, what to do first.
  leaveFeedback: { Form: LeaveFeedbackForm },
};

/** The rest are built from their description; some say a word first, or are filled in. */
const PRESENTATION: Partial<Record<DescribedAction, FormPresentation>> = {
  rejectClaim: { color: 'red' },
  withdrawClaim: { color: 'red' },
  escalate: { lead: ({ dispute }, { t, label }) => t('escalate.lead', { level: label('escalation', dispute.escalationLevel) }) },
  requestMediation: { lead: (_, { t }) => t('mediation.lead') },
  reportRemedyCarriedOut: { lead: (_, { t }) => t('remedy.reportLead') },
  extendMediation: { lead: (_, { t }) => t('mediation.extendLead') },
  revokeRepresentation: { color: 'red', lead: ({ dispute }, { t, instant }) => (dispute.mandate ? t('mandate.current', { at: instant(dispute.mandate.grantedAt) }) : null) },
};

/** The order a case usually moves in; an action not listed follows, in the order of the journey. */
const ORDER: DisputeAction[] = [
  'acknowledgeClaim',
  'makeOffer',
  'rejectClaim',
  'reportRemedyCarriedOut',
  'confirmRemedy',
  'leaveFeedback',
  'escalate',
  'requestMediation',
  'assignMediator',
  'decideAdmissibility',
  'proposeSettlement',
  'extendMediation',
  'postMessage',
  'attachEvidence',
  'recordFormalNotice',
  'grantRepresentation',
  'revokeRepresentation',
  'renounceRepresentation',
  'shareDisputeForAdvice',
  'stopSharingDisputeForAdvice',
  'closeDispute',
  'withdrawClaim',
];
/** Answers to an offer or a settlement sit on the offer itself; the merchant team's own acts on its panel (TeamPanel). */
const ELSEWHERE = new Set<DisputeAction>(['acceptOffer', 'rejectOffer', 'acceptSettlement', 'rejectSettlement', 'assignCase', 'addInternalNote']);
const ACTIONS: DisputeAction[] = [...ORDER, ...(Object.keys(DISPUTE_COMMAND_MUTATIONS) as DisputeAction[]).filter((a) => !ORDER.includes(a) && !ELSEWHERE.has(a))];

/** Mantine names each control `${accordion id}-control-${value}`. */
const ACCORDION_ID = 'dispute-actions';

/**
 * The forms for what this viewer may do now; the API's availableActions decides which appear.
 * A form closes once its command went through: the keyboard's focus, which was on its button,
 * goes back to the action's own control, or to the panel's title where the action is no longer
 * offered (it fell to the page's start, and a screen reader read from the top).
 */
export function ActionsPanel() {
  const { side, readOnly, can } = useDisputeScope();
  const { t } = useI18n();
  const [open, setOpen] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  useEffect(() => {
    if (!done) return;
    setDone(null);
    (document.getElementById(`${ACCORDION_ID}-control-${done}`) ?? document.getElementById(ACTIONS_TITLE_ID))?.focus();
  }, [done]);
  if (readOnly) return null;
  const actions = ACTIONS.filter(can);
  return (
    <Panel title={t('dispute.actions')} titleId={ACTIONS_TITLE_ID} titleFocusable>
      {actions.length === 0 ? (
        <Text size="sm">{t('dispute.nothingToDo')}</Text>
      ) : (
        <ActionDone.Provider
          value={() => {
            setDone(open);
            setOpen(null);
          }}
        >
          <Accordion id={ACCORDION_ID} variant="separated" chevronPosition="left" value={open} onChange={setOpen}>
            {actions.map((action) => {
              const laidOut = LAID_OUT[action];
              return (
                <Accordion.Item key={action} value={action}>
                  <Accordion.Control>{t(side !== 'MERCHANT' && laidOut?.counterTitle ? laidOut.counterTitle : (`action.${action}` as MessageKey))}</Accordion.Control>
                  <Accordion.Panel>{laidOut ? <laidOut.Form /> : <CommandForm action={action as DescribedAction} presentation={PRESENTATION[action as DescribedAction]} />}</Accordion.Panel>
                </Accordion.Item>
              );
            })}
          </Accordion>
        </ActionDone.Provider>
      )}
    </Panel>
  );
}

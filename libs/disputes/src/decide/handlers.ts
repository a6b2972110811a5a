import type { DisputeCommandOfType, DisputeCommandType } from '../commands/dispute-command';
import { acceptOffer } from './accept-offer';
import { acceptSettlement } from './accept-settlement';
import { acknowledgeClaim } from './acknowledge-claim';
import { assignMediator } from './assign-mediator';
import { attachEvidence } from './attach-evidence';
import { closeDispute } from './close-dispute';
import type { CommandHandler } from './command-handler';
import { confirmRemedyFulfilled } from './confirm-remedy-fulfilled';
import { decideAdmissibility } from './decide-admissibility';
import { escalateInternally } from './escalate-internally';
import { giveFeedback } from './give-feedback';
import { grantRepresentation } from './grant-representation';
import { makeOffer } from './make-offer';
import { postMessage } from './post-message';
import { proposeSettlement } from './propose-settlement';
import { recordDeadlinePassed } from './record-deadline-passed';
import { recordDeadlineReminder } from './record-deadline-reminder';
import { rejectClaim } from './reject-claim';
import { rejectOffer } from './reject-offer';
import { rejectSettlement } from './reject-settlement';
import { reportRemedyFailed } from './report-remedy-failed';
import { requestMediation } from './request-mediation';
import { revokeRepresentation } from './revoke-representation';
import { withdrawClaim } from './withdraw-claim';

export type FiledCommandType = Exclude<DisputeCommandType, 'FileClaim'>;

/** One handler per command on a filed dispute (FileClaim has no dispute yet: see file-claim.ts). */
export const HANDLERS: { [T in FiledCommandType]: CommandHandler<DisputeCommandOfType<T>> } = {
  AttachEvidence: attachEvidence,
  PostMessage: postMessage,
  AcknowledgeClaim: acknowledgeClaim,
  RejectClaim: rejectClaim,
  EscalateInternally: escalateInternally,
  MakeOffer: makeOffer,
  AcceptOffer: acceptOffer,
  RejectOffer: rejectOffer,
  RequestMediation: requestMediation,
  AssignMediator: assignMediator,
  DecideAdmissibility: decideAdmissibility,
  ProposeSettlement: proposeSettlement,
  AcceptSettlement: acceptSettlement,
  RejectSettlement: rejectSettlement,
  ConfirmRemedyFulfilled: confirmRemedyFulfilled,
  ReportRemedyFailed: reportRemedyFailed,
  GrantRepresentation: grantRepresentation,
  RevokeRepresentation: revokeRepresentation,
  WithdrawClaim: withdrawClaim,
  CloseDispute: closeDispute,
  GiveFeedback: giveFeedback,
  RecordDeadlinePassed: recordDeadlinePassed,
  RecordDeadlineReminder: recordDeadlineReminder,
};

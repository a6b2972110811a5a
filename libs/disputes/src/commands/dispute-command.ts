import type { AcknowledgeClaim, AttachEvidence, EscalateInternally, FileClaim, PostMessage, RejectClaim } from './claim-commands';
import type {
  AcceptSettlement,
  AssignMediator,
  DecideAdmissibility,
  ProposeSettlement,
  RejectSettlement,
  RequestMediation,
} from './mediation-commands';
import type { AcceptOffer, MakeOffer, RejectOffer } from './offer-commands';
import type { CloseDispute, GiveFeedback, WithdrawClaim } from './closure-commands';
import type { RecordDeadlinePassed, RecordDeadlineReminder } from './deadline-commands';
import type { GrantRepresentation, RevokeRepresentation } from './representation-commands';
import type { ConfirmRemedyFulfilled, ReportRemedyFailed } from './remedy-commands';

export type DisputeCommand =
  | FileClaim
  | AttachEvidence
  | PostMessage
  | AcknowledgeClaim
  | RejectClaim
  | EscalateInternally
  | MakeOffer
  | AcceptOffer
  | RejectOffer
  | RequestMediation
  | AssignMediator
  | DecideAdmissibility
  | ProposeSettlement
  | AcceptSettlement
  | RejectSettlement
  | ConfirmRemedyFulfilled
  | ReportRemedyFailed
  | GrantRepresentation
  | RevokeRepresentation
  | WithdrawClaim
  | CloseDispute
  | GiveFeedback
  | RecordDeadlinePassed
  | RecordDeadlineReminder;

export type DisputeCommandType = DisputeCommand['type'];
export type DisputeCommandOfType<T extends DisputeCommandType> = Extract<DisputeCommand, { type: T }>;

const COMMAND_TYPES = {
  FileClaim: true,
  AttachEvidence: true,
  PostMessage: true,
  AcknowledgeClaim: true,
  RejectClaim: true,
  EscalateInternally: true,
  MakeOffer: true,
  AcceptOffer: true,
  RejectOffer: true,
  RequestMediation: true,
  AssignMediator: true,
  DecideAdmissibility: true,
  ProposeSettlement: true,
  AcceptSettlement: true,
  RejectSettlement: true,
  ConfirmRemedyFulfilled: true,
  ReportRemedyFailed: true,
  GrantRepresentation: true,
  RevokeRepresentation: true,
  WithdrawClaim: true,
  CloseDispute: true,
  GiveFeedback: true,
  RecordDeadlinePassed: true,
  RecordDeadlineReminder: true,
} as const satisfies Record<DisputeCommandType, true>;

/** Every command type name, in the order of the journey. */
export const DISPUTE_COMMAND_TYPES = Object.keys(COMMAND_TYPES) as DisputeCommandType[];

import type { DisputeCommandType } from '@recours/disputes';

/** The GraphQL mutation that sends each command; SYSTEM-only commands have none. */
export const MUTATION_OF: Partial<Record<DisputeCommandType, string>> = {
  FileClaim: 'fileClaim',
  AttachEvidence: 'attachEvidence',
  PostMessage: 'postMessage',
  AcknowledgeClaim: 'acknowledgeClaim',
  RejectClaim: 'rejectClaim',
  EscalateInternally: 'escalate',
  MakeOffer: 'makeOffer',
  AcceptOffer: 'acceptOffer',
  RejectOffer: 'rejectOffer',
  RequestMediation: 'requestMediation',
  AssignMediator: 'assignMediator',
  DecideAdmissibility: 'decideAdmissibility',
  ProposeSettlement: 'proposeSettlement',
  AcceptSettlement: 'acceptSettlement',
  RejectSettlement: 'rejectSettlement',
  ConfirmRemedyFulfilled: 'confirmRemedy',
  ReportRemedyFailed: 'confirmRemedy',
  GrantRepresentation: 'grantRepresentation',
  RevokeRepresentation: 'revokeRepresentation',
  WithdrawClaim: 'withdrawClaim',
  CloseDispute: 'closeDispute',
  GiveFeedback: 'leaveFeedback',
};

export function mutationsOf(commands: readonly DisputeCommandType[]): string[] {
  return [...new Set(commands.map((c) => MUTATION_OF[c]).filter((m): m is string => m !== undefined))];
}

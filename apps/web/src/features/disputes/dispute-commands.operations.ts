import { graphql } from '../../graphql/generated';

// One operation per command; each answers the dispute as it now stands for this viewer.

export const AttachEvidenceMutation = graphql(`
  mutation AttachEvidence($input: AttachEvidenceInput!) {
    attachEvidence(input: $input) {
      ...DisputeView
    }
  }
`);

export const PostMessageMutation = graphql(`
  mutation PostMessage($input: PostMessageInput!) {
    postMessage(input: $input) {
      ...DisputeView
    }
  }
`);

export const AcknowledgeClaimMutation = graphql(`
  mutation AcknowledgeClaim($input: AcknowledgeClaimInput!) {
    acknowledgeClaim(input: $input) {
      ...DisputeView
    }
  }
`);

export const RejectClaimMutation = graphql(`
  mutation RejectClaim($input: RejectClaimInput!) {
    rejectClaim(input: $input) {
      ...DisputeView
    }
  }
`);

export const EscalateMutation = graphql(`
  mutation Escalate($input: EscalateInput!) {
    escalate(input: $input) {
      ...DisputeView
    }
  }
`);

export const MakeOfferMutation = graphql(`
  mutation MakeOffer($input: MakeOfferInput!) {
    makeOffer(input: $input) {
      ...DisputeView
    }
  }
`);

export const AcceptOfferMutation = graphql(`
  mutation AcceptOffer($input: OfferAnswerInput!) {
    acceptOffer(input: $input) {
      ...DisputeView
    }
  }
`);

export const RejectOfferMutation = graphql(`
  mutation RejectOffer($input: RejectOfferInput!) {
    rejectOffer(input: $input) {
      ...DisputeView
    }
  }
`);

export const RequestMediationMutation = graphql(`
  mutation RequestMediation($input: RequestMediationInput!) {
    requestMediation(input: $input) {
      ...DisputeView
    }
  }
`);

export const AssignMediatorMutation = graphql(`
  mutation AssignMediator($input: AssignMediatorInput!) {
    assignMediator(input: $input) {
      ...DisputeView
    }
  }
`);

export const DecideAdmissibilityMutation = graphql(`
  mutation DecideAdmissibility($input: DecideAdmissibilityInput!) {
    decideAdmissibility(input: $input) {
      ...DisputeView
    }
  }
`);

export const ProposeSettlementMutation = graphql(`
  mutation ProposeSettlement($input: ProposeSettlementInput!) {
    proposeSettlement(input: $input) {
      ...DisputeView
    }
  }
`);

export const AcceptSettlementMutation = graphql(`
  mutation AcceptSettlement($input: SettlementAnswerInput!) {
    acceptSettlement(input: $input) {
      ...DisputeView
    }
  }
`);

export const RejectSettlementMutation = graphql(`
  mutation RejectSettlement($input: RejectSettlementInput!) {
    rejectSettlement(input: $input) {
      ...DisputeView
    }
  }
`);

export const GrantRepresentationMutation = graphql(`
  mutation GrantRepresentation($input: GrantRepresentationInput!) {
    grantRepresentation(input: $input) {
      ...DisputeView
    }
  }
`);

export const RevokeRepresentationMutation = graphql(`
  mutation RevokeRepresentation($input: RevokeRepresentationInput!) {
    revokeRepresentation(input: $input) {
      ...DisputeView
    }
  }
`);

export const ConfirmRemedyMutation = graphql(`
  mutation ConfirmRemedy($input: ConfirmRemedyInput!) {
    confirmRemedy(input: $input) {
      ...DisputeView
    }
  }
`);

export const WithdrawClaimMutation = graphql(`
  mutation WithdrawClaim($input: WithdrawClaimInput!) {
    withdrawClaim(input: $input) {
      ...DisputeView
    }
  }
`);

export const CloseDisputeMutation = graphql(`
  mutation CloseDispute($input: CloseDisputeInput!) {
    closeDispute(input: $input) {
      ...DisputeView
    }
  }
`);

export const LeaveFeedbackMutation = graphql(`
  mutation LeaveFeedback($input: LeaveFeedbackInput!) {
    leaveFeedback(input: $input) {
      ...DisputeView
    }
  }
`);

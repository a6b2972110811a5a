/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      displayName\n      email\n      role\n    }\n  }\n": typeof types.CreateAccountDocument,
    "\n  query AssociationCases($first: Int, $after: String, $status: DisputeStatus) {\n    associationCases(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          productName\n          merchantId\n          merchant {\n            name\n          }\n          mandateGrantedAt\n          consumerId\n          whoseTurn\n          nextDeadline {\n            kind\n            dueAt\n          }\n          lastActivityAt\n        }\n      }\n    }\n  }\n": typeof types.AssociationCasesDocument,
    "\n  fragment SessionUserFields on User {\n    id\n    role\n    displayName\n    email\n    merchantId\n    merchantOwner\n  }\n": typeof types.SessionUserFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation FileClaim($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.FileClaimDocument,
    "\n  query MerchantDirectory($search: String, $first: Int) {\n    merchants(search: $search, first: $first) {\n      id\n      name\n      designatedMediatorId\n      supportChannels {\n        email\n        hotline\n        chat\n        servicePoints\n      }\n    }\n  }\n": typeof types.MerchantDirectoryDocument,
    "\n  query MerchantScorecard($merchantId: ID!) {\n    merchantScorecard(merchantId: $merchantId) {\n      claimsReceived\n      answeredInTimeShare\n      ratings\n      medianFirstResponseHours\n      resolutionRate\n      mediationShare\n      averageRating\n    }\n  }\n": typeof types.MerchantScorecardDocument,
    "\n  mutation AttachEvidence($input: AttachEvidenceInput!) {\n    attachEvidence(input: $input) {\n      ...DisputeView\n    }\n  }\n": typeof types.AttachEvidenceDocument,
    "\n  mutation PostMessage($input: PostMessageInput!) {\n    postMessage(input: $input) {\n      ...DisputeView\n    }\n  }\n": typeof types.PostMessageDocument,
    "\n  mutation AcknowledgeClaim($input: AcknowledgeClaimInput!) {\n    acknowledgeClaim(input: $input) {\n      ...DisputeView\n    }\n  }\n": typeof types.AcknowledgeClaimDocument,
    "\n  mutation RejectClaim($input: RejectClaimInput!) {\n    rejectClaim(input: $input) {\n      ...DisputeView\n    }\n  }\n": typeof types.RejectClaimDocument,
    "\n  mutation Escalate($input: EscalateInput!) {\n    escalate(input: $input) {\n      ...DisputeView\n    }\n  }\n": typeof types.EscalateDocument,
    "\n  mutation MakeOffer($input: MakeOfferInput!) {\n    makeOffer(input: $input) {\n      ...DisputeView\n    }\n  }\n": typeof types.MakeOfferDocument,
    "\n  mutation AcceptOffer($input: OfferAnswerInput!) {\n    acceptOffer(input: $input) {\n      ...DisputeView\n    }\n  }\n": typeof types.AcceptOfferDocument,
    "\n  mutation RejectOffer($input: RejectOfferInput!) {\n    rejectOffer(input: $input) {\n      ...DisputeView\n    }\n  }\n": typeof types.RejectOfferDocument,
    "\n  mutation RequestMediation($input: RequestMediationInput!) {\n    requestMediation(input: $input) {\n      ...DisputeView\n    }\n  }\n": typeof types.RequestMediationDocument,
    "\n  mutation AssignMediator($input: AssignMediatorInput!) {\n    assignMediator(input: $input) {\n      ...DisputeView\n    }\n  }\n": typeof types.AssignMediatorDocument,
    "\n  mutation DecideAdmissibility($input: DecideAdmissibilityInput!) {\n    decideAdmissibility(input: $input) {\n      ...DisputeView\n    }\n  }\n": typeof types.DecideAdmissibilityDocument,
    "\n  mutation ProposeSettlement($input: ProposeSettlementInput!) {\n    proposeSettlement(input: $input) {\n      ...DisputeView\n    }\n  }\n": typeof types.ProposeSettlementDocument,
    "\n  mutation AcceptSettlement($input: SettlementAnswerInput!) {\n    acceptSettlement(input: $input) {\n      ...DisputeView\n    }\n  }\n": typeof types.AcceptSettlementDocument,
    "\n  mutation RejectSettlement($input: RejectSettlementInput!) {\n    rejectSettlement(input: $input) {\n      ...DisputeView\n    }\n  }\n": typeof types.RejectSettlementDocument,
    "\n  mutation GrantRepresentation($input: GrantRepresentationInput!) {\n    grantRepresentation(input: $input) {\n      ...DisputeView\n    }\n  }\n": typeof types.GrantRepresentationDocument,
    "\n  mutation RevokeRepresentation($input: RevokeRepresentationInput!) {\n    revokeRepresentation(input: $input) {\n      ...DisputeView\n    }\n  }\n": typeof types.RevokeRepresentationDocument,
    "\n  mutation ConfirmRemedy($input: ConfirmRemedyInput!) {\n    confirmRemedy(input: $input) {\n      ...DisputeView\n    }\n  }\n": typeof types.ConfirmRemedyDocument,
    "\n  mutation WithdrawClaim($input: WithdrawClaimInput!) {\n    withdrawClaim(input: $input) {\n      ...DisputeView\n    }\n  }\n": typeof types.WithdrawClaimDocument,
    "\n  mutation CloseDispute($input: CloseDisputeInput!) {\n    closeDispute(input: $input) {\n      ...DisputeView\n    }\n  }\n": typeof types.CloseDisputeDocument,
    "\n  mutation LeaveFeedback($input: LeaveFeedbackInput!) {\n    leaveFeedback(input: $input) {\n      ...DisputeView\n    }\n  }\n": typeof types.LeaveFeedbackDocument,
    "\n  fragment DisputeView on Dispute {\n    id\n    version\n    status\n    whoseTurn\n    consumerId\n    merchantId\n    filedAt\n    lastActivityAt\n    escalationLevel\n    rejectionReason\n    requestedRemedy\n    remediesAvailable\n    availableActions\n    consumer {\n      id\n      displayName\n    }\n    merchant {\n      id\n      name\n      designatedMediatorId\n    }\n    product {\n      name\n      brand\n      category\n      model\n      serialNumber\n      condition\n    }\n    purchase {\n      purchasedOn\n      deliveredOn\n      price {\n        amount\n        currency\n      }\n      channel\n      country\n      orderReference\n    }\n    problem {\n      description\n      firstNoticedOn\n      chronology {\n        on\n        what\n      }\n    }\n    commercialWarranty {\n      provider\n      months\n      coverage\n    }\n    evidence {\n      at\n      kind\n      name\n      sha256\n    }\n    offers {\n      id\n      by\n      kind\n      remedy\n      amount {\n        amount\n        currency\n      }\n      daysToCarryOut\n      expiresOn\n      madeAt\n      status\n      terms\n      rejectionReason\n    }\n    messages {\n      id\n      at\n      authorId\n      body\n      onBehalfOf\n      visibility\n    }\n    timeline {\n      version\n      at\n      type\n      text\n    }\n    deadlines {\n      kind\n      dueOn\n      dueAt\n      owedBy\n      offerId\n    }\n    rights {\n      ...RightsView\n    }\n    mediation {\n      stage\n      requestedAt\n      admissibilityDueAt\n      admissibilityReason\n      fileCompletedAt\n      outcomeDueAt\n      mediatorId\n      settlements {\n        id\n        remedy\n        amount {\n          amount\n          currency\n        }\n        daysToCarryOut\n        terms\n        status\n        acceptedBy\n        proposedAt\n      }\n    }\n    agreement {\n      agreedAt\n      remedy\n      amount {\n        amount\n        currency\n      }\n      dueOn\n      overdue\n      source\n    }\n    remedyHistory {\n      at\n      remedy\n      outcome\n      failure\n    }\n    closure {\n      at\n      outcome\n      summary\n      nextSteps {\n        kind\n        text\n      }\n    }\n    feedback {\n      at\n      rating\n      comment\n    }\n    mandate {\n      associationId\n      grantedAt\n    }\n  }\n": typeof types.DisputeViewFragmentDoc,
    "\n  query Dispute($id: ID!) {\n    dispute(id: $id) {\n      ...DisputeView\n    }\n  }\n": typeof types.DisputeDocument,
    "\n  query DisputeAsOf($id: ID!, $at: String!) {\n    disputeAsOf(id: $id, at: $at) {\n      ...DisputeView\n    }\n  }\n": typeof types.DisputeAsOfDocument,
    "\n  subscription DisputeUpdated($id: ID!) {\n    disputeUpdated(id: $id) {\n      ...DisputeView\n    }\n  }\n": typeof types.DisputeUpdatedDocument,
    "\n  query MyDisputes($first: Int, $after: String, $status: DisputeStatus) {\n    myDisputes(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          requestedRemedy\n          product {\n            name\n            brand\n          }\n          merchantId\n          merchant {\n            name\n          }\n          openOffer {\n            by\n            remedy\n          }\n          whoseTurn\n          nextDeadline {\n            kind\n            dueAt\n          }\n          lastActivityAt\n        }\n      }\n    }\n  }\n": typeof types.MyDisputesDocument,
    "\n  query MediatorCaseload($first: Int, $after: String, $status: DisputeStatus) {\n    mediatorCaseload(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          productName\n          merchantId\n          whoseTurn\n          stage\n          requestedAt\n          admissibilityDueAt\n          admissibilityOverdue\n          fileCompletedAt\n          outcomeDueAt\n          outcomeDaysLeft\n          outcomeOverdue\n        }\n      }\n    }\n  }\n": typeof types.MediatorCaseloadDocument,
    "\n  query MerchantInbox($first: Int, $after: String, $status: DisputeStatus, $overdueOnly: Boolean) {\n    merchantInbox(first: $first, after: $after, status: $status, overdueOnly: $overdueOnly) {\n      totalCount\n      overdueCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          productName\n          consumerId\n          whoseTurn\n          due {\n            kind\n            dueAt\n          }\n          lastActivityAt\n          overdue\n        }\n      }\n    }\n  }\n": typeof types.MerchantInboxDocument,
    "\n  mutation UpdateMerchantProfile($input: UpdateMerchantProfileInput!) {\n    updateMerchantProfile(input: $input) {\n      id\n      name\n      designatedMediatorId\n      supportChannels {\n        email\n        hotline\n        chat\n        servicePoints\n      }\n    }\n  }\n": typeof types.UpdateMerchantProfileDocument,
    "\n  mutation AddMerchantAgent($input: AddMerchantAgentInput!) {\n    addMerchantAgent(input: $input) {\n      id\n      displayName\n      email\n    }\n  }\n": typeof types.AddMerchantAgentDocument,
    "\n  fragment RightsView on RightsAssessment {\n    supported\n    asOf\n    jurisdiction\n    nextStep\n    notAssessed {\n      code\n      message\n    }\n    legalWarranty {\n      applies\n      basis\n      expiresOn\n      extensionMonths\n      runsFrom\n    }\n    presumptionOfDefect {\n      applies\n      basis\n      until\n    }\n    commercialWarranty {\n      applies\n      basis\n      expiresOn\n    }\n    remedies {\n      remedy\n      available\n      basis\n      reason\n    }\n    repairDeadline {\n      basis\n      dueOn\n      overdue\n      requestedOn\n    }\n    mediation {\n      basis\n      eligible\n      lapsesOn\n      reason\n    }\n    courtPath {\n      amicableAttemptRequired\n      basis\n      claimAmount {\n        amount\n        currency\n      }\n      europeanSmallClaims\n      explanation\n    }\n    ruleSet {\n      id\n      title\n      appliesToContractsFrom\n      notes\n    }\n  }\n": typeof types.RightsViewFragmentDoc,
    "\n  query RightsAssessment($input: RightsAssessmentInput!) {\n    rightsAssessment(input: $input) {\n      ...RightsView\n    }\n  }\n": typeof types.RightsAssessmentDocument,
};
const documents: Documents = {
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      displayName\n      email\n      role\n    }\n  }\n": types.CreateAccountDocument,
    "\n  query AssociationCases($first: Int, $after: String, $status: DisputeStatus) {\n    associationCases(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          productName\n          merchantId\n          merchant {\n            name\n          }\n          mandateGrantedAt\n          consumerId\n          whoseTurn\n          nextDeadline {\n            kind\n            dueAt\n          }\n          lastActivityAt\n        }\n      }\n    }\n  }\n": types.AssociationCasesDocument,
    "\n  fragment SessionUserFields on User {\n    id\n    role\n    displayName\n    email\n    merchantId\n    merchantOwner\n  }\n": types.SessionUserFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation FileClaim($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.FileClaimDocument,
    "\n  query MerchantDirectory($search: String, $first: Int) {\n    merchants(search: $search, first: $first) {\n      id\n      name\n      designatedMediatorId\n      supportChannels {\n        email\n        hotline\n        chat\n        servicePoints\n      }\n    }\n  }\n": types.MerchantDirectoryDocument,
    "\n  query MerchantScorecard($merchantId: ID!) {\n    merchantScorecard(merchantId: $merchantId) {\n      claimsReceived\n      answeredInTimeShare\n      ratings\n      medianFirstResponseHours\n      resolutionRate\n      mediationShare\n      averageRating\n    }\n  }\n": types.MerchantScorecardDocument,
    "\n  mutation AttachEvidence($input: AttachEvidenceInput!) {\n    attachEvidence(input: $input) {\n      ...DisputeView\n    }\n  }\n": types.AttachEvidenceDocument,
    "\n  mutation PostMessage($input: PostMessageInput!) {\n    postMessage(input: $input) {\n      ...DisputeView\n    }\n  }\n": types.PostMessageDocument,
    "\n  mutation AcknowledgeClaim($input: AcknowledgeClaimInput!) {\n    acknowledgeClaim(input: $input) {\n      ...DisputeView\n    }\n  }\n": types.AcknowledgeClaimDocument,
    "\n  mutation RejectClaim($input: RejectClaimInput!) {\n    rejectClaim(input: $input) {\n      ...DisputeView\n    }\n  }\n": types.RejectClaimDocument,
    "\n  mutation Escalate($input: EscalateInput!) {\n    escalate(input: $input) {\n      ...DisputeView\n    }\n  }\n": types.EscalateDocument,
    "\n  mutation MakeOffer($input: MakeOfferInput!) {\n    makeOffer(input: $input) {\n      ...DisputeView\n    }\n  }\n": types.MakeOfferDocument,
    "\n  mutation AcceptOffer($input: OfferAnswerInput!) {\n    acceptOffer(input: $input) {\n      ...DisputeView\n    }\n  }\n": types.AcceptOfferDocument,
    "\n  mutation RejectOffer($input: RejectOfferInput!) {\n    rejectOffer(input: $input) {\n      ...DisputeView\n    }\n  }\n": types.RejectOfferDocument,
    "\n  mutation RequestMediation($input: RequestMediationInput!) {\n    requestMediation(input: $input) {\n      ...DisputeView\n    }\n  }\n": types.RequestMediationDocument,
    "\n  mutation AssignMediator($input: AssignMediatorInput!) {\n    assignMediator(input: $input) {\n      ...DisputeView\n    }\n  }\n": types.AssignMediatorDocument,
    "\n  mutation DecideAdmissibility($input: DecideAdmissibilityInput!) {\n    decideAdmissibility(input: $input) {\n      ...DisputeView\n    }\n  }\n": types.DecideAdmissibilityDocument,
    "\n  mutation ProposeSettlement($input: ProposeSettlementInput!) {\n    proposeSettlement(input: $input) {\n      ...DisputeView\n    }\n  }\n": types.ProposeSettlementDocument,
    "\n  mutation AcceptSettlement($input: SettlementAnswerInput!) {\n    acceptSettlement(input: $input) {\n      ...DisputeView\n    }\n  }\n": types.AcceptSettlementDocument,
    "\n  mutation RejectSettlement($input: RejectSettlementInput!) {\n    rejectSettlement(input: $input) {\n      ...DisputeView\n    }\n  }\n": types.RejectSettlementDocument,
    "\n  mutation GrantRepresentation($input: GrantRepresentationInput!) {\n    grantRepresentation(input: $input) {\n      ...DisputeView\n    }\n  }\n": types.GrantRepresentationDocument,
    "\n  mutation RevokeRepresentation($input: RevokeRepresentationInput!) {\n    revokeRepresentation(input: $input) {\n      ...DisputeView\n    }\n  }\n": types.RevokeRepresentationDocument,
    "\n  mutation ConfirmRemedy($input: ConfirmRemedyInput!) {\n    confirmRemedy(input: $input) {\n      ...DisputeView\n    }\n  }\n": types.ConfirmRemedyDocument,
    "\n  mutation WithdrawClaim($input: WithdrawClaimInput!) {\n    withdrawClaim(input: $input) {\n      ...DisputeView\n    }\n  }\n": types.WithdrawClaimDocument,
    "\n  mutation CloseDispute($input: CloseDisputeInput!) {\n    closeDispute(input: $input) {\n      ...DisputeView\n    }\n  }\n": types.CloseDisputeDocument,
    "\n  mutation LeaveFeedback($input: LeaveFeedbackInput!) {\n    leaveFeedback(input: $input) {\n      ...DisputeView\n    }\n  }\n": types.LeaveFeedbackDocument,
    "\n  fragment DisputeView on Dispute {\n    id\n    version\n    status\n    whoseTurn\n    consumerId\n    merchantId\n    filedAt\n    lastActivityAt\n    escalationLevel\n    rejectionReason\n    requestedRemedy\n    remediesAvailable\n    availableActions\n    consumer {\n      id\n      displayName\n    }\n    merchant {\n      id\n      name\n      designatedMediatorId\n    }\n    product {\n      name\n      brand\n      category\n      model\n      serialNumber\n      condition\n    }\n    purchase {\n      purchasedOn\n      deliveredOn\n      price {\n        amount\n        currency\n      }\n      channel\n      country\n      orderReference\n    }\n    problem {\n      description\n      firstNoticedOn\n      chronology {\n        on\n        what\n      }\n    }\n    commercialWarranty {\n      provider\n      months\n      coverage\n    }\n    evidence {\n      at\n      kind\n      name\n      sha256\n    }\n    offers {\n      id\n      by\n      kind\n      remedy\n      amount {\n        amount\n        currency\n      }\n      daysToCarryOut\n      expiresOn\n      madeAt\n      status\n      terms\n      rejectionReason\n    }\n    messages {\n      id\n      at\n      authorId\n      body\n      onBehalfOf\n      visibility\n    }\n    timeline {\n      version\n      at\n      type\n      text\n    }\n    deadlines {\n      kind\n      dueOn\n      dueAt\n      owedBy\n      offerId\n    }\n    rights {\n      ...RightsView\n    }\n    mediation {\n      stage\n      requestedAt\n      admissibilityDueAt\n      admissibilityReason\n      fileCompletedAt\n      outcomeDueAt\n      mediatorId\n      settlements {\n        id\n        remedy\n        amount {\n          amount\n          currency\n        }\n        daysToCarryOut\n        terms\n        status\n        acceptedBy\n        proposedAt\n      }\n    }\n    agreement {\n      agreedAt\n      remedy\n      amount {\n        amount\n        currency\n      }\n      dueOn\n      overdue\n      source\n    }\n    remedyHistory {\n      at\n      remedy\n      outcome\n      failure\n    }\n    closure {\n      at\n      outcome\n      summary\n      nextSteps {\n        kind\n        text\n      }\n    }\n    feedback {\n      at\n      rating\n      comment\n    }\n    mandate {\n      associationId\n      grantedAt\n    }\n  }\n": types.DisputeViewFragmentDoc,
    "\n  query Dispute($id: ID!) {\n    dispute(id: $id) {\n      ...DisputeView\n    }\n  }\n": types.DisputeDocument,
    "\n  query DisputeAsOf($id: ID!, $at: String!) {\n    disputeAsOf(id: $id, at: $at) {\n      ...DisputeView\n    }\n  }\n": types.DisputeAsOfDocument,
    "\n  subscription DisputeUpdated($id: ID!) {\n    disputeUpdated(id: $id) {\n      ...DisputeView\n    }\n  }\n": types.DisputeUpdatedDocument,
    "\n  query MyDisputes($first: Int, $after: String, $status: DisputeStatus) {\n    myDisputes(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          requestedRemedy\n          product {\n            name\n            brand\n          }\n          merchantId\n          merchant {\n            name\n          }\n          openOffer {\n            by\n            remedy\n          }\n          whoseTurn\n          nextDeadline {\n            kind\n            dueAt\n          }\n          lastActivityAt\n        }\n      }\n    }\n  }\n": types.MyDisputesDocument,
    "\n  query MediatorCaseload($first: Int, $after: String, $status: DisputeStatus) {\n    mediatorCaseload(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          productName\n          merchantId\n          whoseTurn\n          stage\n          requestedAt\n          admissibilityDueAt\n          admissibilityOverdue\n          fileCompletedAt\n          outcomeDueAt\n          outcomeDaysLeft\n          outcomeOverdue\n        }\n      }\n    }\n  }\n": types.MediatorCaseloadDocument,
    "\n  query MerchantInbox($first: Int, $after: String, $status: DisputeStatus, $overdueOnly: Boolean) {\n    merchantInbox(first: $first, after: $after, status: $status, overdueOnly: $overdueOnly) {\n      totalCount\n      overdueCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          productName\n          consumerId\n          whoseTurn\n          due {\n            kind\n            dueAt\n          }\n          lastActivityAt\n          overdue\n        }\n      }\n    }\n  }\n": types.MerchantInboxDocument,
    "\n  mutation UpdateMerchantProfile($input: UpdateMerchantProfileInput!) {\n    updateMerchantProfile(input: $input) {\n      id\n      name\n      designatedMediatorId\n      supportChannels {\n        email\n        hotline\n        chat\n        servicePoints\n      }\n    }\n  }\n": types.UpdateMerchantProfileDocument,
    "\n  mutation AddMerchantAgent($input: AddMerchantAgentInput!) {\n    addMerchantAgent(input: $input) {\n      id\n      displayName\n      email\n    }\n  }\n": types.AddMerchantAgentDocument,
    "\n  fragment RightsView on RightsAssessment {\n    supported\n    asOf\n    jurisdiction\n    nextStep\n    notAssessed {\n      code\n      message\n    }\n    legalWarranty {\n      applies\n      basis\n      expiresOn\n      extensionMonths\n      runsFrom\n    }\n    presumptionOfDefect {\n      applies\n      basis\n      until\n    }\n    commercialWarranty {\n      applies\n      basis\n      expiresOn\n    }\n    remedies {\n      remedy\n      available\n      basis\n      reason\n    }\n    repairDeadline {\n      basis\n      dueOn\n      overdue\n      requestedOn\n    }\n    mediation {\n      basis\n      eligible\n      lapsesOn\n      reason\n    }\n    courtPath {\n      amicableAttemptRequired\n      basis\n      claimAmount {\n        amount\n        currency\n      }\n      europeanSmallClaims\n      explanation\n    }\n    ruleSet {\n      id\n      title\n      appliesToContractsFrom\n      notes\n    }\n  }\n": types.RightsViewFragmentDoc,
    "\n  query RightsAssessment($input: RightsAssessmentInput!) {\n    rightsAssessment(input: $input) {\n      ...RightsView\n    }\n  }\n": types.RightsAssessmentDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      displayName\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      displayName\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssociationCases($first: Int, $after: String, $status: DisputeStatus) {\n    associationCases(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          productName\n          merchantId\n          merchant {\n            name\n          }\n          mandateGrantedAt\n          consumerId\n          whoseTurn\n          nextDeadline {\n            kind\n            dueAt\n          }\n          lastActivityAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssociationCases($first: Int, $after: String, $status: DisputeStatus) {\n    associationCases(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          productName\n          merchantId\n          merchant {\n            name\n          }\n          mandateGrantedAt\n          consumerId\n          whoseTurn\n          nextDeadline {\n            kind\n            dueAt\n          }\n          lastActivityAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUserFields on User {\n    id\n    role\n    displayName\n    email\n    merchantId\n    merchantOwner\n  }\n"): (typeof documents)["\n  fragment SessionUserFields on User {\n    id\n    role\n    displayName\n    email\n    merchantId\n    merchantOwner\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileClaim($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation FileClaim($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MerchantDirectory($search: String, $first: Int) {\n    merchants(search: $search, first: $first) {\n      id\n      name\n      designatedMediatorId\n      supportChannels {\n        email\n        hotline\n        chat\n        servicePoints\n      }\n    }\n  }\n"): (typeof documents)["\n  query MerchantDirectory($search: String, $first: Int) {\n    merchants(search: $search, first: $first) {\n      id\n      name\n      designatedMediatorId\n      supportChannels {\n        email\n        hotline\n        chat\n        servicePoints\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MerchantScorecard($merchantId: ID!) {\n    merchantScorecard(merchantId: $merchantId) {\n      claimsReceived\n      answeredInTimeShare\n      ratings\n      medianFirstResponseHours\n      resolutionRate\n      mediationShare\n      averageRating\n    }\n  }\n"): (typeof documents)["\n  query MerchantScorecard($merchantId: ID!) {\n    merchantScorecard(merchantId: $merchantId) {\n      claimsReceived\n      answeredInTimeShare\n      ratings\n      medianFirstResponseHours\n      resolutionRate\n      mediationShare\n      averageRating\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachEvidence($input: AttachEvidenceInput!) {\n    attachEvidence(input: $input) {\n      ...DisputeView\n    }\n  }\n"): (typeof documents)["\n  mutation AttachEvidence($input: AttachEvidenceInput!) {\n    attachEvidence(input: $input) {\n      ...DisputeView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostMessage($input: PostMessageInput!) {\n    postMessage(input: $input) {\n      ...DisputeView\n    }\n  }\n"): (typeof documents)["\n  mutation PostMessage($input: PostMessageInput!) {\n    postMessage(input: $input) {\n      ...DisputeView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeClaim($input: AcknowledgeClaimInput!) {\n    acknowledgeClaim(input: $input) {\n      ...DisputeView\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeClaim($input: AcknowledgeClaimInput!) {\n    acknowledgeClaim(input: $input) {\n      ...DisputeView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectClaim($input: RejectClaimInput!) {\n    rejectClaim(input: $input) {\n      ...DisputeView\n    }\n  }\n"): (typeof documents)["\n  mutation RejectClaim($input: RejectClaimInput!) {\n    rejectClaim(input: $input) {\n      ...DisputeView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Escalate($input: EscalateInput!) {\n    escalate(input: $input) {\n      ...DisputeView\n    }\n  }\n"): (typeof documents)["\n  mutation Escalate($input: EscalateInput!) {\n    escalate(input: $input) {\n      ...DisputeView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MakeOffer($input: MakeOfferInput!) {\n    makeOffer(input: $input) {\n      ...DisputeView\n    }\n  }\n"): (typeof documents)["\n  mutation MakeOffer($input: MakeOfferInput!) {\n    makeOffer(input: $input) {\n      ...DisputeView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptOffer($input: OfferAnswerInput!) {\n    acceptOffer(input: $input) {\n      ...DisputeView\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptOffer($input: OfferAnswerInput!) {\n    acceptOffer(input: $input) {\n      ...DisputeView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectOffer($input: RejectOfferInput!) {\n    rejectOffer(input: $input) {\n      ...DisputeView\n    }\n  }\n"): (typeof documents)["\n  mutation RejectOffer($input: RejectOfferInput!) {\n    rejectOffer(input: $input) {\n      ...DisputeView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestMediation($input: RequestMediationInput!) {\n    requestMediation(input: $input) {\n      ...DisputeView\n    }\n  }\n"): (typeof documents)["\n  mutation RequestMediation($input: RequestMediationInput!) {\n    requestMediation(input: $input) {\n      ...DisputeView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignMediator($input: AssignMediatorInput!) {\n    assignMediator(input: $input) {\n      ...DisputeView\n    }\n  }\n"): (typeof documents)["\n  mutation AssignMediator($input: AssignMediatorInput!) {\n    assignMediator(input: $input) {\n      ...DisputeView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideAdmissibility($input: DecideAdmissibilityInput!) {\n    decideAdmissibility(input: $input) {\n      ...DisputeView\n    }\n  }\n"): (typeof documents)["\n  mutation DecideAdmissibility($input: DecideAdmissibilityInput!) {\n    decideAdmissibility(input: $input) {\n      ...DisputeView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeSettlement($input: ProposeSettlementInput!) {\n    proposeSettlement(input: $input) {\n      ...DisputeView\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeSettlement($input: ProposeSettlementInput!) {\n    proposeSettlement(input: $input) {\n      ...DisputeView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptSettlement($input: SettlementAnswerInput!) {\n    acceptSettlement(input: $input) {\n      ...DisputeView\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptSettlement($input: SettlementAnswerInput!) {\n    acceptSettlement(input: $input) {\n      ...DisputeView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectSettlement($input: RejectSettlementInput!) {\n    rejectSettlement(input: $input) {\n      ...DisputeView\n    }\n  }\n"): (typeof documents)["\n  mutation RejectSettlement($input: RejectSettlementInput!) {\n    rejectSettlement(input: $input) {\n      ...DisputeView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantRepresentation($input: GrantRepresentationInput!) {\n    grantRepresentation(input: $input) {\n      ...DisputeView\n    }\n  }\n"): (typeof documents)["\n  mutation GrantRepresentation($input: GrantRepresentationInput!) {\n    grantRepresentation(input: $input) {\n      ...DisputeView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeRepresentation($input: RevokeRepresentationInput!) {\n    revokeRepresentation(input: $input) {\n      ...DisputeView\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeRepresentation($input: RevokeRepresentationInput!) {\n    revokeRepresentation(input: $input) {\n      ...DisputeView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmRemedy($input: ConfirmRemedyInput!) {\n    confirmRemedy(input: $input) {\n      ...DisputeView\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmRemedy($input: ConfirmRemedyInput!) {\n    confirmRemedy(input: $input) {\n      ...DisputeView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawClaim($input: WithdrawClaimInput!) {\n    withdrawClaim(input: $input) {\n      ...DisputeView\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawClaim($input: WithdrawClaimInput!) {\n    withdrawClaim(input: $input) {\n      ...DisputeView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseDispute($input: CloseDisputeInput!) {\n    closeDispute(input: $input) {\n      ...DisputeView\n    }\n  }\n"): (typeof documents)["\n  mutation CloseDispute($input: CloseDisputeInput!) {\n    closeDispute(input: $input) {\n      ...DisputeView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveFeedback($input: LeaveFeedbackInput!) {\n    leaveFeedback(input: $input) {\n      ...DisputeView\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveFeedback($input: LeaveFeedbackInput!) {\n    leaveFeedback(input: $input) {\n      ...DisputeView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DisputeView on Dispute {\n    id\n    version\n    status\n    whoseTurn\n    consumerId\n    merchantId\n    filedAt\n    lastActivityAt\n    escalationLevel\n    rejectionReason\n    requestedRemedy\n    remediesAvailable\n    availableActions\n    consumer {\n      id\n      displayName\n    }\n    merchant {\n      id\n      name\n      designatedMediatorId\n    }\n    product {\n      name\n      brand\n      category\n      model\n      serialNumber\n      condition\n    }\n    purchase {\n      purchasedOn\n      deliveredOn\n      price {\n        amount\n        currency\n      }\n      channel\n      country\n      orderReference\n    }\n    problem {\n      description\n      firstNoticedOn\n      chronology {\n        on\n        what\n      }\n    }\n    commercialWarranty {\n      provider\n      months\n      coverage\n    }\n    evidence {\n      at\n      kind\n      name\n      sha256\n    }\n    offers {\n      id\n      by\n      kind\n      remedy\n      amount {\n        amount\n        currency\n      }\n      daysToCarryOut\n      expiresOn\n      madeAt\n      status\n      terms\n      rejectionReason\n    }\n    messages {\n      id\n      at\n      authorId\n      body\n      onBehalfOf\n      visibility\n    }\n    timeline {\n      version\n      at\n      type\n      text\n    }\n    deadlines {\n      kind\n      dueOn\n      dueAt\n      owedBy\n      offerId\n    }\n    rights {\n      ...RightsView\n    }\n    mediation {\n      stage\n      requestedAt\n      admissibilityDueAt\n      admissibilityReason\n      fileCompletedAt\n      outcomeDueAt\n      mediatorId\n      settlements {\n        id\n        remedy\n        amount {\n          amount\n          currency\n        }\n        daysToCarryOut\n        terms\n        status\n        acceptedBy\n        proposedAt\n      }\n    }\n    agreement {\n      agreedAt\n      remedy\n      amount {\n        amount\n        currency\n      }\n      dueOn\n      overdue\n      source\n    }\n    remedyHistory {\n      at\n      remedy\n      outcome\n      failure\n    }\n    closure {\n      at\n      outcome\n      summary\n      nextSteps {\n        kind\n        text\n      }\n    }\n    feedback {\n      at\n      rating\n      comment\n    }\n    mandate {\n      associationId\n      grantedAt\n    }\n  }\n"): (typeof documents)["\n  fragment DisputeView on Dispute {\n    id\n    version\n    status\n    whoseTurn\n    consumerId\n    merchantId\n    filedAt\n    lastActivityAt\n    escalationLevel\n    rejectionReason\n    requestedRemedy\n    remediesAvailable\n    availableActions\n    consumer {\n      id\n      displayName\n    }\n    merchant {\n      id\n      name\n      designatedMediatorId\n    }\n    product {\n      name\n      brand\n      category\n      model\n      serialNumber\n      condition\n    }\n    purchase {\n      purchasedOn\n      deliveredOn\n      price {\n        amount\n        currency\n      }\n      channel\n      country\n      orderReference\n    }\n    problem {\n      description\n      firstNoticedOn\n      chronology {\n        on\n        what\n      }\n    }\n    commercialWarranty {\n      provider\n      months\n      coverage\n    }\n    evidence {\n      at\n      kind\n      name\n      sha256\n    }\n    offers {\n      id\n      by\n      kind\n      remedy\n      amount {\n        amount\n        currency\n      }\n      daysToCarryOut\n      expiresOn\n      madeAt\n      status\n      terms\n      rejectionReason\n    }\n    messages {\n      id\n      at\n      authorId\n      body\n      onBehalfOf\n      visibility\n    }\n    timeline {\n      version\n      at\n      type\n      text\n    }\n    deadlines {\n      kind\n      dueOn\n      dueAt\n      owedBy\n      offerId\n    }\n    rights {\n      ...RightsView\n    }\n    mediation {\n      stage\n      requestedAt\n      admissibilityDueAt\n      admissibilityReason\n      fileCompletedAt\n      outcomeDueAt\n      mediatorId\n      settlements {\n        id\n        remedy\n        amount {\n          amount\n          currency\n        }\n        daysToCarryOut\n        terms\n        status\n        acceptedBy\n        proposedAt\n      }\n    }\n    agreement {\n      agreedAt\n      remedy\n      amount {\n        amount\n        currency\n      }\n      dueOn\n      overdue\n      source\n    }\n    remedyHistory {\n      at\n      remedy\n      outcome\n      failure\n    }\n    closure {\n      at\n      outcome\n      summary\n      nextSteps {\n        kind\n        text\n      }\n    }\n    feedback {\n      at\n      rating\n      comment\n    }\n    mandate {\n      associationId\n      grantedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dispute($id: ID!) {\n    dispute(id: $id) {\n      ...DisputeView\n    }\n  }\n"): (typeof documents)["\n  query Dispute($id: ID!) {\n    dispute(id: $id) {\n      ...DisputeView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DisputeAsOf($id: ID!, $at: String!) {\n    disputeAsOf(id: $id, at: $at) {\n      ...DisputeView\n    }\n  }\n"): (typeof documents)["\n  query DisputeAsOf($id: ID!, $at: String!) {\n    disputeAsOf(id: $id, at: $at) {\n      ...DisputeView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DisputeUpdated($id: ID!) {\n    disputeUpdated(id: $id) {\n      ...DisputeView\n    }\n  }\n"): (typeof documents)["\n  subscription DisputeUpdated($id: ID!) {\n    disputeUpdated(id: $id) {\n      ...DisputeView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDisputes($first: Int, $after: String, $status: DisputeStatus) {\n    myDisputes(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          requestedRemedy\n          product {\n            name\n            brand\n          }\n          merchantId\n          merchant {\n            name\n          }\n          openOffer {\n            by\n            remedy\n          }\n          whoseTurn\n          nextDeadline {\n            kind\n            dueAt\n          }\n          lastActivityAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyDisputes($first: Int, $after: String, $status: DisputeStatus) {\n    myDisputes(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          requestedRemedy\n          product {\n            name\n            brand\n          }\n          merchantId\n          merchant {\n            name\n          }\n          openOffer {\n            by\n            remedy\n          }\n          whoseTurn\n          nextDeadline {\n            kind\n            dueAt\n          }\n          lastActivityAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MediatorCaseload($first: Int, $after: String, $status: DisputeStatus) {\n    mediatorCaseload(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          productName\n          merchantId\n          whoseTurn\n          stage\n          requestedAt\n          admissibilityDueAt\n          admissibilityOverdue\n          fileCompletedAt\n          outcomeDueAt\n          outcomeDaysLeft\n          outcomeOverdue\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MediatorCaseload($first: Int, $after: String, $status: DisputeStatus) {\n    mediatorCaseload(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          productName\n          merchantId\n          whoseTurn\n          stage\n          requestedAt\n          admissibilityDueAt\n          admissibilityOverdue\n          fileCompletedAt\n          outcomeDueAt\n          outcomeDaysLeft\n          outcomeOverdue\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MerchantInbox($first: Int, $after: String, $status: DisputeStatus, $overdueOnly: Boolean) {\n    merchantInbox(first: $first, after: $after, status: $status, overdueOnly: $overdueOnly) {\n      totalCount\n      overdueCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          productName\n          consumerId\n          whoseTurn\n          due {\n            kind\n            dueAt\n          }\n          lastActivityAt\n          overdue\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MerchantInbox($first: Int, $after: String, $status: DisputeStatus, $overdueOnly: Boolean) {\n    merchantInbox(first: $first, after: $after, status: $status, overdueOnly: $overdueOnly) {\n      totalCount\n      overdueCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          productName\n          consumerId\n          whoseTurn\n          due {\n            kind\n            dueAt\n          }\n          lastActivityAt\n          overdue\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMerchantProfile($input: UpdateMerchantProfileInput!) {\n    updateMerchantProfile(input: $input) {\n      id\n      name\n      designatedMediatorId\n      supportChannels {\n        email\n        hotline\n        chat\n        servicePoints\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMerchantProfile($input: UpdateMerchantProfileInput!) {\n    updateMerchantProfile(input: $input) {\n      id\n      name\n      designatedMediatorId\n      supportChannels {\n        email\n        hotline\n        chat\n        servicePoints\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMerchantAgent($input: AddMerchantAgentInput!) {\n    addMerchantAgent(input: $input) {\n      id\n      displayName\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation AddMerchantAgent($input: AddMerchantAgentInput!) {\n    addMerchantAgent(input: $input) {\n      id\n      displayName\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RightsView on RightsAssessment {\n    supported\n    asOf\n    jurisdiction\n    nextStep\n    notAssessed {\n      code\n      message\n    }\n    legalWarranty {\n      applies\n      basis\n      expiresOn\n      extensionMonths\n      runsFrom\n    }\n    presumptionOfDefect {\n      applies\n      basis\n      until\n    }\n    commercialWarranty {\n      applies\n      basis\n      expiresOn\n    }\n    remedies {\n      remedy\n      available\n      basis\n      reason\n    }\n    repairDeadline {\n      basis\n      dueOn\n      overdue\n      requestedOn\n    }\n    mediation {\n      basis\n      eligible\n      lapsesOn\n      reason\n    }\n    courtPath {\n      amicableAttemptRequired\n      basis\n      claimAmount {\n        amount\n        currency\n      }\n      europeanSmallClaims\n      explanation\n    }\n    ruleSet {\n      id\n      title\n      appliesToContractsFrom\n      notes\n    }\n  }\n"): (typeof documents)["\n  fragment RightsView on RightsAssessment {\n    supported\n    asOf\n    jurisdiction\n    nextStep\n    notAssessed {\n      code\n      message\n    }\n    legalWarranty {\n      applies\n      basis\n      expiresOn\n      extensionMonths\n      runsFrom\n    }\n    presumptionOfDefect {\n      applies\n      basis\n      until\n    }\n    commercialWarranty {\n      applies\n      basis\n      expiresOn\n    }\n    remedies {\n      remedy\n      available\n      basis\n      reason\n    }\n    repairDeadline {\n      basis\n      dueOn\n      overdue\n      requestedOn\n    }\n    mediation {\n      basis\n      eligible\n      lapsesOn\n      reason\n    }\n    courtPath {\n      amicableAttemptRequired\n      basis\n      claimAmount {\n        amount\n        currency\n      }\n      europeanSmallClaims\n      explanation\n    }\n    ruleSet {\n      id\n      title\n      appliesToContractsFrom\n      notes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RightsAssessment($input: RightsAssessmentInput!) {\n    rightsAssessment(input: $input) {\n      ...RightsView\n    }\n  }\n"): (typeof documents)["\n  query RightsAssessment($input: RightsAssessmentInput!) {\n    rightsAssessment(input: $input) {\n      ...RightsView\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
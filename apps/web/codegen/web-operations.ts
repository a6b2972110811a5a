// What the web app asks the API: by module (src/<module>.operations.ts, which the pages import),
// its fragments and operations, each saying only what the schema cannot, which root fields and
// which of their fields. `npm run codegen` completes them (operation-documents.ts: a nameless
// operation is named after its root field; arguments and the variables they take are the root
// field's, from schema.gql, unless the field says `@withoutArguments`), checks them against the schema and writes the modules; graphql-codegen
// then types them. The dispute commands' operations are written from the commands' descriptions
// (dispute-commands.mjs).

/** A page of a list: what usePagedConnection reads to ask for the next page, and each row. */
const pageOf = (row: string) => `pageInfo { ...PageFields } edges { cursor node { ${row} } }`;

export const WEB_OPERATIONS: Readonly<Record<string, string>> = {
  'ui/paged-connection': /* GraphQL */ `
    fragment PageFields on PageInfo { hasNextPage endCursor }

    # One page of each kind of list, with the row each list shows; the list queries spread them.
    # The cases an association follows under mandate.
    fragment AssociationCasePage on AssociationCaseConnection {
      totalCount
      ${pageOf(`
        id status productName merchantId merchant { name } mandateGrantedAt consumerId whoseTurn
        nextDeadline { kind dueAt } lastActivityAt
      `)}
    }
    # Disputes as their parties (and the advisers they share them with) list them.
    fragment DisputeSummaryPage on DisputeSummaryConnection {
      totalCount
      ${pageOf(`
        id status requestedRemedy product { name brand } merchantId merchant { name }
        openOffer { by remedy } whoseTurn nextDeadline { kind dueAt } lastActivityAt
      `)}
    }
    # A mediator's caseload, with each mediation's dates.
    fragment MediatorCasePage on MediatorCaseConnection {
      totalCount
      ${pageOf(`
        id status productName merchantId whoseTurn stage requestedAt admissibilityDueAt
        admissibilityOverdue fileCompletedAt outcomeDueAt outcomeDueOn outcomeDaysLeft outcomeOverdue
      `)}
    }
    # A merchant's inbox, with each dispute's due date and assignee.
    fragment MerchantInboxPage on MerchantInboxConnection {
      totalCount
      ${pageOf(`
        id status productName consumer { displayName } whoseTurn due { kind dueAt } lastActivityAt
        overdue escalated escalationLevel assignee { displayName }
      `)}
    }
    # Search hits, with the words that matched.
    fragment DisputeSearchPage on DisputeSearchConnection {
      totalCount
      ${pageOf(`
        id status productName orderReference merchantName consumerName
        highlights { field parts { text match } }
      `)}
    }
  `,
  'ui/dispute-search': /* GraphQL */ `
    query { searchDisputes { ...DisputeSearchPage } }
  `,

  'features/auth/auth': /* GraphQL */ `
    fragment SessionUserFields on User { id role displayName email merchantId merchantOwner }
    # What the API answers when it opens a session.
    fragment OpenedSession on AuthPayload { token user { ...SessionUserFields } }

    mutation { login { ...OpenedSession twoFactorEnrolmentRequired } }
    mutation { signUp { ...OpenedSession } }
    query { me { ...SessionUserFields } }
    mutation { confirmEmail { message merchantVerification invitedProfile addressChanged user { id } } }
    mutation { acceptAgentInvitation { ...OpenedSession } }
    mutation { requestPasswordReset }
    # The address confirmation e-mail, sent again: signed in, and signed out by the address.
    query EmailConfirmationStatus { me { id email emailVerified awaitsInvitedProfile } }
    mutation { resendEmailConfirmation }
    mutation { requestEmailConfirmation }
    mutation { resetPassword { ...OpenedSession } }
    # Signing out ends the session on the server too: a copy of its token signs nobody in.
    mutation { signOut }
  `,
  'features/account/account': /* GraphQL */ `
    query AccountSecurity {
      me { id displayName email emailVerified twoFactorEnabled twoFactorRequired }
      mySessions { id userAgent createdAt lastSeenAt current }
    }
    mutation { updateMyProfile { id displayName } }
    mutation { requestEmailChange }
    mutation { changePassword { ...OpenedSession } }
    mutation { revokeSession }
    mutation { revokeOtherSessions }
    mutation { enrolTwoFactor { secret otpauthUri } }
    mutation { confirmTwoFactor { recoveryCodes signedIn { ...OpenedSession } } }
    mutation { disableTwoFactor { id twoFactorEnabled } }
    query { myData }
    mutation { eraseMyAccount }
  `,
  'features/notifications/notifications': /* GraphQL */ `
    fragment NotificationFields on Notification { id kind disputeId title body occurredAt read }

    query { myNotifications { unreadCount ${pageOf('...NotificationFields')} } }
    mutation { markNotificationsRead { marked unreadCount } }
    subscription { notificationAdded { ...NotificationFields } }
    query { myPreferences { locale emailNotifications digest } }
    mutation { updateMyPreferences { locale emailNotifications digest } }
  `,
  'features/webhooks/webhooks': /* GraphQL */ `
    fragment WebhookFields on Webhook { id url events createdAt }

    query { webhooks { ...WebhookFields } }
    mutation { registerWebhook { secret webhook { ...WebhookFields } } }
    mutation { deleteWebhook }
    query {
      webhookDeliveries { id type state attempts lastStatus lastError createdAt sentAt nextAttemptAt redelivery }
    }
    mutation { redeliverWebhook { id state } }
  `,
  'features/admin/admin': /* GraphQL */ `
    mutation { createAccount { id displayName email role } }
    query { undeliveredNotifications { id channel disputeId kind attempts lastError createdAt lastAttemptAt } }
    query { ratingClusters { merchantId merchantName ratings averageRating firstRatedAt lastRatedAt } }
    query { accountByEmail { id displayName role } }
    mutation { eraseDataSubject }
  `,

  'features/claim/claim': /* GraphQL */ `
    mutation { fileClaim { ...DisputeStanding } }
    # "My merchant is not on recours": the company as she knows it; the merchant answered is the one her claim names.
    mutation { inviteMerchant { id name verified onRecours } }
  `,
  'features/claim/similar-outcomes': /* GraphQL */ `
    fragment OutcomeFiguresFields on OutcomeFigures {
      enough endedDisputes outcomes { outcome remedy count share } medianDaysToResolution resolvedDisputes
      settledWithoutMediationShare note
    }

    query { similarOutcomes { merchant { ...OutcomeFiguresFields } category { ...OutcomeFiguresFields } } }
  `,
  'features/rights/rights': /* GraphQL */ `
    fragment RightsView on RightsAssessment {
      supported asOf jurisdiction nextStep
      notAssessed { code message }
      calendar { place source reason basis }
      legalWarranty { applies basis expiresOn extensionMonths runsFrom }
      presumptionOfDefect { applies basis until }
      commercialWarranty { applies basis expiresOn }
      remedies { remedy available basis reason }
      repairDeadline { basis dueOn overdue requestedOn }
      mediation { basis eligible lapsesOn reason }
      courtPath { amicableAttemptRequired basis claimAmount { amount currency } europeanSmallClaims explanation }
      ruleSet { id title appliesToContractsFrom notes }
      notification { required notifyBy reason basis }
      limitation { action until running reason basis }
      guidance { topic applies platformRule text basis message { code params { name value } } }
    }

    query { rightsAssessment { ...RightsView } }
  `,

  'features/disputes/dispute': /* GraphQL */ `
    # Everything a dispute page shows; the same selection for the query, the subscription and every command's answer.
    fragment DisputeView on Dispute {
      id version status whoseTurn consumerId merchantId filedAt lastActivityAt escalationLevel
      rejectionReason requestedRemedy formalNoticeDemand formalNoticeCitesAgreement remediesAvailable availableActions consumerPostcode
      consumer { id displayName }
      merchant { id name designatedMediatorId mediationBodyId onRecours }
      product { name brand category model serialNumber condition }
      purchase { purchasedOn deliveredOn price { amount currency } channel country orderReference }
      problem { description language firstNoticedOn chronology { on what } }
      commercialWarranty { provider months coverage }
      evidence { at kind name language sha256 file { id contentType size } }
      offers {
        id by kind remedy amount { amount currency } daysToCarryOut expiresOn madeAt status terms language
        rejectionReason
      }
      messages { id at authorId body language onBehalfOf visibility }
      timeline { version at type text quoted quotedLanguage }
      deadlines { kind dueOn dueAt owedBy offerId }
      rights { ...RightsView }
      mediation {
        stage requestedAt admissibilityDueAt admissibilityReason inadmissibilityGround fileCompletedAt
        outcomeDueAt mediatorId bodyId
        settlements {
          id remedy amount { amount currency } daysToCarryOut terms language status acceptedBy proposedAt answerDueOn answerDueAt
        }
      }
      agreement { agreedAt remedy amount { amount currency } dueOn overdue source reportedCarriedOutOn confirmationDueOn failureReportable }
      remedyHistory { at remedy outcome failure }
      closure { at outcome summary language nextSteps { kind text } }
      feedback { at rating comment language }
      legalHold { reason placedAt }
      erasesAt erasedAt
      mandate { associationId grantedAt association { name } document { name file { id } } }
      advisers { association { id name } sharedAt }
      assignee { id displayName }
      internalNotes { id body at author { displayName } }
    }
    # Where a dispute stands after a command that does not show it (filing, taking a case).
    fragment DisputeStanding on Dispute { id version status }

    query { dispute { ...DisputeView } }
    query { disputeAsOf { ...DisputeView } }
    subscription { disputeUpdated { ...DisputeView } }
    query { disputeAccessLog { at role name kind fileName what } }
    # The mediators an admin may assign a mediation to, by name and load (each body's; the dispute's body is picked from them).
    query AssignableMediators { mediationBodies @withoutArguments { id isDefault mediators { id displayName openCases } } }
  `,
  'features/disputes/my-disputes': /* GraphQL */ `
    query { myDisputes { ...DisputeSummaryPage } }
  `,

  'features/directory/directory': /* GraphQL */ `
    # What a merchant tells consumers: where to reach it and its consumer mediator.
    fragment MerchantProfileFields on Merchant {
      id name designatedMediatorId mediationBodyId supportChannels { email hotline chat servicePoints }
    }

    query MerchantDirectory { merchants { ...MerchantProfileFields verified verifiedDomain onRecours } }
    # One merchant: its public page, its own profile.
    query { merchant { ...MerchantProfileFields verified verifiedDomain onRecours } }
    query {
      merchantScorecard {
        claimsReceived answeredInTimeShare ratings medianFirstResponseHours resolutionRate mediationShare
        averageRating ratingsSetAside answeredInTimeBasis
        firstResponseBasis resolutionBasis
      }
    }
  `,
  'features/merchant/merchant': /* GraphQL */ `
    query { merchantInbox { overdueCount ...MerchantInboxPage } }
    mutation { updateMerchantProfile { ...MerchantProfileFields } }
    mutation { addMerchantAgent { id displayName pending teamRole } }
    mutation { requestMerchantVerification }
    query { merchantTeam { id displayName teamRole } }
    query { pendingAgentInvitations { id displayName teamRole } }
    mutation { setAgentTeamRole { id teamRole } }
    mutation { transferMerchantOwnership { id displayName teamRole } }
    mutation { removeMerchantAgent }
    query { replyTemplates { id title body } }
    mutation { saveReplyTemplate { id title body } }
    mutation { deleteReplyTemplate }
  `,
  'features/merchant-takeover/merchant-takeover': /* GraphQL */ `
    query { merchantInvitation { id name } }
    mutation { requestMerchantTakeover }
    mutation { takeOverMerchant { ...OpenedSession } }
  `,

  'features/mediation-bodies/mediation-bodies': /* GraphQL */ `
    # What a merchant chooses a mediation body by.
    fragment MediationBodyChoiceFields on MediationBody { id name sectors isDefault }

    query {
      mediationBodies {
        ...MediationBodyChoiceFields
        mediators { id displayName openCases overdueCases nextDueAt absentUntil }
      }
    }
    query MediationBodyChoices { mediationBodies @withoutArguments { ...MediationBodyChoiceFields } }
    # The admin's view of the bodies: who mediates for each, which merchants designated it.
    query AdminMediationBodies {
      mediationBodies @withoutArguments { ...MediationBodyChoiceFields mediators { id displayName } merchants { id name } }
    }
    mutation { createMediationBody { ...MediationBodyChoiceFields } }
    mutation { addBodyMediator { id } }
    mutation { setDefaultMediationBody { ...MediationBodyChoiceFields } }
    query {
      mediationIntake {
        totalCount
        ${pageOf(`
          id bodyId productName requestedAt admissibilityDueAt admissibilityOverdue merchant { id name }
          mediator { id displayName }
        `)}
      }
    }
    mutation { takeCase { ...DisputeStanding } }
    query { mediatorAbsences @withoutArguments { id firstDay lastDay } }
    mutation { declareMediatorAbsence { id } }
    mutation { endMediatorAbsence }
    query MediationBodyActivityReport {
      mediationBodies @withoutArguments { id name }
      mediationBodyActivityReport {
        year received refused accepted completed averageDurationDays medianDurationDays extended carriedOut
        refusals { ground requests }
        outcomes { outcome mediations }
        months { month received refused accepted completed averageDurationDays extended }
      }
    }
  `,
  'features/mediator/mediator': /* GraphQL */ `
    query { mediatorCaseload { ...MediatorCasePage } }
  `,
  'features/associations/associations': /* GraphQL */ `
    # What the directory shows of an association: never its id to a person (the id is only the choice's value).
    fragment AssociationFields on Association {
      id name description national areas { code name } email phone website
    }

    query AssociationDirectory { associations { ...AssociationFields } }
    query AssociationProfile { association { ...AssociationFields } associationAreas { code name } }
    query { associationAreas { code name } }
    mutation { updateAssociationProfile { ...AssociationFields } }
    query {
      associationMembers @withoutArguments {
        consumerId displayName since disputes { id productName merchantName status mandateGrantedAt }
      }
    }
  `,
  'features/association/association': /* GraphQL */ `
    query { associationCases { ...AssociationCasePage } }
    query { disputesSharedForAdvice { ...DisputeSummaryPage } }
  `,
  'features/systemic-problems/systemic-problems': /* GraphQL */ `
    query {
      systemicProblems {
        accentsIgnored trigramsUsed
        problems {
          groupId merchantId merchant { name } category defect members claims merchantMembers firstFiledAt
          lastFiledAt months { month claims members } disputeIds
        }
      }
    }
  `,
};

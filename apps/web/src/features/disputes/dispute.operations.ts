import { graphql } from '../../graphql/generated';

/** Everything a dispute page shows; the same selection for the query, the subscription and every command's answer. */
export const DisputeViewFields = graphql(`
  fragment DisputeView on Dispute {
    id
    version
    status
    whoseTurn
    consumerId
    merchantId
    filedAt
    lastActivityAt
    escalationLevel
    rejectionReason
    requestedRemedy
    remediesAvailable
    availableActions
    consumer {
      id
      displayName
    }
    merchant {
      id
      name
      designatedMediatorId
      onRecours
    }
    product {
      name
      brand
      category
      model
      serialNumber
      condition
    }
    purchase {
      purchasedOn
      deliveredOn
      price {
        amount
        currency
      }
      channel
      country
      orderReference
    }
    problem {
      description
      language
      firstNoticedOn
      chronology {
        on
        what
      }
    }
    commercialWarranty {
      provider
      months
      coverage
    }
    evidence {
      at
      kind
      name
      language
      sha256
      file {
        id
        contentType
        size
      }
    }
    offers {
      id
      by
      kind
      remedy
      amount {
        amount
        currency
      }
      daysToCarryOut
      expiresOn
      madeAt
      status
      terms
      language
      rejectionReason
    }
    messages {
      id
      at
      authorId
      body
      language
      onBehalfOf
      visibility
    }
    timeline {
      version
      at
      type
      text
      quoted
      quotedLanguage
    }
    deadlines {
      kind
      dueOn
      dueAt
      owedBy
      offerId
    }
    rights {
      ...RightsView
    }
    mediation {
      stage
      requestedAt
      admissibilityDueAt
      admissibilityReason
      inadmissibilityGround
      fileCompletedAt
      outcomeDueAt
      mediatorId
      settlements {
        id
        remedy
        amount {
          amount
          currency
        }
        daysToCarryOut
        terms
        language
        status
        acceptedBy
        proposedAt
      }
    }
    agreement {
      agreedAt
      remedy
      amount {
        amount
        currency
      }
      dueOn
      overdue
      source
    }
    remedyHistory {
      at
      remedy
      outcome
      failure
    }
    closure {
      at
      outcome
      summary
      language
      nextSteps {
        kind
        text
      }
    }
    feedback {
      at
      rating
      comment
      language
    }
    legalHold {
      reason
      placedAt
    }
    erasesAt
    erasedAt
    mandate {
      associationId
      grantedAt
      association {
        name
      }
      document {
        name
        file {
          id
        }
      }
    }
    advisers {
      association {
        id
        name
      }
      sharedAt
    }
    assignee {
      id
      displayName
    }
    internalNotes {
      id
      body
      at
      author {
        displayName
      }
    }
  }
`);

/** Where a dispute stands after a command that does not show it (filing, taking a case). */
export const DisputeStandingFields = graphql(`
  fragment DisputeStanding on Dispute {
    id
    version
    status
  }
`);

export const DisputeQuery = graphql(`
  query Dispute($id: ID!) {
    dispute(id: $id) {
      ...DisputeView
    }
  }
`);

export const DisputeAsOfQuery = graphql(`
  query DisputeAsOf($id: ID!, $at: String!) {
    disputeAsOf(id: $id, at: $at) {
      ...DisputeView
    }
  }
`);

export const DisputeUpdatedSubscription = graphql(`
  subscription DisputeUpdated($id: ID!) {
    disputeUpdated(id: $id) {
      ...DisputeView
    }
  }
`);

export const DisputeAccessLogQuery = graphql(`
  query DisputeAccessLog($id: ID!) {
    disputeAccessLog(id: $id) {
      at
      role
      name
      kind
      fileName
      what
    }
  }
`);

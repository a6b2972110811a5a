import { graphql } from '../graphql/generated';

// What usePagedConnection reads of a page to ask for the next one.
export const PageFields = graphql(`
  fragment PageFields on PageInfo {
    hasNextPage
    endCursor
  }
`);

// One page of each kind of list, with the row each list shows; the list queries spread them.

// A page of the cases an association follows under mandate.
export const AssociationCasePage = graphql(`
  fragment AssociationCasePage on AssociationCaseConnection {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      cursor
      node {
        id
        status
        productName
        merchantId
        merchant {
          name
        }
        mandateGrantedAt
        consumerId
        whoseTurn
        nextDeadline {
          kind
          dueAt
        }
        lastActivityAt
      }
    }
  }
`);

// A page of disputes as their parties (and the advisers they share them with) list them.
export const DisputeSummaryPage = graphql(`
  fragment DisputeSummaryPage on DisputeSummaryConnection {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      cursor
      node {
        id
        status
        requestedRemedy
        product {
          name
          brand
        }
        merchantId
        merchant {
          name
        }
        openOffer {
          by
          remedy
        }
        whoseTurn
        nextDeadline {
          kind
          dueAt
        }
        lastActivityAt
      }
    }
  }
`);

// A page of a mediator's caseload, with each mediation's dates.
export const MediatorCasePage = graphql(`
  fragment MediatorCasePage on MediatorCaseConnection {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      cursor
      node {
        id
        status
        productName
        merchantId
        whoseTurn
        stage
        requestedAt
        admissibilityDueAt
        admissibilityOverdue
        fileCompletedAt
        outcomeDueAt
        outcomeDaysLeft
        outcomeOverdue
      }
    }
  }
`);

// A page of a merchant's inbox, with each dispute's due date and assignee.
export const MerchantInboxPage = graphql(`
  fragment MerchantInboxPage on MerchantInboxConnection {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      cursor
      node {
        id
        status
        productName
        consumer {
          displayName
        }
        whoseTurn
        due {
          kind
          dueAt
        }
        lastActivityAt
        overdue
        escalated
        escalationLevel
        assignee {
          displayName
        }
      }
    }
  }
`);

// A page of search hits, with the words that matched.
export const DisputeSearchPage = graphql(`
  fragment DisputeSearchPage on DisputeSearchConnection {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      cursor
      node {
        id
        status
        productName
        orderReference
        merchantName
        consumerName
        highlights {
          field
          parts {
            text
            match
          }
        }
      }
    }
  }
`);

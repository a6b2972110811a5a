import { graphql } from '../../graphql/generated';

export const AssociationCasesQuery = graphql(`
  query AssociationCases($first: Int, $after: String, $status: DisputeStatus) {
    associationCases(first: $first, after: $after, status: $status) {
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
  }
`);

export const DisputesSharedForAdviceQuery = graphql(`
  query DisputesSharedForAdvice($first: Int, $after: String) {
    disputesSharedForAdvice(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageFields
      }
      edges {
        cursor
        node {
          id
          status
          product {
            name
            brand
          }
          merchant {
            name
          }
          whoseTurn
          lastActivityAt
        }
      }
    }
  }
`);

import { graphql } from '../../graphql/generated';

export const MediatorCaseloadQuery = graphql(`
  query MediatorCaseload($first: Int, $after: String, $status: DisputeStatus) {
    mediatorCaseload(first: $first, after: $after, status: $status) {
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
  }
`);

import { graphql } from '../../graphql/generated';

export const MyDisputesQuery = graphql(`
  query MyDisputes($first: Int, $after: String, $status: DisputeStatus) {
    myDisputes(first: $first, after: $after, status: $status) {
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
  }
`);

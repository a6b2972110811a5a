import { graphql } from '../../graphql/generated';

export const MyDisputesQuery = graphql(`
  query MyDisputes($first: Int, $after: String, $status: DisputeStatus) {
    myDisputes(first: $first, after: $after, status: $status) {
      ...DisputeSummaryPage
    }
  }
`);

import { graphql } from '../../graphql/generated';

export const MediatorCaseloadQuery = graphql(`
  query MediatorCaseload($first: Int, $after: String, $status: DisputeStatus) {
    mediatorCaseload(first: $first, after: $after, status: $status) {
      ...MediatorCasePage
    }
  }
`);

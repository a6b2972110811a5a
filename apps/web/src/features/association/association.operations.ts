import { graphql } from '../../graphql/generated';

export const AssociationCasesQuery = graphql(`
  query AssociationCases($first: Int, $after: String, $status: DisputeStatus) {
    associationCases(first: $first, after: $after, status: $status) {
      ...AssociationCasePage
    }
  }
`);

export const DisputesSharedForAdviceQuery = graphql(`
  query DisputesSharedForAdvice($first: Int, $after: String) {
    disputesSharedForAdvice(first: $first, after: $after) {
      ...DisputeSummaryPage
    }
  }
`);

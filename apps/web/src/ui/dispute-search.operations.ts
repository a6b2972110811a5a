import { graphql } from '../graphql/generated';

export const SearchDisputesQuery = graphql(`
  query SearchDisputes($query: String!, $first: Int, $after: String) {
    searchDisputes(query: $query, first: $first, after: $after) {
      ...DisputeSearchPage
    }
  }
`);

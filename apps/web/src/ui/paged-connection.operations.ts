import { graphql } from '../graphql/generated';

// What usePagedConnection reads of a page to ask for the next one.
export const PageFields = graphql(`
  fragment PageFields on PageInfo {
    hasNextPage
    endCursor
  }
`);

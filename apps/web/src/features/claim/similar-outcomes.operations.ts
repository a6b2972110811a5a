import { graphql } from '../../graphql/generated';

export const OutcomeFiguresFields = graphql(`
  fragment OutcomeFiguresFields on OutcomeFigures {
    enough
    endedDisputes
    outcomes {
      outcome
      remedy
      count
      share
    }
    medianDaysToResolution
    resolvedDisputes
    settledWithoutMediationShare
    note
  }
`);

export const SimilarOutcomesQuery = graphql(`
  query SimilarOutcomes($input: SimilarOutcomesInput!) {
    similarOutcomes(input: $input) {
      merchant {
        ...OutcomeFiguresFields
      }
      category {
        ...OutcomeFiguresFields
      }
    }
  }
`);

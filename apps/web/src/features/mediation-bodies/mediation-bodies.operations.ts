import { graphql } from '../../graphql/generated';

export const MediationBodiesQuery = graphql(`
  query MediationBodies($mine: Boolean) {
    mediationBodies(mine: $mine) {
      id
      name
      sectors
      isDefault
      mediators {
        id
        displayName
        openCases
        overdueCases
        nextDueAt
      }
    }
  }
`);

export const MediationBodyChoicesQuery = graphql(`
  query MediationBodyChoices {
    mediationBodies {
      id
      name
      sectors
      isDefault
    }
  }
`);

export const MediationIntakeQuery = graphql(`
  query MediationIntake($first: Int, $after: String, $unassignedOnly: Boolean) {
    mediationIntake(first: $first, after: $after, unassignedOnly: $unassignedOnly) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          bodyId
          productName
          requestedAt
          admissibilityDueAt
          admissibilityOverdue
          merchant {
            id
            name
          }
          mediator {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const TakeCaseMutation = graphql(`
  mutation TakeCase($input: TakeCaseInput!) {
    takeCase(input: $input) {
      id
      version
      status
    }
  }
`);

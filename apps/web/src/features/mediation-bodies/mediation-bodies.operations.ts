import { graphql } from '../../graphql/generated';

// What a merchant chooses a mediation body by.
export const MediationBodyChoiceFields = graphql(`
  fragment MediationBodyChoiceFields on MediationBody {
    id
    name
    sectors
    isDefault
  }
`);

export const MediationBodiesQuery = graphql(`
  query MediationBodies($mine: Boolean) {
    mediationBodies(mine: $mine) {
      ...MediationBodyChoiceFields
      mediators {
        id
        displayName
        openCases
        overdueCases
        nextDueAt
        absentUntil
      }
    }
  }
`);

export const MediationBodyChoicesQuery = graphql(`
  query MediationBodyChoices {
    mediationBodies {
      ...MediationBodyChoiceFields
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
      ...DisputeStanding
    }
  }
`);

export const MediatorAbsencesQuery = graphql(`
  query MediatorAbsences {
    mediatorAbsences {
      id
      firstDay
      lastDay
    }
  }
`);

export const DeclareMediatorAbsenceMutation = graphql(`
  mutation DeclareMediatorAbsence($input: DeclareMediatorAbsenceInput!) {
    declareMediatorAbsence(input: $input) {
      id
    }
  }
`);

export const EndMediatorAbsenceMutation = graphql(`
  mutation EndMediatorAbsence($input: EndMediatorAbsenceInput!) {
    endMediatorAbsence(input: $input)
  }
`);

export const MediationBodyActivityReportQuery = graphql(`
  query MediationBodyActivityReport($bodyId: ID!, $year: Int!) {
    mediationBodies {
      id
      name
    }
    mediationBodyActivityReport(bodyId: $bodyId, year: $year) {
      year
      received
      refused
      accepted
      completed
      averageDurationDays
      medianDurationDays
      extended
      carriedOut
      refusals {
        ground
        requests
      }
      outcomes {
        outcome
        mediations
      }
      months {
        month
        received
        refused
        accepted
        completed
        averageDurationDays
        extended
      }
    }
  }
`);

// The admin's view of the bodies: who mediates for each, which merchants designated it.
export const AdminMediationBodiesQuery = graphql(`
  query AdminMediationBodies {
    mediationBodies {
      ...MediationBodyChoiceFields
      mediators {
        id
        displayName
      }
      merchants {
        id
        name
      }
    }
  }
`);

export const CreateMediationBodyMutation = graphql(`
  mutation CreateMediationBody($input: CreateMediationBodyInput!) {
    createMediationBody(input: $input) {
      ...MediationBodyChoiceFields
    }
  }
`);

export const AddBodyMediatorMutation = graphql(`
  mutation AddBodyMediator($input: AddBodyMediatorInput!) {
    addBodyMediator(input: $input) {
      id
    }
  }
`);

export const SetDefaultMediationBodyMutation = graphql(`
  mutation SetDefaultMediationBody($input: SetDefaultMediationBodyInput!) {
    setDefaultMediationBody(input: $input) {
      ...MediationBodyChoiceFields
    }
  }
`);

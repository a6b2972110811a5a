import { graphql } from '../../graphql/generated';

// What the directory shows of an association: never its id to a person (the id is only the choice's value).
export const AssociationFields = graphql(`
  fragment AssociationFields on Association {
    id
    name
    description
    national
    areas {
      code
      name
    }
    email
    phone
    website
  }
`);

export const AssociationDirectoryQuery = graphql(`
  query AssociationDirectory($search: String, $area: String, $first: Int) {
    associations(search: $search, area: $area, first: $first) {
      ...AssociationFields
    }
  }
`);

export const AssociationProfileQuery = graphql(`
  query AssociationProfile($id: ID!) {
    association(id: $id) {
      ...AssociationFields
    }
    associationAreas {
      code
      name
    }
  }
`);

export const AssociationAreasQuery = graphql(`
  query AssociationAreas {
    associationAreas {
      code
      name
    }
  }
`);

export const UpdateAssociationProfileMutation = graphql(`
  mutation UpdateAssociationProfile($input: UpdateAssociationProfileInput!) {
    updateAssociationProfile(input: $input) {
      ...AssociationFields
    }
  }
`);

export const AssociationMembersQuery = graphql(`
  query AssociationMembers {
    associationMembers {
      consumerId
      displayName
      since
      disputes {
        id
        productName
        merchantName
        status
        mandateGrantedAt
      }
    }
  }
`);

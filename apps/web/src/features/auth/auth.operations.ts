import { graphql } from '../../graphql/generated';

export const SessionUserFields = graphql(`
  fragment SessionUserFields on User {
    id
    role
    displayName
    email
    merchantId
    merchantOwner
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      user {
        ...SessionUserFields
      }
    }
  }
`);

export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
      user {
        ...SessionUserFields
      }
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...SessionUserFields
    }
  }
`);

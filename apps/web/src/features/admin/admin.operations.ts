import { graphql } from '../../graphql/generated';

export const CreateAccountMutation = graphql(`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      id
      displayName
      email
      role
    }
  }
`);

import { graphql } from '../../graphql/generated';

export const FileClaimMutation = graphql(`
  mutation FileClaim($input: FileClaimInput!) {
    fileClaim(input: $input) {
      ...DisputeStanding
    }
  }
`);

import { graphql } from '../../graphql/generated';

export const FileClaimMutation = graphql(`
  mutation FileClaim($input: FileClaimInput!) {
    fileClaim(input: $input) {
      ...DisputeStanding
    }
  }
`);

// "My merchant is not on recours": the company as she knows it; the merchant answered is the one her claim names.
export const InviteMerchantMutation = graphql(`
  mutation InviteMerchant($input: InviteMerchantInput!) {
    inviteMerchant(input: $input) {
      id
      name
      verified
      onRecours
    }
  }
`);

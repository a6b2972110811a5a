import { graphql } from '../../graphql/generated';

export const MerchantInvitationQuery = graphql(`
  query MerchantInvitation($token: String!) {
    merchantInvitation(token: $token) {
      id
      name
    }
  }
`);

export const RequestMerchantTakeoverMutation = graphql(`
  mutation RequestMerchantTakeover($input: RequestMerchantTakeoverInput!) {
    requestMerchantTakeover(input: $input)
  }
`);

export const TakeOverMerchantMutation = graphql(`
  mutation TakeOverMerchant($input: TakeOverMerchantInput!) {
    takeOverMerchant(input: $input) {
      ...OpenedSession
    }
  }
`);

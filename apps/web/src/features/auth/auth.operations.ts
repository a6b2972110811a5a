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

// What the API answers when it opens a session.
export const OpenedSession = graphql(`
  fragment OpenedSession on AuthPayload {
    token
    user {
      ...SessionUserFields
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...OpenedSession
      twoFactorEnrolmentRequired
    }
  }
`);

export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      ...OpenedSession
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

export const ConfirmEmailMutation = graphql(`
  mutation ConfirmEmail($input: ConfirmEmailInput!) {
    confirmEmail(input: $input) {
      message
      merchantVerification
    }
  }
`);

export const AcceptAgentInvitationMutation = graphql(`
  mutation AcceptAgentInvitation($input: AcceptAgentInvitationInput!) {
    acceptAgentInvitation(input: $input) {
      ...OpenedSession
    }
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      ...OpenedSession
    }
  }
`);

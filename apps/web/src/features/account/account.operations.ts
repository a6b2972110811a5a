import { graphql } from '../../graphql/generated';

export const AccountSecurityQuery = graphql(`
  query AccountSecurity {
    me {
      id
      twoFactorEnabled
      twoFactorRequired
    }
    mySessions {
      id
      userAgent
      createdAt
      lastSeenAt
      current
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      ...OpenedSession
    }
  }
`);

export const RevokeSessionMutation = graphql(`
  mutation RevokeSession($input: RevokeSessionInput!) {
    revokeSession(input: $input)
  }
`);

export const RevokeOtherSessionsMutation = graphql(`
  mutation RevokeOtherSessions {
    revokeOtherSessions
  }
`);

export const EnrolTwoFactorMutation = graphql(`
  mutation EnrolTwoFactor {
    enrolTwoFactor {
      secret
      otpauthUri
    }
  }
`);

export const ConfirmTwoFactorMutation = graphql(`
  mutation ConfirmTwoFactor($input: ConfirmTwoFactorInput!) {
    confirmTwoFactor(input: $input) {
      recoveryCodes
      signedIn {
        ...OpenedSession
      }
    }
  }
`);

export const DisableTwoFactorMutation = graphql(`
  mutation DisableTwoFactor($input: DisableTwoFactorInput!) {
    disableTwoFactor(input: $input) {
      id
      twoFactorEnabled
    }
  }
`);

export const MyDataQuery = graphql(`
  query MyData {
    myData
  }
`);

export const EraseMyAccountMutation = graphql(`
  mutation EraseMyAccount($input: EraseMyAccountInput!) {
    eraseMyAccount(input: $input)
  }
`);

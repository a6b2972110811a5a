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
      token
      user {
        id
        role
        displayName
        email
        merchantId
        merchantOwner
      }
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
        token
        user {
          id
          role
          displayName
          email
          merchantId
          merchantOwner
        }
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

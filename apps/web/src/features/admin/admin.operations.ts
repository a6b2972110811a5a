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

export const UndeliveredNotificationsQuery = graphql(`
  query UndeliveredNotifications($first: Int) {
    undeliveredNotifications(first: $first) {
      id
      channel
      disputeId
      kind
      attempts
      lastError
      createdAt
      lastAttemptAt
    }
  }
`);

export const RatingClustersQuery = graphql(`
  query RatingClusters {
    ratingClusters {
      merchantId
      merchantName
      ratings
      averageRating
      firstRatedAt
      lastRatedAt
    }
  }
`);

export const AccountByEmailQuery = graphql(`
  query AccountByEmail($email: String!) {
    accountByEmail(email: $email) {
      id
      displayName
      role
    }
  }
`);

export const EraseDataSubjectMutation = graphql(`
  mutation EraseDataSubject($input: EraseDataSubjectInput!) {
    eraseDataSubject(input: $input)
  }
`);

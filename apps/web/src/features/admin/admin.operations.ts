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

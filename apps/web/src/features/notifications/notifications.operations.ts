import { graphql } from '../../graphql/generated';

export const NotificationFields = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    disputeId
    title
    body
    occurredAt
    read
  }
`);

export const MyNotificationsQuery = graphql(`
  query MyNotifications($first: Int, $after: String, $locale: Locale) {
    myNotifications(first: $first, after: $after, locale: $locale) {
      unreadCount
      pageInfo {
        ...PageFields
      }
      edges {
        cursor
        node {
          ...NotificationFields
        }
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      marked
      unreadCount
    }
  }
`);

export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded($locale: Locale) {
    notificationAdded(locale: $locale) {
      ...NotificationFields
    }
  }
`);

export const MyPreferencesQuery = graphql(`
  query MyPreferences {
    myPreferences {
      locale
      emailNotifications
      digest
    }
  }
`);

export const UpdateMyPreferencesMutation = graphql(`
  mutation UpdateMyPreferences($input: UpdateMyPreferencesInput!) {
    updateMyPreferences(input: $input) {
      locale
      emailNotifications
      digest
    }
  }
`);

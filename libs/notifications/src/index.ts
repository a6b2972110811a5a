// Nest wiring and the notifier
export * from './notifications.module';
export * from './notifier';

// What the API reads and changes
export * from './queries/account-contacts';
export * from './queries/in-app-notifications';
export * from './queries/notification-feed';
export * from './queries/notification-preferences';
export * from './queries/undelivered-notifications';
export * from './webhooks/webhook-registry';
export { WEBHOOK_EVENT_TYPES, WEBHOOK_EVENT_TYPES_NEVER_SENT, webhookTypeOf } from './webhooks/webhook-event-type';
export { webhookUrlProblem, isPublicAddress, type WebhookUrlProblem } from './webhooks/address-guard';
export { webhookSignature } from './webhooks/webhook-signature';
export { WebhookSecrets } from './webhooks/webhook-secrets';
export { UnsubscribeTokens } from './unsubscribe/unsubscribe-token';
export type { Preferences } from './outbox/directory';

// Notifications as people read them
export * from './rules/notification-kind';
export type { NotificationParams } from '@recours/disputes';
export { notificationText, listedNotificationText, isNotificationKind, type NotificationText } from './messages/notification-messages';
export { linksFrom, type Links } from './messages/links';
export { shownName, wordsNaming } from './messages/shown-name';

// The outbox
export { NOTIFICATIONS_SCHEMA, NOTIFIER_PROJECTION } from './schema/notifications-schema';
export { migrateNotifications, openNotificationsDataSource } from './schema/notifications-data-source';
export { OutboxSender } from './sending/outbox-sender';
export type { Channel, Delivery, DeliveryOutcome } from './sending/delivery';
export { EMAIL_BACKOFF, WEBHOOK_BACKOFF, type Backoff } from './sending/backoff';

// E-mails about an account (address confirmations, agent invitations)
export * from './account-emails/account-email';
export { ACCOUNT_EMAILS_TO_ADDRESS, queueAccountEmail, type SqlRunner } from './account-emails/account-email-queue';

// Notices about no one dispute (an agent removed from a merchant's team)
export { queueTeamAccessEnded, renameRemover, type TeamAccessEnded } from './notices/team-access-ended';
export { forgetInNotices, NAMES_IN_NOTICES, renameAssociation } from './notices/names-in-notices';

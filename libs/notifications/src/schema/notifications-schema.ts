/** Where the notifier keeps its checkpoint, the in-app notifications, the outbox and the webhooks. */
export const NOTIFICATIONS_SCHEMA = 'notifications';

/** The notifier's projection: its checkpoint row and lease carry this name. */
export const NOTIFIER_PROJECTION = 'notifier';

/** Told (pg_notify) when notifications are stored: the payload is the account they are for. */
export const NOTIFICATION_ADDED_CHANNEL = 'recours_notification_added';

/** Told when the outbox has something new to send, so the sender does not wait for its next poll. */
export const OUTBOX_CHANNEL = 'recours_outbox';

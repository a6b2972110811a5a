import type { NotificationKind } from '@recours/disputes';

// The kinds are named where each event says whom it tells (libs/disputes, events/notification-intent.ts).
export { NOTIFICATION_KINDS, type NotificationKind } from '@recours/disputes';

/** Kinds that go at once even to a reader who asked for a daily digest: a deadline does not wait for tomorrow. */
export const URGENT_KINDS: ReadonlySet<NotificationKind> = new Set(['DEADLINE_REMINDER', 'REMEDY_DUE_SOON']);

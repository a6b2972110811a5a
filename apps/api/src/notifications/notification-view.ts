import { isNotificationKind, listedNotificationText, type InAppNotification } from '@recours/notifications';
import type { Locale } from '../i18n';
import type { NotificationType } from './graphql/notification.types';

/**
 * A stored notification as its reader sees it, in their language. A kind this version does not
 * know (a newer notifier's, during an upgrade) is listed as OTHER, worded as news of the dispute:
 * she sees as many notifications as her bell counts, and one she can open.
 */
export function notificationView(item: InAppNotification, locale: Locale): NotificationType {
  const text = listedNotificationText(item.kind, item.params, locale);
  const kind = isNotificationKind(item.kind) ? item.kind : 'OTHER';
  return { id: item.id, kind, disputeId: item.disputeId, title: text.title, body: text.body, occurredAt: item.occurredAt, createdAt: item.createdAt, read: item.readAt !== null };
}

/** Cursors name the last notification of a page: its creation instant and id. */
export const notificationCursor = (item: InAppNotification): string => Buffer.from(JSON.stringify([item.createdAt.toISOString(), item.id])).toString('base64url');

/** The position a cursor names, or null when it is not one of ours. */
export function readNotificationCursor(cursor: string): { createdAt: Date; id: string } | null {
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parts) || parts.length !== 2) return null;
    const [at, id] = parts as unknown[];
    if (typeof at !== 'string' || typeof id !== 'string' || !/^[0-9a-f-]{36}$/.test(id)) return null;
    const createdAt = new Date(at);
    return Number.isNaN(createdAt.getTime()) ? null : { createdAt, id };
  } catch {
    return null;
  }
}

import { isUuid } from '@recours/event-store';
import { isNotificationKind, listedNotificationText, type InAppNotification } from '@recours/notifications';
import { decodeCursor, InvalidPageError } from '@recours/read-models';
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

/**
 * The position a cursor names, or null when it is not one of ours: read as every list's cursor is
 * (decodeCursor, whose instants PostgreSQL can hold), its id a UUID as the notifications' are. A
 * year PostgreSQL has not (-100000, 0000) or 36 dashes for the id reached the query: an internal error.
 */
export function readNotificationCursor(cursor: string): { createdAt: Date; id: string } | null {
  try {
    const [at, id] = decodeCursor(cursor, ['instant', 'id']);
    return isUuid(id) ? { createdAt: new Date(at as string), id } : null;
  } catch (error) {
    if (error instanceof InvalidPageError) return null;
    throw error;
  }
}

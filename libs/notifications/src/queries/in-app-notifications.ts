import type { Pool } from 'pg';
import type { NotificationParams } from '@recours/disputes';
import type { NotificationKind } from '../rules/notification-kind';

export interface InAppNotification {
  id: string;
  kind: NotificationKind;
  /** null: a notice about no one dispute (TEAM_ACCESS_ENDED). */
  disputeId: string | null;
  params: NotificationParams;
  occurredAt: Date;
  createdAt: Date;
  readAt: Date | null;
}

export interface NotificationPage {
  items: InAppNotification[];
  hasNextPage: boolean;
}

/** The reader's unread notifications of one dispute and kind, counted. */
export interface UnreadGroup {
  disputeId: string | null;
  kind: NotificationKind;
  count: number;
}

/** Up to so many of a reader's notifications, with her unread ones counted, as of one instant. */
export interface NotificationListing {
  items: InAppNotification[];
  /** More are stored after the last of `items`. */
  hasMore: boolean;
  unread: UnreadGroup[];
}

/** Where a page starts: after the notification created at `createdAt` with this id (newest first). */
export interface NotificationCursor {
  createdAt: Date;
  id: string;
}

interface Row {
  id: string;
  kind: NotificationKind;
  dispute_id: string | null;
  params: NotificationParams;
  occurred_at: Date;
  created_at: Date;
  read_at: Date | null;
}

const toItem = (row: Row): InAppNotification => ({
  id: row.id,
  kind: row.kind,
  disputeId: row.dispute_id,
  params: row.params,
  occurredAt: row.occurred_at,
  createdAt: row.created_at,
  readAt: row.read_at,
});

/** A reader's notifications in the app: newest first, the unread ones counted, marked read by their reader only. */
export class InAppNotifications {
  constructor(private readonly pool: Pool) {}

  async page(accountId: string, first: number, after?: NotificationCursor): Promise<NotificationPage> {
    const { rows } = await this.pool.query<Row>(
      `SELECT id::text, kind, dispute_id, params, occurred_at, created_at, read_at FROM notifications.notifications
        WHERE recipient_id = $1 AND ($2::timestamptz IS NULL OR (created_at, id) < ($2, $3::uuid))
        ORDER BY created_at DESC, id DESC LIMIT $4`,
      [accountId, after?.createdAt ?? null, after?.id ?? '00000000-0000-0000-0000-000000000000', first + 1],
    );
    return { items: rows.slice(0, first).map(toItem), hasNextPage: rows.length > first };
  }

  /**
   * Up to `first` of the reader's notifications after `after`, newest first, and her unread ones
   * counted by dispute and kind, in one statement: both as of one instant, so an answer never
   * lists a notification it does not count (or counts one it does not list yet).
   */
  async listing(accountId: string, first: number, after?: NotificationCursor): Promise<NotificationListing> {
    // `place`: the list's order (created_at to the microsecond, which a Date does not keep); null on the counts.
    const { rows } = await this.pool.query<Row & { place: number | null; n: number | null }>(
      `WITH listed AS (
         SELECT id, kind, dispute_id, params, occurred_at, created_at, read_at FROM notifications.notifications
          WHERE recipient_id = $1 AND ($2::timestamptz IS NULL OR (created_at, id) < ($2, $3::uuid))
          ORDER BY created_at DESC, id DESC LIMIT $4)
       SELECT id::text, kind, dispute_id, params, occurred_at, created_at, read_at, row_number() OVER (ORDER BY created_at DESC, id DESC)::int AS place, NULL::int AS n FROM listed
       UNION ALL
       SELECT NULL, kind, dispute_id, NULL, NULL, NULL, NULL, NULL, count(*)::int FROM notifications.notifications
        WHERE recipient_id = $1 AND read_at IS NULL GROUP BY dispute_id, kind
       ORDER BY place`,
      [accountId, after?.createdAt ?? null, after?.id ?? '00000000-0000-0000-0000-000000000000', first + 1],
    );
    const listed = rows.filter((row) => row.place !== null);
    return {
      items: listed.slice(0, first).map(toItem),
      hasMore: listed.length > first,
      unread: rows.filter((row) => row.n !== null).map((row) => ({ disputeId: row.dispute_id, kind: row.kind, count: row.n! })),
    };
  }

  async find(accountId: string, id: string): Promise<InAppNotification | null> {
    const { rows } = await this.pool.query<Row>(
      `SELECT id::text, kind, dispute_id, params, occurred_at, created_at, read_at FROM notifications.notifications WHERE recipient_id = $1 AND id = $2`,
      [accountId, id],
    );
    return rows[0] ? toItem(rows[0]) : null;
  }

  /** Notifications created after `since` (for the live feed, in order). */
  async since(accountId: string, since: Date): Promise<InAppNotification[]> {
    const { rows } = await this.pool.query<Row>(
      `SELECT id::text, kind, dispute_id, params, occurred_at, created_at, read_at FROM notifications.notifications
        WHERE recipient_id = $1 AND created_at > $2 ORDER BY created_at, id LIMIT 100`,
      [accountId, since],
    );
    return rows.map(toItem);
  }

  /** The reader's unread notifications, counted by dispute and kind (for a count over the disputes she still reads). */
  async unreadByDispute(accountId: string): Promise<UnreadGroup[]> {
    const { rows } = await this.pool.query<{ dispute_id: string | null; kind: NotificationKind; n: number }>(
      `SELECT dispute_id, kind, count(*)::int AS n FROM notifications.notifications WHERE recipient_id = $1 AND read_at IS NULL GROUP BY dispute_id, kind`,
      [accountId],
    );
    return rows.map((row) => ({ disputeId: row.dispute_id, kind: row.kind, count: row.n }));
  }

  async unreadCount(accountId: string): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM notifications.notifications WHERE recipient_id = $1 AND read_at IS NULL`, [accountId]);
    return rows[0].n;
  }

  /** Marks the reader's own notifications among `ids` read; answers those it changed. Others' ids change nothing. */
  async markRead(accountId: string, ids: readonly string[], at: Date): Promise<string[]> {
    const { rows } = await this.pool.query<{ id: string }>(
      `UPDATE notifications.notifications SET read_at = $3 WHERE recipient_id = $1 AND id = ANY($2::uuid[]) AND read_at IS NULL RETURNING id::text`,
      [accountId, ids, at],
    );
    return rows.map((row) => row.id);
  }
}

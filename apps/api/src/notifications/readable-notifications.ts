import { Injectable } from '@nestjs/common';
import { DisputeHistories } from '@recours/dispute-commands';
import { ACCESS_ENDED_KINDS, InAppNotifications, type InAppNotification, type NotificationCursor, type NotificationListing, type UnreadGroup } from '@recours/notifications';
import type { Viewer } from '../auth/viewer';
import { readerOf } from '../disputes/dispute-access';

/** Stored pages looked through to fill one page of the list, at most: a former agent's notifications may be many, and none of them hers to read now. */
const ROUNDS = 3;

/** Disputes whose access one list read checks at once. */
const READS_AT_ONCE = 4;

/** Whether she reads each dispute now, as read once for one answer. */
type Access = Map<string, boolean>;

/** A page of the list: what it shows, and the position the next page starts after (the last notification looked at, shown or not). */
export interface ReadablePage {
  items: InAppNotification[];
  hasNextPage: boolean;
  end: InAppNotification | undefined;
}

/**
 * A reader's notifications, those of the disputes she reads now only: told to her while she read
 * a dispute, they are no longer shown once her access ended (an agent removed from the team, a
 * case given to another mediator, a mandate ended), save the news that it ended
 * (ACCESS_ENDED_KINDS, the notice of her removal from a team naming no dispute), as for her e-mails. Whether she reads a dispute is dispute(id)'s rule
 * (readerOf) over the dispute as it stands, folded by the process's histories: each list read
 * costs one read per dispute it names, of the events this process has not folded yet.
 */
@Injectable()
export class ReadableNotifications {
  constructor(
    private readonly notifications: InAppNotifications,
    private readonly histories: DisputeHistories,
  ) {}

  /** The notifications among `items` the viewer may still read, in their order. */
  async of(viewer: Viewer, items: readonly InAppNotification[], access: Access = new Map()): Promise<InAppNotification[]> {
    const read = await this.reads(viewer, items.filter((item) => !ACCESS_ENDED_KINDS.has(item.kind)).map((item) => item.disputeId), access);
    return items.filter((item) => ACCESS_ENDED_KINDS.has(item.kind) || (item.disputeId !== null && read.has(item.disputeId)));
  }

  /**
   * Up to `first` of them, newest first, after `after`, and her unread ones counted (the bell), as
   * of one instant: the stored notifications the page may look through and the unread counts are
   * read in one statement, and each dispute's access once for both, so the count never leaves out
   * an unread notification the page shows.
   */
  async pageWithUnreadCount(viewer: Viewer, first: number, after?: NotificationCursor): Promise<ReadablePage & { unreadCount: number }> {
    const listing = await this.notifications.listing(viewer.accountId, ROUNDS * first, after);
    const access: Access = new Map();
    const page = await this.page(viewer, first, listing, access);
    return { ...page, unreadCount: await this.counted(viewer, listing.unread, access) };
  }

  /** Her unread notifications of the disputes she reads now (the bell). */
  async unreadCount(viewer: Viewer): Promise<number> {
    return this.counted(viewer, await this.notifications.unreadByDispute(viewer.accountId), new Map());
  }

  /** A page of those of `listing` she reads now, looking through at most ROUNDS stored pages of `first`. */
  private async page(viewer: Viewer, first: number, listing: NotificationListing, access: Access): Promise<ReadablePage> {
    const items: InAppNotification[] = [];
    let looked: InAppNotification | undefined;
    for (let round = 1; ; round++) {
      const stored = listing.items.slice((round - 1) * first, round * first);
      const storedHasNextPage = listing.items.length > round * first || listing.hasMore;
      const kept = new Set(await this.of(viewer, stored, access));
      for (const [index, item] of stored.entries()) {
        if (!kept.has(item)) continue;
        items.push(item);
        if (items.length === first) return { items, hasNextPage: index < stored.length - 1 || storedHasNextPage, end: item };
      }
      looked = stored.at(-1) ?? looked;
      if (!storedHasNextPage || round === ROUNDS || !looked) return { items, hasNextPage: storedHasNextPage, end: looked };
    }
  }

  /** The unread notifications of `unread` of the disputes she reads now, and the news that her access ended. */
  private async counted(viewer: Viewer, unread: readonly UnreadGroup[], access: Access): Promise<number> {
    const read = await this.reads(viewer, unread.filter((group) => !ACCESS_ENDED_KINDS.has(group.kind)).map((group) => group.disputeId), access);
    return unread.reduce((count, group) => count + (ACCESS_ENDED_KINDS.has(group.kind) || (group.disputeId !== null && read.has(group.disputeId)) ? group.count : 0), 0);
  }

  /**
   * Which of these disputes the viewer reads now, each read once, a few at a time: an agent's bell
   * may name thousands of disputes, and their reads must not take every connection of the pool
   * from the other requests at once.
   */
  private async reads(viewer: Viewer, disputeIds: ReadonlyArray<string | null>, access: Access): Promise<Set<string>> {
    const ids = [...new Set(disputeIds.filter((id): id is string => id !== null))];
    const unknown = ids.filter((id) => !access.has(id));
    for (let start = 0; start < unknown.length; start += READS_AT_ONCE) {
      await Promise.all(
        unknown.slice(start, start + READS_AT_ONCE).map(async (id) => {
          const { state } = await this.histories.current(id);
          access.set(id, state.filed && readerOf(state, viewer) !== null);
        }),
      );
    }
    return new Set(ids.filter((id) => access.get(id)));
  }
}

import { fieldProblem } from '@recours/disputes';
import { Args, Context, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Clock } from '@recours/clock';
import { InAppNotifications, NotificationFeed, NotificationPreferences, type InAppNotification } from '@recours/notifications';
import { CurrentViewer, requireViewer } from '../../auth/current-viewer.decorator';
import type { Viewer } from '../../auth/viewer';
import { AsyncQueue } from '../../disputes/live/async-queue';
import { badUserInput, problemAt, unauthenticated } from '../../graphql/errors';
import type { RequestContext } from '../../graphql/request-context';
import { LOCALE_ARGUMENT, namesALocale, requestLocale, type Locale } from '../../i18n';
import { AccountLocale } from '../account-locale';
import { notificationCursor, notificationView, readNotificationCursor } from '../notification-view';
import { ReaderLocale } from '../reader-locale';
import { ReadableNotifications } from '../readable-notifications';
import { MarkNotificationsReadInput, UpdateMyPreferencesInput } from './notification.inputs';
import {
  MarkNotificationsReadPayload,
  NotificationConnection,
  NotificationPreferencesType,
  NotificationType,
  DigestFrequency,
} from './notification.types';

/** The notifications' language: asked for, else the account's (French by default), as its e-mails. */
const TEXT_LOCALE = { ...LOCALE_ARGUMENT, description: "The language of the notifications' text; defaults to your account's language." } as const;
/** The list read with a page: asked for, else the language the request names (as every other text of the page), else the account's. */
const LIST_LOCALE = {
  ...LOCALE_ARGUMENT,
  description: "The language of the notifications' text; defaults to the request's language (`?locale=`, Accept-Language), else your account's.",
} as const;

/** In-app notifications and how one wants to hear: each reader reads and changes only their own. */
@Resolver()
export class NotificationsResolver {
  constructor(
    private readonly notifications: InAppNotifications,
    private readonly readable: ReadableNotifications,
    private readonly preferences: NotificationPreferences,
    private readonly feed: NotificationFeed,
    private readonly locale: ReaderLocale,
    private readonly accountLocale: AccountLocale,
    private readonly clock: Clock,
  ) {}

  @Query(() => NotificationConnection, { description: 'Your notifications, newest first, in your language.' })
  async myNotifications(
    @CurrentViewer() viewer: Viewer | null,
    @Args('first', { type: () => Int, nullable: true, description: 'At most this many (default 20, at most 100).' }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args(LIST_LOCALE) requested?: Locale | null,
    @Context() context?: RequestContext,
  ): Promise<NotificationConnection> {
    const reader = requireViewer(viewer);
    const limit = first ?? 20;
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw badUserInput([problemAt('first', fieldProblem('NOT_IN_RANGE', { min: 1, max: 100 }))]);
    const cursor = after ? readNotificationCursor(after) : undefined;
    if (cursor === null) throw badUserInput([problemAt('after', fieldProblem('NOT_A_CURSOR'))]);
    // The list and its unread count as of one instant: never a notification listed and not counted.
    const [page, locale] = await Promise.all([
      this.readable.pageWithUnreadCount(reader, limit, cursor),
      requested ?? (context && namesALocale(context) ? requestLocale(context) : this.locale.of(reader.accountId)),
    ]);
    const edges = page.items.map((item) => ({ cursor: notificationCursor(item), node: notificationView(item, locale) }));
    // The next page starts after the last notification looked at, shown or not (ReadableNotifications).
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.end ? notificationCursor(page.end) : null }, unreadCount: page.unreadCount };
  }

  @Query(() => Int, { description: 'How many of your notifications are unread (the bell).' })
  unreadNotificationCount(@CurrentViewer() viewer: Viewer | null): Promise<number> {
    return this.readable.unreadCount(requireViewer(viewer));
  }

  @Mutation(() => MarkNotificationsReadPayload, { description: 'Marks some of your notifications read; ids of others change nothing.' })
  async markNotificationsRead(@CurrentViewer() viewer: Viewer | null, @Args('input') input: MarkNotificationsReadInput): Promise<MarkNotificationsReadPayload> {
    const reader = requireViewer(viewer);
    const marked = await this.notifications.markRead(reader.accountId, input.ids.map((id) => id.toLowerCase()), this.clock.now());
    return { marked, unreadCount: await this.readable.unreadCount(reader) };
  }

  @Subscription(() => NotificationType, {
    description: 'Each new notification of yours, as it is stored, in your language.',
    resolve: (notification: NotificationType) => notification,
  })
  async notificationAdded(@CurrentViewer() viewer: Viewer | null, @Args(TEXT_LOCALE) requested?: Locale | null): Promise<AsyncIterableIterator<NotificationType>> {
    const reader = requireViewer(viewer);
    const locale = requested ?? (await this.locale.of(reader.accountId));
    // Where the stream starts: after what is stored now (the notifier's clock, not this one).
    const latest = (await this.notifications.page(reader.accountId, 1)).items[0];
    let watermark = latest?.createdAt ?? new Date(0);
    let seen = new Set<string>(latest ? [latest.id] : []);
    let unlisten: () => void = () => undefined;
    const queue = new AsyncQueue<NotificationType>(() => unlisten());
    let chain = Promise.resolve();
    const catchUp = async () => {
      const fresh: InAppNotification[] = (await this.notifications.since(reader.accountId, watermark)).filter((n) => !seen.has(n.id));
      // Of the disputes she reads as each is delivered: a lagging notifier may store news of one she no longer reads.
      const delivered = new Set(await this.readable.of(reader, fresh));
      for (const item of fresh) {
        if (item.createdAt > watermark) [watermark, seen] = [item.createdAt, new Set()];
        seen.add(item.id);
        if (delivered.has(item)) queue.push(notificationView(item, locale));
      }
    };
    unlisten = await this.feed.listen(reader.accountId, () => {
      chain = chain.then(catchUp).catch(() => queue.end());
    });
    return queue;
  }

  @Query(() => NotificationPreferencesType, { description: 'How you hear of your disputes.' })
  async myPreferences(@CurrentViewer() viewer: Viewer | null): Promise<NotificationPreferencesType> {
    const reader = requireViewer(viewer);
    const [preferences, locale] = await Promise.all([this.preferences.of(reader.accountId), this.locale.of(reader.accountId)]);
    return { ...preferences, locale, digest: preferences.digest as DigestFrequency };
  }

  @Mutation(() => NotificationPreferencesType, { description: 'Your language, e-mail notifications on or off, at once or in a daily digest. Fields left out stay as they are.' })
  async updateMyPreferences(@CurrentViewer() viewer: Viewer | null, @Args('input') input: UpdateMyPreferencesInput): Promise<NotificationPreferencesType> {
    const reader = requireViewer(viewer);
    if (input.locale == null && input.emailNotifications == null && input.digest == null) throw badUserInput([problemAt('input', fieldProblem('CHANGES_NOTHING'))]);
    if (input.locale != null) await this.accountLocale.set(reader.accountId, input.locale);
    const preferences = await this.preferences.update(reader.accountId, { emailNotifications: input.emailNotifications, digest: input.digest as DigestFrequency | undefined });
    // Erased while this request ran: the account is gone, as its sessions are.
    if (!preferences) throw unauthenticated();
    return { ...preferences, locale: await this.locale.of(reader.accountId), digest: preferences.digest as DigestFrequency };
  }
}

import { NotificationFeed } from '@recours/notifications';
import { DisputeUpdatesHub } from '../../apps/api/src/disputes/live/dispute-updates.hub';
import type { TestApp } from './test-app';

/**
 * Waits until `count` live subscriptions of this in-process app listen to the dispute: a
 * subscription is established once the server has checked the reader and listens, which a loaded
 * machine may take longer than any fixed pause; a change made before that is never sent to it.
 */
export async function untilWatching(api: TestApp, disputeId: string, count: number, timeoutMs = 15_000): Promise<void> {
  const hub = api.app.get(DisputeUpdatesHub);
  for (const deadline = Date.now() + timeoutMs; hub.watchers(disputeId) < count; await new Promise((resolve) => setTimeout(resolve, 10))) {
    if (Date.now() > deadline) throw new Error(`${hub.watchers(disputeId)} live subscription(s) to the dispute within ${timeoutMs} ms, not ${count}`);
  }
}

/** Waits until `count` live subscriptions of this in-process app listen for the account's notifications (notificationAdded), for the same reason. */
export async function untilFeedListened(api: TestApp, accountId: string, count: number, timeoutMs = 15_000): Promise<void> {
  const feed = api.app.get(NotificationFeed);
  for (const deadline = Date.now() + timeoutMs; feed.listening(accountId) < count; await new Promise((resolve) => setTimeout(resolve, 10))) {
    if (Date.now() > deadline) throw new Error(`${feed.listening(accountId)} live subscription(s) to the account's notifications within ${timeoutMs} ms, not ${count}`);
  }
}

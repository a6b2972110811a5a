import { useCallback, useEffect } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { MarkNotificationsReadMutation, MyNotificationsQuery, NotificationAddedSubscription } from './notifications.operations';

/**
 * The reader's latest notifications and unread count, refreshed whenever notificationAdded
 * pushes a new one (graphql-ws), and a way to mark them read.
 */
export function useNotifications(first: number, locale: 'fr' | 'en') {
  const [list, reexecute] = useQuery({ query: MyNotificationsQuery, variables: { first, locale }, requestPolicy: 'cache-and-network' });
  const [added] = useSubscription({ query: NotificationAddedSubscription, variables: { locale } });
  const [, mark] = useMutation(MarkNotificationsReadMutation);
  const latestAdded = added.data?.notificationAdded;
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useEffect(() => {
    if (latestAdded) refresh();
  }, [latestAdded, refresh]);
  const items = list.data?.myNotifications.edges.map((e) => e.node) ?? [];
  const markRead = useCallback(
    async (ids: string[]) => {
      if (ids.length === 0) return;
      await mark({ input: { ids } });
      refresh();
    },
    [mark, refresh],
  );
  return { items, unreadCount: list.data?.myNotifications.unreadCount ?? 0, pageInfo: list.data?.myNotifications.pageInfo, fetching: list.fetching, error: list.error, markRead, refresh };
}

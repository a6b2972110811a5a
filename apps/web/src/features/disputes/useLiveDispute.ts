import { useCallback, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import type { DisputeViewFragment } from '../../graphql/generated/graphql';
import { DisputeQuery, DisputeUpdatedSubscription } from './dispute.operations';

const newest = (...views: Array<DisputeViewFragment | null | undefined>): DisputeViewFragment | null =>
  views.reduce<DisputeViewFragment | null>((best, view) => (view && (!best || view.version >= best.version) ? view : best), null);

/**
 * The dispute as it stands now: the query, then every push of disputeUpdated (graphql-ws) and
 * every command's answer, whichever is newest by version.
 */
export function useLiveDispute(id: string) {
  const [query, reexecute] = useQuery({ query: DisputeQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const [subscription] = useSubscription({ query: DisputeUpdatedSubscription, variables: { id } });
  const [answered, setAnswered] = useState<DisputeViewFragment | null>(null);
  const dispute = newest(query.data?.dispute, subscription.data?.disputeUpdated, answered?.id === id ? answered : null);
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return { dispute, error: query.error, fetching: query.fetching, live: !subscription.error && !!subscription.data, refresh, onUpdated: setAnswered };
}

import { useEffect } from 'react';
import { useQuery } from 'urql';
import { MeQuery } from '../features/auth/auth.operations';
import { useSession } from './SessionProvider';

/** A stored token can expire or belong to a database since reset: the API's word ends the session. */
export function SessionCheck() {
  const { token, signOut } = useSession();
  const [{ error }] = useQuery({ query: MeQuery, pause: !token, requestPolicy: 'network-only' });
  useEffect(() => {
    if (error?.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED' || e.extensions?.code === 'NOT_FOUND')) signOut();
  }, [error, signOut]);
  return null;
}

import { useNavigate } from 'react-router';
import { HOME_OF } from './home-path';
import { useSession, type SessionUser } from './SessionProvider';

/**
 * What the API answers when it opens a session (sign-in, sign-up, reset, invitation): keeps the
 * session, then goes to `to` or to the role's home, leaving the form out of the history.
 */
export function useEnterSession() {
  const { signIn } = useSession();
  const navigate = useNavigate();
  return (session: { token: string; user: unknown }, to?: (user: SessionUser) => string | undefined) => {
    const user = session.user as SessionUser;
    signIn(session.token, user);
    navigate(to?.(user) ?? HOME_OF[user.role], { replace: true });
  };
}

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export type Role = 'CONSUMER' | 'MERCHANT' | 'MEDIATOR' | 'ASSOCIATION' | 'ADMIN';

export interface SessionUser {
  id: string;
  role: Role;
  displayName: string;
  email: string | null;
  merchantId: string | null;
  merchantOwner: boolean;
}

export interface Session {
  token: string | null;
  user: SessionUser | null;
  signIn(token: string, user: SessionUser): void;
  signOut(): void;
}

const STORAGE_KEY = 'recours.session';
const SessionContext = createContext<Session | null>(null);

function stored(): { token: string; user: SessionUser } | null {
  try {
    const value = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as { token?: unknown; user?: SessionUser } | null;
    return value && typeof value.token === 'string' && value.user ? { token: value.token, user: value.user } : null;
  } catch {
    return null;
  }
}

/** Who is signed in. The token lives in localStorage so a reload keeps the session. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState(stored);
  const signIn = useCallback((token: string, user: SessionUser) => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ token, user }));
    setState({ token, user });
  }, []);
  const signOut = useCallback(() => {
    localStorage.removeItem(STORAGE_KEY);
    setState(null);
  }, []);
  const value = useMemo<Session>(() => ({ token: state?.token ?? null, user: state?.user ?? null, signIn, signOut }), [state, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

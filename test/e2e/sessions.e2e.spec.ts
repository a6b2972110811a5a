import { codeOf, fieldsOf, withCast } from '@recours/testing';
import { RawSocket } from '../reliability/support/socket';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;
const SESSIONS = `{ mySessions { id userAgent createdAt lastSeenAt expiresAt current } }`;
const REVOKE = `mutation($input: RevokeSessionInput!) { revokeSession(input: $input) }`;
const ME = `{ me { id email } }`;

interface Session {
  id: string;
  userAgent: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  current: boolean;
}

/** Issue 17 item 5: sessions listed (never their tokens) and ended one by one. */
describe('mySessions, revokeSession, revokeOtherSessions', () => {
  const sockets: RawSocket[] = [];
  afterAll(() => sockets.forEach((s) => s.close())); // before the app closes
  const cast = withCast('sessions_e2e', {});
  /** Signs in from a browser that says `userAgent`. */
  const signIn = async (email: string, userAgent: string): Promise<string> => {
    const response = await fetch(cast.api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': userAgent },
      body: JSON.stringify({ query: LOGIN, variables: { input: { email, password: 'Correct-Horse-42' } } }),
    });
    return ((await response.json()) as { data: { login: { token: string } } }).data.login.token;
  };
  const sessionsOf = async (token: string) => (await cast.api.gql<{ mySessions: Session[] }>(SESSIONS, {}, token)).data!.mySessions;

  it('lists each session with its browser, when it began and was last used, marking the current one; no token anywhere', async () => {
    const claire = await cast.actors.consumer('Claire Sessions');
    const email = (await cast.api.gql<{ me: { email: string } }>(ME, {}, claire.token)).data!.me.email;
    const phone = await signIn(email, 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0) Safari/604.1');
    const laptop = await signIn(email, 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0');
    const seen = await sessionsOf(laptop);
    expect(seen).toHaveLength(3);
    expect(seen.filter((s) => s.current).map((s) => s.userAgent)).toEqual(['Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0']);
    expect(seen.map((s) => s.userAgent)).toEqual(expect.arrayContaining(['Mozilla/5.0 (iPhone; CPU iPhone OS 18_0) Safari/604.1']));
    for (const s of seen) expect(Date.parse(s.expiresAt)).toBeGreaterThan(Date.parse(s.createdAt));
    const text = JSON.stringify(seen);
    for (const token of [claire.token, phone, laptop]) expect(text).not.toContain(token.split('.')[2]);
    // Another account sees its own sessions only.
    const other = await cast.actors.consumer('Someone Else');
    expect((await sessionsOf(other.token)).map((s) => s.current)).toEqual([true]);
    expect(codeOf(await cast.api.gql(SESSIONS))).toBe('UNAUTHENTICATED');
  });

  it('a revoked session’s token is refused on its next request; the others keep working', async () => {
    const claire = await cast.actors.consumer('Claire Revokes');
    const email = (await cast.api.gql<{ me: { email: string } }>(ME, {}, claire.token)).data!.me.email;
    const phone = await signIn(email, 'Phone browser');
    const laptop = await signIn(email, 'Laptop browser');
    const phoneSession = (await sessionsOf(laptop)).find((s) => s.userAgent === 'Phone browser')!;
    expect(codeOf(await cast.api.gql(ME, {}, phone))).toBe('OK');

    expect((await cast.api.gql(REVOKE, { input: { sessionId: phoneSession.id } }, laptop)).data).toEqual({ revokeSession: true });
    const refused = await cast.api.gql(ME, {}, phone);
    expect(codeOf(refused)).toBe('UNAUTHENTICATED');
    expect(refused.errors?.[0].message).toMatch(/session has ended/);
    expect([codeOf(await cast.api.gql(ME, {}, laptop)), codeOf(await cast.api.gql(ME, {}, claire.token))]).toEqual(['OK', 'OK']);
    expect((await sessionsOf(laptop)).map((s) => s.userAgent)).not.toContain('Phone browser');
    // Over the socket too.
    const socket = await RawSocket.connect(cast.api.url, { authorization: `Bearer ${phone}` });
    sockets.push(socket);
    expect(socket.closed?.code).toBe(4403);

    // Ended already, someone else's, or not an id: refused, naming the field; nothing else ends.
    const again = await cast.api.gql(REVOKE, { input: { sessionId: phoneSession.id } }, laptop);
    expect([codeOf(again), fieldsOf(again)]).toEqual(['BAD_USER_INPUT', ['input.sessionId']]);
    const stranger = await cast.actors.consumer('Stranger');
    const laptopSession = (await sessionsOf(laptop)).find((s) => s.current)!;
    const foreign = await cast.api.gql(REVOKE, { input: { sessionId: laptopSession.id } }, stranger.token);
    expect([codeOf(foreign), fieldsOf(foreign)]).toEqual(['BAD_USER_INPUT', ['input.sessionId']]);
    expect(codeOf(await cast.api.gql(ME, {}, laptop))).toBe('OK');
    const malformed = await cast.api.gql(REVOKE, { input: { sessionId: 'not-a-session' } }, laptop);
    expect([codeOf(malformed), fieldsOf(malformed)]).toEqual(['BAD_USER_INPUT', ['input.sessionId']]);
  });

  it('signing out ends the session on the server: its token is refused from then on, the other sessions keep working', async () => {
    const claire = await cast.actors.consumer('Claire Signs Out');
    const email = (await cast.api.gql<{ me: { email: string } }>(ME, {}, claire.token)).data!.me.email;
    const shared = await signIn(email, 'Mozilla/5.0 (Windows NT 10.0) Edge/140.0 (library computer)');
    const sharedId = (await sessionsOf(shared)).find((s) => s.current)!.id;
    expect((await cast.api.gql<{ signOut: boolean }>(`mutation { signOut }`, {}, shared)).data).toEqual({ signOut: true });
    // A copy of the token (left in the shared computer's profile) signs nobody in any more.
    expect(codeOf(await cast.api.gql(ME, {}, shared))).toBe('UNAUTHENTICATED');
    // Her other session goes on, and no longer lists the one she signed out of as running.
    expect((await cast.api.gql<{ me: { email: string } }>(ME, {}, claire.token)).data?.me.email).toBe(email);
    expect((await sessionsOf(claire.token)).map((s) => s.id)).not.toContain(sharedId);
    // Anonymous: nothing to sign out of.
    expect(codeOf(await cast.api.gql(`mutation { signOut }`))).toBe('UNAUTHENTICATED');
  });

  it('revokeOtherSessions ends every session but the caller’s, an open subscription included', async () => {
    const claire = await cast.actors.consumer('Claire Others');
    const email = (await cast.api.gql<{ me: { email: string } }>(ME, {}, claire.token)).data!.me.email;
    const tablet = await signIn(email, 'Tablet browser');
    const laptop = await signIn(email, 'Laptop browser');
    const live = await RawSocket.connect(cast.api.url, { authorization: `Bearer ${tablet}` });
    sockets.push(live);
    live.subscribe('notes', `subscription { notificationAdded { id } }`);
    // Revoked at once, while the subscription may still be starting: it ends either way.

    expect((await cast.api.gql(`mutation { revokeOtherSessions }`, {}, laptop)).data).toEqual({ revokeOtherSessions: 2 });
    expect([codeOf(await cast.api.gql(ME, {}, claire.token)), codeOf(await cast.api.gql(ME, {}, tablet)), codeOf(await cast.api.gql(ME, {}, laptop))]).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'OK',
    ]);
    expect(await live.until(() => live.received('notes').completed)).toBe(true);
    expect(live.outcome('notes')).toBe('UNAUTHENTICATED');
    expect((await sessionsOf(laptop)).map((s) => s.userAgent)).toEqual(['Laptop browser']);
  });
});

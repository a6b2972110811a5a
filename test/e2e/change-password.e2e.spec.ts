import { codeOf, fieldsOf, withCast } from '@recours/testing';
import { RawSocket } from '../reliability/support/socket';

const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { token user { id } } }`;
const ME = `{ me { id } }`;
const NOTIFICATIONS = `subscription { notificationAdded { id } }`;

/** Issue 17 item 5: changing the password ends every session opened before, on every way in. */
describe('changePassword', () => {
  const sockets: RawSocket[] = [];
  afterAll(() => sockets.forEach((s) => s.close())); // before the app closes
  const cast = withCast('change_password', {});
  const socket = async (token: string) => {
    const opened = await RawSocket.connect(cast.api.url, { authorization: `Bearer ${token}` });
    sockets.push(opened);
    return opened;
  };

  it('refuses a wrong current password and a weak new one, naming the field, and changes nothing', async () => {
    const claire = await cast.actors.consumer('Claire Change');
    const wrong = await cast.api.gql(CHANGE, { input: { currentPassword: 'Not-My-Password-1', newPassword: 'Copper-Kettle-Drift-8' } }, claire.token);
    expect([codeOf(wrong), fieldsOf(wrong)]).toEqual(['BAD_USER_INPUT', ['input.currentPassword']]);
    const weak = await cast.api.gql(CHANGE, { input: { currentPassword: 'Correct-Horse-42', newPassword: 'password1' } }, claire.token);
    expect([codeOf(weak), fieldsOf(weak)]).toEqual(['BAD_USER_INPUT', ['input.newPassword']]);
    expect(codeOf(await cast.api.gql(ME, {}, claire.token))).toBe('OK');
    expect(codeOf(await cast.api.gql(CHANGE, { input: { currentPassword: 'Correct-Horse-42', newPassword: 'Copper-Kettle-Drift-8' } }))).toBe('UNAUTHENTICATED');
  });

  it('a token issued before the change is refused over HTTP and over the socket; the answered token works', async () => {
    const claire = await cast.actors.consumer('Claire Revoked');
    // A subscription open before the change, on a socket authenticated with the old token.
    const live = await socket(claire.token);
    expect(live.acknowledged).toBe(true);
    live.subscribe('notes', NOTIFICATIONS);

    const changed = await cast.api.gql<{ changePassword: { token: string; user: { id: string } } }>(
      CHANGE,
      { input: { currentPassword: 'Correct-Horse-42', newPassword: 'Copper-Kettle-Drift-8' } },
      claire.token,
    );
    expect(codeOf(changed)).toBe('OK');
    const fresh = changed.data!.changePassword.token;
    expect(changed.data!.changePassword.user.id).toBe(claire.id);

    // HTTP: the old token is refused, saying why; the new one works.
    const refused = await cast.api.gql(ME, {}, claire.token);
    expect(codeOf(refused)).toBe('UNAUTHENTICATED');
    expect(refused.errors?.[0].message).toMatch(/session has ended/);
    expect(codeOf(await cast.api.gql(ME, {}, fresh))).toBe('OK');
    // The socket: the open subscription ends with UNAUTHENTICATED, a new connection is refused.
    expect(await live.until(() => live.received('notes').completed)).toBe(true);
    expect(live.outcome('notes')).toBe('UNAUTHENTICATED');
    const again = await socket(claire.token);
    expect([again.acknowledged, again.closed?.code]).toEqual([false, 4403]);
    const renewed = await socket(fresh);
    expect(renewed.acknowledged).toBe(true);
    // The old password no longer signs in; the new one does.
    const login = `mutation($input: LoginInput!) { login(input: $input) { token } }`;
    const { email } = (await cast.api.gql<{ me: { email: string } }>(`{ me { email } }`, {}, fresh)).data!.me;
    expect(codeOf(await cast.api.gql(login, { input: { email, password: 'Correct-Horse-42' } }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await cast.api.gql(login, { input: { email, password: 'Copper-Kettle-Drift-8' } }))).toBe('OK');
  });
});

import { fieldsOf, mailedToken, searchDatabase, startTestApp, type TestApp } from '@recours/testing';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token user { id locale } } }`;
const REQUEST = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { token user { id email emailVerified } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;
const ME = `{ me { id locale } }`;

/** Issue 15 item 3: each account's language, and a forgotten password reset by e-mail. */
describe('account language and password reset', () => {
  let api: TestApp;
  const address = 'claire.reset@example.test';
  let claire: { token: string; id: string };


  beforeAll(async () => {
    api = await startTestApp('password_reset');
    const signed = await api.gql<{ signUp: { token: string; user: { id: string; locale: string } } }>(SIGN_UP, {
      input: { email: address, password: 'Lantern-Orchard-51', displayName: 'Claire Reset', role: 'CONSUMER' },
    });
    expect(signed.errors).toBeUndefined();
    claire = { token: signed.data!.signUp.token, id: signed.data!.signUp.user.id };
  }, 120_000);
  afterAll(async () => api?.close());

  it('a new account reads French unless it chooses; its language is kept and can be changed', async () => {
    expect((await api.gql<{ me: { locale: string } }>(ME, {}, claire.token)).data?.me.locale).toBe('fr');
    const english = await api.gql<{ signUp: { token: string; user: { locale: string } } }>(SIGN_UP, {
      input: { email: 'ann.reset@example.test', password: 'Lantern-Orchard-52', displayName: 'Ann', role: 'CONSUMER', locale: 'en' },
    });
    expect(english.data?.signUp.user.locale).toBe('en');
    // The address confirmation went out in the account's language.
    expect(await api.database.query(`SELECT payload -> 'to' ->> 'locale' AS locale FROM notifications.outbox WHERE payload -> 'to' ->> 'address' = 'ann.reset@example.test'`)).toEqual([{ locale: 'en' }]);
    // updateMyPreferences stores it now (it was refused: the accounts had no column for it).
    const changed = await api.gql(`mutation { updateMyPreferences(input: { locale: en }) { locale } }`, {}, claire.token);
    expect(changed.errors).toBeUndefined();
    expect((await api.gql<{ me: { locale: string } }>(ME, {}, claire.token)).data?.me.locale).toBe('en');
  });

  it('answers a known and an unknown address alike, and mails a link to the known one only', async () => {
    const known = await api.gql(REQUEST, { input: { email: 'Claire.Reset@example.test' } });
    const unknown = await api.gql(REQUEST, { input: { email: 'nobody.here@example.test' } });
    expect(known).toEqual({ data: { requestPasswordReset: true }, status: 200 });
    expect(unknown).toEqual({ data: { requestPasswordReset: true }, status: 200 });
    expect(await mailedToken(api.database.url, address, 'RESET_PASSWORD')).toEqual(expect.any(String));
    expect(await mailedToken(api.database.url, 'nobody.here@example.test', 'RESET_PASSWORD')).toBeNull();
    expect(await api.database.query(`SELECT count(*)::int AS n FROM accounts.email_confirmations WHERE email = 'nobody.here@example.test'`)).toEqual([{ n: 0 }]);
  });

  it('a refused password leaves the link usable; the new password ends every earlier session; the link works once', async () => {
    await api.gql(REQUEST, { input: { email: address } });
    const token = (await mailedToken(api.database.url, address, 'RESET_PASSWORD')) as string;
    const weak = await api.gql(RESET, { input: { token, password: 'Password123' } });
    expect(weak.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(weak)).toEqual(['input.password']);

    const reset = await api.gql<{ resetPassword: { token: string; user: { id: string; email: string; emailVerified: boolean } } }>(RESET, { input: { token, password: 'Copper-Kettle-Drift-8' } });
    expect(reset.errors).toBeUndefined();
    expect(reset.data?.resetPassword.user).toEqual({ id: claire.id, email: address, emailVerified: true });
    expect((await api.gql(ME, {}, claire.token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.gql(ME, {}, reset.data!.resetPassword.token)).errors).toBeUndefined();
    expect((await api.gql(LOGIN, { input: { email: address, password: 'Lantern-Orchard-51' } })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.gql(LOGIN, { input: { email: address, password: 'Copper-Kettle-Drift-8' } })).errors).toBeUndefined();

    const again = await api.gql(RESET, { input: { token, password: 'Another-Lantern-77' } });
    expect(fieldsOf(again)).toEqual(['input.token']);
  });

  it('keeps no usable link in the database once the e-mail is sent: the outbox row drops the token, the link in the e-mail still works', async () => {
    await api.gql(REQUEST, { input: { email: address } });
    const sent = async () =>
      (await api.database.query<{ state: string; token: string | null }>(
        `SELECT state, payload ->> 'token' AS token FROM notifications.outbox WHERE payload ->> 'email' = 'RESET_PASSWORD' AND payload -> 'to' ->> 'address' = $1 ORDER BY seq DESC LIMIT 1`,
        [address],
      ))[0];
    for (const started = Date.now(); (await sent()).state !== 'SENT'; await new Promise((r) => setTimeout(r, 100))) {
      if (Date.now() - started > 15_000) throw new Error('the reset e-mail was not sent');
    }
    expect((await sent()).token).toBeNull();
    // Read from the e-mail as delivered (DATA_DIR/mail): nowhere in the database, yet it resets.
    const token = (await mailedToken(api.database.url, address, 'RESET_PASSWORD')) as string;
    expect(await searchDatabase(api.database.url, [token])).toEqual([]);
    const reset = await api.gql(RESET, { input: { token, password: 'Quartz-Meadow-Lantern-3' } });
    expect(reset.errors).toBeUndefined();
  });

  it('refuses an expired link, in the reader’s language', async () => {
    await api.gql(REQUEST, { input: { email: address } });
    const token = (await mailedToken(api.database.url, address, 'RESET_PASSWORD')) as string;
    // The link lasts an hour: an hour and a minute later, as the database sees it.
    await api.database.query(`UPDATE accounts.email_confirmations SET expires_at = now() - interval '1 minute' WHERE purpose = 'RESET_PASSWORD' AND used_at IS NULL`);
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'fr' },
      body: JSON.stringify({ query: RESET, variables: { input: { token, password: 'Copper-Kettle-Drift-9' } } }),
    });
    const answer = (await response.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
    expect(fieldsOf(answer)).toEqual(['input.token']);
    expect(answer.errors[0].message).toContain('n’est plus valable');
  });

  it('limits the links one address may be sent', async () => {
    const target = 'limited.reset@example.test';
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) codes.push(((await api.gql(REQUEST, { input: { email: target } })).errors?.[0]?.extensions?.code as string) ?? 'OK');
    expect(codes).toEqual(['OK', 'OK', 'OK', 'OK', 'OK', 'RATE_LIMITED']);
  });
});

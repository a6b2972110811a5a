import { Secret, TOTP } from 'otpauth';
import { apiActors, codeOf, fieldsOf, startTestApp, TEST_ADMIN, type GraphQLAnswer, type TestApp } from '@recours/testing';
import { RawSocket } from '../reliability/support/socket';

const ENROL = `mutation { enrolTwoFactor { secret otpauthUri } }`;
const CONFIRM = `mutation($input: ConfirmTwoFactorInput!) { confirmTwoFactor(input: $input) { recoveryCodes signedIn { token twoFactorEnrolmentRequired } } }`;
const DISABLE = `mutation($input: DisableTwoFactorInput!) { disableTwoFactor(input: $input) { twoFactorEnabled } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token twoFactorEnrolmentRequired } }`;
const ME = `{ me { id email twoFactorEnabled twoFactorRequired } }`;

/** The code an authenticator app holding `secret` shows `steps` periods of 30 s from now. */
const codeFor = (secret: string, steps = 0) => new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + steps * 30_000 });

/**
 * The server takes the codes of the previous, current and next 30 s steps. A code of the previous
 * step, computed just before a boundary, is two steps old when the server reads it (CI, 2 Dec
 * 2026): such a code is computed with at least 10 s of its step left.
 */
async function awayFromAStepBoundary(): Promise<void> {
  const left = 30_000 - (Date.now() % 30_000);
  if (left < 10_000) await new Promise((resolve) => setTimeout(resolve, left + 100));
}

/** Issue 17 item 5: TOTP two-step verification, optional for everyone. */
describe('two-step verification (TOTP)', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp('two_factor', { LOGIN_LIMIT_PER_ACCOUNT: '1000', LOGIN_LIMIT_PER_ADDRESS: '1000' });
  }, 120_000);
  afterAll(async () => api?.close());

  it('enrols with a secret and an otpauth URI, confirmed by a code; sign-in then asks for a code, each code works once, recovery codes too', async () => {
    const claire = await apiActors(api).consumer('Claire Twofactor');
    const { email } = (await api.gql<{ me: { email: string } }>(ME, {}, claire.token)).data!.me;
    expect((await api.gql<{ me: { twoFactorEnabled: boolean } }>(ME, {}, claire.token)).data!.me.twoFactorEnabled).toBe(false);
    // A code before the set-up began: said in French as French says it (« ne peut pas encore se vérifier » until 2026-12-07).
    const early = (await (
      await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'fr', authorization: `Bearer ${claire.token}` }, body: JSON.stringify({ query: CONFIRM, variables: { input: { code: '000000' } } }) })
    ).json()) as { errors: Array<{ extensions: { fields: Array<{ code: string; message: string }> } }> };
    expect(early.errors[0].extensions.fields[0]).toMatchObject({ code: 'TWO_FACTOR_NOT_STARTED', message: 'ne se vérifie qu’une fois la mise en place commencée' });
    // In English too, without the name of an API operation (« (enrolTwoFactor) » until 2026-12-07): a person reads it.
    const earlyInEnglish = (await (
      await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'en', authorization: `Bearer ${claire.token}` }, body: JSON.stringify({ query: CONFIRM, variables: { input: { code: '000000' } } }) })
    ).json()) as { errors: Array<{ extensions: { fields: Array<{ code: string; message: string }> } }> };
    expect(earlyInEnglish.errors[0].extensions.fields[0]).toMatchObject({ code: 'TWO_FACTOR_NOT_STARTED', message: 'cannot be checked until the set-up has started' });

    const enrolled = (await api.gql<{ enrolTwoFactor: { secret: string; otpauthUri: string } }>(ENROL, {}, claire.token)).data!.enrolTwoFactor;
    expect(enrolled.secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = new URL(enrolled.otpauthUri);
    expect([uri.protocol, uri.host, decodeURIComponent(uri.pathname), uri.searchParams.get('secret'), uri.searchParams.get('issuer')]).toEqual(['otpauth:', 'totp', `/recours:${email}`, enrolled.secret, 'recours']);
    // Until confirmed, sign-in asks for nothing.
    const elsewhere = await api.gql<{ login: { token: string } }>(LOGIN, { input: { email, password: 'Correct-Horse-42' } });
    expect(codeOf(elsewhere)).toBe('OK');

    const wrong = await api.gql(CONFIRM, { input: { code: '000000' } }, claire.token);
    expect([codeOf(wrong), fieldsOf(wrong)]).toEqual(['BAD_USER_INPUT', ['input.code']]);
    // Codes computed once: a 30-second boundary may pass while the test runs.
    await awayFromAStepBoundary();
    const [confirmationCode, signInCode] = [codeFor(enrolled.secret, -1), codeFor(enrolled.secret)];
    const confirmed = await api.gql<{ confirmTwoFactor: { recoveryCodes: string[]; signedIn: null } }>(CONFIRM, { input: { code: confirmationCode } }, claire.token);
    expect(codeOf(confirmed)).toBe('OK');
    const recovery = confirmed.data!.confirmTwoFactor.recoveryCodes;
    expect(new Set(recovery).size).toBe(10);
    expect(confirmed.data!.confirmTwoFactor.signedIn).toBeNull();
    expect((await api.gql<{ me: { twoFactorEnabled: boolean; twoFactorRequired: boolean } }>(ME, {}, claire.token)).data!.me).toMatchObject({ twoFactorEnabled: true, twoFactorRequired: false });
    // Turned on, it holds from now on: the session opened elsewhere without a code has ended (on
    // a suspected break-in, the usual reason to turn it on); the one that turned it on goes on.
    expect(codeOf(await api.gql(ME, {}, elsewhere.data!.login.token))).toBe('UNAUTHENTICATED');

    // At rest: neither the secret nor a recovery code in plain text.
    const stored = JSON.stringify(await api.database.query(`SELECT t.secret, encode(r.code_hash, 'escape') AS code FROM accounts.two_factor t JOIN accounts.recovery_codes r USING (account_id) WHERE account_id = $1`, [claire.id]));
    expect(stored).not.toContain(enrolled.secret);
    for (const code of recovery) expect(stored).not.toContain(code);

    // Sign-in: the code is asked for (in the reader's language), must be right, and works once.
    const missing = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'fr' },
      body: JSON.stringify({ query: LOGIN, variables: { input: { email, password: 'Correct-Horse-42' } } }),
    });
    const asked = (await missing.json()) as GraphQLAnswer;
    expect(codeOf(asked)).toBe('TWO_FACTOR_REQUIRED');
    expect(asked.errors?.[0].message).toContain('code');
    expect(asked.errors?.[0].message).toContain('Saisissez');
    expect(codeOf(await api.gql(LOGIN, { input: { email, password: 'Wrong-Password-42', code: signInCode } }))).toBe('UNAUTHENTICATED');
    const notACode = [signInCode, codeFor(enrolled.secret, 1)].includes('123456') ? '654321' : '123456';
    expect(codeOf(await api.gql(LOGIN, { input: { email, password: 'Correct-Horse-42', code: notACode } }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.gql(LOGIN, { input: { email, password: 'Correct-Horse-42', code: confirmationCode } }))).toBe('UNAUTHENTICATED'); // used to confirm
    const signedIn = await api.gql<{ login: { token: string } }>(LOGIN, { input: { email, password: 'Correct-Horse-42', code: signInCode } });
    expect(codeOf(signedIn)).toBe('OK');
    expect(codeOf(await api.gql(ME, {}, signedIn.data!.login.token))).toBe('OK');
    expect(codeOf(await api.gql(LOGIN, { input: { email, password: 'Correct-Horse-42', code: signInCode } }))).toBe('UNAUTHENTICATED'); // the same code again

    // A recovery code signs in once.
    expect(codeOf(await api.gql(LOGIN, { input: { email, password: 'Correct-Horse-42', code: recovery[0].toUpperCase() } }))).toBe('OK');
    expect(codeOf(await api.gql(LOGIN, { input: { email, password: 'Correct-Horse-42', code: recovery[0] } }))).toBe('UNAUTHENTICATED');

    // Enrolling again while it is on is refused; turning it off needs the password and a code.
    expect(codeOf(await api.gql(ENROL, {}, claire.token))).toBe('DOMAIN_RULE');
    const badPassword = await api.gql(DISABLE, { input: { password: 'Wrong-Password-42', code: recovery[1] } }, claire.token);
    expect([codeOf(badPassword), fieldsOf(badPassword)]).toEqual(['BAD_USER_INPUT', ['input.password']]);
    const badCode = await api.gql(DISABLE, { input: { password: 'Correct-Horse-42', code: recovery[0] } }, claire.token);
    expect([codeOf(badCode), fieldsOf(badCode)]).toEqual(['BAD_USER_INPUT', ['input.code']]);
    expect((await api.gql(DISABLE, { input: { password: 'Correct-Horse-42', code: recovery[1] } }, claire.token)).data).toEqual({ disableTwoFactor: { twoFactorEnabled: false } });
    expect(codeOf(await api.gql(LOGIN, { input: { email, password: 'Correct-Horse-42' } }))).toBe('OK');
    expect(await api.database.query(`SELECT count(*)::int AS n FROM accounts.recovery_codes WHERE account_id = $1`, [claire.id])).toEqual([{ n: 0 }]);
  });

  it('is not asked of anyone without it; its mutations need a signed-in account', async () => {
    expect(codeOf(await api.gql(ENROL))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.gql(CONFIRM, { input: { code: '123456' } }))).toBe('UNAUTHENTICATED');
    const answer = await api.gql<{ login: { twoFactorEnrolmentRequired: boolean } }>(LOGIN, { input: TEST_ADMIN });
    expect(answer.data?.login.twoFactorEnrolmentRequired).toBe(false); // not in production
  });
});

describe('two-step verification required for admins and mediators in production', () => {
  let api: TestApp;
  const sockets: RawSocket[] = [];
  beforeAll(async () => {
    api = await startTestApp('two_factor_prod', { NODE_ENV: 'production', NOTIFIER: 'external' });
  }, 120_000);
  afterAll(async () => {
    for (const s of sockets) s.close();
    await api?.close();
    delete process.env.NODE_ENV;
    delete process.env.NOTIFIER;
  });

  /** Signs in a staff account for the first time: it must enrol, and answers a full token once it did. */
  const enrolAtFirstSignIn = async (input: { email: string; password: string }) => {
    const first = await api.gql<{ login: { token: string; twoFactorEnrolmentRequired: boolean } }>(LOGIN, { input });
    expect(first.data?.login.twoFactorEnrolmentRequired).toBe(true);
    const restricted = first.data!.login.token;
    const { secret } = (await api.gql<{ enrolTwoFactor: { secret: string } }>(ENROL, {}, restricted)).data!.enrolTwoFactor;
    const confirmed = await api.gql<{ confirmTwoFactor: { signedIn: { token: string; twoFactorEnrolmentRequired: boolean } } }>(CONFIRM, { input: { code: codeFor(secret) } }, restricted);
    expect(confirmed.data?.confirmTwoFactor.signedIn.twoFactorEnrolmentRequired).toBe(false);
    return { restricted, token: confirmed.data!.confirmTwoFactor.signedIn.token, secret };
  };

  it('the admin created from ADMIN_EMAIL enrols at its first sign-in; until then its token does nothing else, on any way in', async () => {
    const first = await api.gql<{ login: { token: string; twoFactorEnrolmentRequired: boolean } }>(LOGIN, { input: TEST_ADMIN });
    expect(first.data?.login.twoFactorEnrolmentRequired).toBe(true);
    const restricted = first.data!.login.token;
    expect(codeOf(await api.gql(ME, {}, restricted))).toBe('UNAUTHENTICATED');
    const create = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }`;
    expect(codeOf(await api.gql(create, { input: { email: 'm@example.test', password: 'Correct-Horse-42', displayName: 'M', role: 'MEDIATOR' } }, restricted))).toBe('UNAUTHENTICATED');
    const socket = await RawSocket.connect(api.url, { authorization: `Bearer ${restricted}` });
    sockets.push(socket);
    expect(socket.closed?.code).toBe(4403);
    const file = await fetch(api.url.replace('/graphql', '/files/00000000-0000-4000-8000-000000000000'), { headers: { authorization: `Bearer ${restricted}` } });
    expect(file.status).toBe(401);

    const { secret } = (await api.gql<{ enrolTwoFactor: { secret: string } }>(ENROL, {}, restricted)).data!.enrolTwoFactor;
    await awayFromAStepBoundary();
    const confirmed = await api.gql<{ confirmTwoFactor: { recoveryCodes: string[]; signedIn: { token: string } } }>(CONFIRM, { input: { code: codeFor(secret, -1) } }, restricted);
    const admin = confirmed.data!.confirmTwoFactor.signedIn.token;
    expect((await api.gql<{ me: unknown }>(ME, {}, admin)).data?.me).toMatchObject({ twoFactorEnabled: true, twoFactorRequired: true });
    // The restricted session ended with the enrolment.
    expect(codeOf(await api.gql(ENROL, {}, restricted))).toBe('UNAUTHENTICATED');
    // Required: it cannot be turned off; the next sign-in asks for the code.
    const off = await api.gql(DISABLE, { input: { password: TEST_ADMIN.password, code: confirmed.data!.confirmTwoFactor.recoveryCodes[0] } }, admin);
    expect(codeOf(off)).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(LOGIN, { input: TEST_ADMIN }))).toBe('TWO_FACTOR_REQUIRED');
    const again = await api.gql<{ login: { twoFactorEnrolmentRequired: boolean } }>(LOGIN, { input: { ...TEST_ADMIN, code: codeFor(secret, 1) } });
    expect(again.data?.login.twoFactorEnrolmentRequired).toBe(false);

    // A mediator the admin creates enrols at its first sign-in too; a consumer is not asked to.
    expect(codeOf(await api.gql(create, { input: { email: 'mediator.prod@example.test', password: 'Correct-Horse-42', displayName: 'Médiatrice', role: 'MEDIATOR' } }, admin))).toBe('OK');
    const mediator = await enrolAtFirstSignIn({ email: 'mediator.prod@example.test', password: 'Correct-Horse-42' });
    expect(codeOf(await api.gql(`{ mediatorCaseload { totalCount } }`, {}, mediator.token))).toBe('OK');
    const consumer = await apiActors(api).consumer('Prod consumer');
    const { email } = (await api.gql<{ me: { email: string } }>(ME, {}, consumer.token)).data!.me;
    expect((await api.gql<{ login: { twoFactorEnrolmentRequired: boolean } }>(LOGIN, { input: { email, password: 'Correct-Horse-42' } })).data?.login.twoFactorEnrolmentRequired).toBe(false);
  });
});

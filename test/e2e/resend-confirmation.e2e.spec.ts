import { apiActors, codeOf, fieldsOf, mailedToken, must, startSmtpInbox, type Account, type SmtpInbox, type TestApp, startTestApp } from '@recours/testing';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token user { id merchantId } } }`;
const CONFIRM = `mutation($input: ConfirmEmailInput!) { confirmEmail(input: $input) { user { id merchantId merchantOwner teamRole } invitedProfile message } }`;
const RESEND = `mutation { resendEmailConfirmation }`;
const REQUEST = `mutation($input: RequestEmailConfirmationInput!) { requestEmailConfirmation(input: $input) }`;
const ME = `{ me { id email emailVerified } }`;
const INVITE = `mutation($input: InviteMerchantInput!) { inviteMerchant(input: $input) { id } }`;
const ERASE_ME = `mutation($input: EraseMyAccountInput!) { eraseMyAccount(input: $input) }`;
const PASSWORD = 'Correct-Horse-42';

interface Refusal {
  errors?: Array<{ message: string; extensions?: { code?: string; rule?: string } }>;
}

/**
 * A lost or expired address-confirmation e-mail is sent again (resendEmailConfirmation signed in,
 * requestEmailConfirmation signed out): a new link, the earlier ones retired, within an hourly budget.
 */
describe('the address confirmation e-mail, sent again', () => {
  let api: TestApp;
  let inbox: SmtpInbox;

  const signUp = async (email: string, extra: Record<string, unknown> = {}) =>
    must(await api.gql<{ signUp: { token: string; user: { id: string; merchantId: string | null } } }>(SIGN_UP, { input: { email, password: PASSWORD, displayName: 'Camille', role: 'CONSUMER', ...extra } }), `signUp ${email}`).signUp;
  const confirm = (token: string, session?: string) =>
    api.gql<{ confirmEmail: { user: { id: string; merchantId: string | null; merchantOwner: boolean; teamRole: string | null }; invitedProfile: string | null; message: string } }>(CONFIRM, { input: { token } }, session);
  const verifyEmails = async (email: string) =>
    (await api.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM notifications.outbox WHERE payload ->> 'email' = 'VERIFY_EMAIL' AND payload -> 'to' ->> 'address' = $1`, [email]))[0].n;
  const liveLinks = async (email: string) =>
    (await api.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM accounts.email_confirmations WHERE purpose = 'VERIFY_EMAIL' AND email = $1 AND used_at IS NULL AND expires_at > now()`, [email]))[0].n;
  /** Over HTTP with the reader's language, as the web app sends it. */
  const inFrench = async (query: string, variables: Record<string, unknown>, token?: string): Promise<Refusal> => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'fr', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as Refusal;
  };

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    api = await startTestApp('resend_confirmation', { SMTP_URL: inbox.url, MAIL_FROM: 'recours <no-reply@recours.test>', PUBLIC_URL: 'https://recours.test' });
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    await inbox?.close();
  });

  it('sends a new link in the account’s language; the earlier one stops working, the new one confirms; an address already confirmed is refused, naming why', async () => {
    const address = 'ann.resend@example.test';
    const ann = await signUp(address, { locale: 'en' });
    const first = (await mailedToken(api.database.url, address, 'VERIFY_EMAIL')) as string;
    expect(first).toEqual(expect.any(String));

    expect(must(await api.gql<{ resendEmailConfirmation: boolean }>(RESEND, {}, ann.token), 'resend').resendEmailConfirmation).toBe(true);
    const second = (await mailedToken(api.database.url, address, 'VERIFY_EMAIL')) as string;
    expect(second).toEqual(expect.any(String));
    expect(second).not.toBe(first);
    expect(await verifyEmails(address)).toBe(2);
    expect(await liveLinks(address)).toBe(1);
    // In the account's language (English), whatever the request's.
    expect(await api.database.query(`SELECT payload -> 'to' ->> 'locale' AS locale FROM notifications.outbox WHERE payload -> 'to' ->> 'address' = $1 ORDER BY seq`, [address])).toEqual([{ locale: 'en' }, { locale: 'en' }]);

    // The first link was retired: only the last e-mail works.
    const old = await confirm(first);
    expect(codeOf(old)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(old)).toEqual(['input.token']);
    expect(must(await api.gql<{ me: { emailVerified: boolean } }>(ME, {}, ann.token), 'me').me.emailVerified).toBe(false);

    expect(must(await confirm(second), 'confirm the new link').confirmEmail.user.id).toBe(ann.user.id);
    expect(must(await api.gql<{ me: { emailVerified: boolean } }>(ME, {}, ann.token), 'me').me).toEqual({ id: ann.user.id, email: address, emailVerified: true });

    // Confirmed: nothing to send, and she is told why, in her reader's language.
    const refused = await inFrench(RESEND, {}, ann.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'DOMAIN_RULE', rule: 'EMAIL_ALREADY_CONFIRMED' });
    expect(refused.errors?.[0]?.message).toBe('Votre adresse e-mail est déjà confirmée\u202f: il n’y a pas d’e-mail de confirmation à renvoyer');
    expect((await api.gql(RESEND, {}, ann.token)).errors?.[0]?.message).toContain('already confirmed');
    expect(await verifyEmails(address)).toBe(2);
  });

  it('asks to be signed in', async () => {
    expect(codeOf(await api.gql(RESEND, {}))).toBe('UNAUTHENTICATED');
  });

  it('past the hour’s budget for one account, refuses with RATE_LIMITED in the reader’s language, and sends nothing more, signed in or out', async () => {
    const address = 'budget.resend@example.test';
    const camille = await signUp(address);
    for (let i = 0; i < 3; i++) must(await api.gql(RESEND, {}, camille.token), `resend ${i + 1}`);
    expect(await verifyEmails(address)).toBe(4);

    const refused = await inFrench(RESEND, {}, camille.token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(refused.errors?.[0]?.message).toMatch(/^Plusieurs e-mails de confirmation ont été envoyés dans l’heure\u202f; vous pourrez en demander un autre dans \d+ minutes?\./);
    // The same budget signed out, by her address.
    expect((await inFrench(REQUEST, { input: { email: address } })).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(await verifyEmails(address)).toBe(4);
    expect(await liveLinks(address)).toBe(1);
  });

  it('signed out, answers true alike for an unconfirmed, a confirmed and an unknown address, and mails the unconfirmed one only', async () => {
    const waiting = 'waiting.resend@example.test';
    const done = 'done.resend@example.test';
    await signUp(waiting);
    await signUp(done);
    must(await confirm((await mailedToken(api.database.url, done, 'VERIFY_EMAIL')) as string), 'confirm done');

    for (const email of ['Waiting.Resend@example.test', done, 'nobody.resend@example.test']) {
      expect(await api.gql(REQUEST, { input: { email } })).toEqual({ data: { requestEmailConfirmation: true }, status: 200 });
    }
    expect(await verifyEmails(waiting)).toBe(2);
    expect(await verifyEmails(done)).toBe(1);
    expect(await verifyEmails('nobody.resend@example.test')).toBe(0);
    expect(await api.database.query(`SELECT count(*)::int AS n FROM accounts.email_confirmations WHERE email = 'nobody.resend@example.test'`)).toEqual([{ n: 0 }]);
    expect(await liveLinks(waiting)).toBe(1);
    expect(await liveLinks(done)).toBe(0);
    must(await confirm((await mailedToken(api.database.url, waiting, 'VERIFY_EMAIL')) as string), 'confirm the link sent again');
  });

  it('sends nothing for an erased account', async () => {
    const address = 'erased.resend@example.test';
    const gone = await signUp(address);
    must(await api.gql(ERASE_ME, { input: { password: PASSWORD } }, gone.token), 'eraseMyAccount');
    expect(codeOf(await api.gql(RESEND, {}, gone.token))).toBe('UNAUTHENTICATED');
    expect(await api.gql(REQUEST, { input: { email: address } })).toEqual({ data: { requestEmailConfirmation: true }, status: 200 });
    expect(await api.database.query(`SELECT count(*)::int AS n FROM notifications.outbox WHERE payload -> 'to' ->> 'address' = $1`, [address])).toEqual([{ n: 0 }]);
    expect(await api.database.query(`SELECT count(*)::int AS n FROM accounts.email_confirmations WHERE account_id = $1`, [gone.user.id])).toEqual([{ n: 0 }]);
  });

  it('a merchant awaiting the profile of a company customers invited gets it through a link sent again, after the first expired', async () => {
    const claire: Account = await apiActors(api).consumer('Claire');
    const merchantId = must(await api.gql<{ inviteMerchant: { id: string } }>(INVITE, { input: { name: 'Cycles Arnaud', email: 'contact@cycles-arnaud.example' } }, claire.token), 'inviteMerchant').inviteMerchant.id;
    const address = 'gerante@cycles-arnaud.example';
    const gerante = await signUp(address, { role: 'MERCHANT', merchantName: 'Cycles Arnaud SARL' });
    expect(gerante.user.merchantId).toBeNull();
    const first = (await mailedToken(api.database.url, address, 'VERIFY_EMAIL')) as string;
    // A week later, the link has expired.
    await api.database.query(`UPDATE accounts.email_confirmations SET expires_at = now() - interval '1 minute' WHERE purpose = 'VERIFY_EMAIL' AND email = $1`, [address]);
    expect(fieldsOf(await confirm(first))).toEqual(['input.token']);

    must(await api.gql(RESEND, {}, gerante.token), 'resend');
    // The new link names the invited company, as the first did.
    expect(await api.database.query(`SELECT merchant_id FROM accounts.email_confirmations WHERE purpose = 'VERIFY_EMAIL' AND email = $1 AND used_at IS NULL AND expires_at > now()`, [address])).toEqual([{ merchant_id: merchantId }]);
    const confirmed = must(await confirm((await mailedToken(api.database.url, address, 'VERIFY_EMAIL')) as string, gerante.token), 'confirm the link sent again (signed in, as the web app does)').confirmEmail;
    expect(confirmed).toMatchObject({ user: { id: gerante.user.id, merchantId, merchantOwner: true, teamRole: 'OWNER' }, invitedProfile: 'TAKEN_OVER' });
    expect(await api.database.query(`SELECT taken_over_at IS NOT NULL AS taken FROM accounts.merchants WHERE id = $1`, [merchantId])).toEqual([{ taken: true }]);
  });
});

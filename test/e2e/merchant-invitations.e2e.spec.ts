import { apiActors, codeOf, fieldsOf, mailedToken, must, phoneClaim, searchDatabase, startSmtpInbox, startTestApp, type Account, type SmtpInbox, type TestApp } from '@recours/testing';

const INVITE = `mutation($input: InviteMerchantInput!) { inviteMerchant(input: $input) { id name verified verifiedDomain onRecours } }`;
const FILE = `mutation($input: FileClaimInput!) { fileClaim(input: $input) { id merchant { id name onRecours verified } deadlines { kind dueAt } } }`;
const INVITATION = `query($token: String!) { merchantInvitation(token: $token) { id name onRecours } }`;
const REQUEST_TAKEOVER = `mutation($input: RequestMerchantTakeoverInput!) { requestMerchantTakeover(input: $input) }`;
const TAKE_OVER = `mutation($input: TakeOverMerchantInput!) { takeOverMerchant(input: $input) { token user { id role merchantId merchantOwner teamRole } } }`;
const DIRECTORY = `query($search: String) { merchants(search: $search) { id name verified verifiedDomain onRecours } }`;

interface Merchant {
  id: string;
  name: string;
  verified: boolean;
  verifiedDomain: string | null;
  onRecours: boolean;
}

/** Issue 18 item 3: claims against companies that are not on recours, and the company taking its profile over. */
describe('claims against merchants not on recours', () => {
  let api: TestApp;
  let inbox: SmtpInbox;
  let actors: ReturnType<typeof apiActors>;
  let claire: Account;

  const invite = (input: Record<string, unknown>, as: Account = claire) => api.gql<{ inviteMerchant: Merchant }>(INVITE, { input }, as.token);
  const invited = async (input: Record<string, unknown>, as: Account = claire) => must(await invite(input, as), 'inviteMerchant').inviteMerchant;
  const invitationsMailedTo = async (address: string) =>
    (await api.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM notifications.outbox WHERE payload ->> 'email' = 'MERCHANT_INVITATION' AND payload -> 'to' ->> 'address' = $1`, [address]))[0].n;

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    api = await startTestApp('merchant_invitations', { SMTP_URL: inbox.url, MAIL_FROM: 'recours <no-reply@recours.test>', PUBLIC_URL: 'https://recours.test', MERCHANT_INVITATION_LIMIT_PER_DAY: '8' });
    actors = apiActors(api);
    claire = await actors.consumer('Claire');
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    await inbox?.close();
  });

  it('a consumer invites a company: a merchant neither verified nor on recours, whose address is invited by e-mail, in French unless told otherwise, without her name', async () => {
    const merchant = await invited({ name: 'Vélo Bleu', email: 'Contact@Velo-Bleu.test', siren: '552 032 534' });
    expect(merchant).toEqual({ id: expect.any(String), name: 'Vélo Bleu', verified: false, verifiedDomain: null, onRecours: false });
    const email = await inbox.waitFor('contact@velo-bleu.test', (e) => e.subject.includes('Vélo Bleu'));
    expect(email.subject).toBe('recours\u202f: un client de Vélo Bleu vous invite à répondre à sa réclamation');
    expect(email.text).toMatch(/https:\/\/recours\.test\/merchant-invitation#token=[\w-]+/);
    expect(email.text).toContain('Les délais de la réclamation courent dès son dépôt');
    // The address the consumer typed may be anyone's: it learns nothing of her.
    expect(email.raw).not.toContain('Claire');
    expect(email.raw).not.toMatch(/claire-[0-9a-f]+@example\.test/);
    // Another consumer finds it in the directory, as not yet on recours.
    const directory = must(await api.gql<{ merchants: Merchant[] }>(DIRECTORY, { search: 'velo bleu' }), 'merchants').merchants;
    expect(directory).toEqual([merchant]);
  });

  it('the language of the invitation is the one chosen for the company', async () => {
    await invited({ name: 'Bike Repair Ltd', email: 'desk@bike-repair.test', locale: 'en' });
    const email = await inbox.waitFor('desk@bike-repair.test');
    expect(email.subject).toBe('recours: a customer of Bike Repair Ltd invites you to answer a claim');
    expect(email.text).toContain("take over Bike Repair Ltd's profile");
    // The addresses she typed are in her data archive (docs/privacy.md).
    const archive = JSON.parse(must(await api.gql<{ myData: string }>(`{ myData }`, {}, claire.token), 'myData').myData) as { merchantInvitations: unknown[] };
    expect(archive.merchantInvitations).toEqual([
      { merchant: 'Vélo Bleu', email: 'contact@velo-bleu.test', locale: 'fr', createdAt: expect.any(String) },
      { merchant: 'Bike Repair Ltd', email: 'desk@bike-repair.test', locale: 'en', createdAt: expect.any(String) },
    ]);
  });

  it('the same company is found again by its SIREN and by its domain, never stored twice; an address is invited once while its invitation is good', async () => {
    const first = (await api.database.query<{ id: string }>(`SELECT id FROM accounts.merchants WHERE siren = '552032534'`))[0].id;
    const paul = await actors.consumer('Paul');
    const bySiren = await invited({ name: 'VELO BLEU SARL', email: 'sav@velo-shop.test', siren: '552032534' }, paul);
    const byDomain = await invited({ name: 'Vélo-Bleu Lyon', email: 'jean.martin@velo-bleu.test' }, paul);
    const again = await invited({ name: 'Vélo Bleu', email: 'contact@velo-bleu.test' }, paul);
    expect([bySiren.id, byDomain.id, again.id]).toEqual([first, first, first]);
    // The name is the first invitation's: a later one cannot rename the company.
    expect(again.name).toBe('Vélo Bleu');
    expect(await api.database.query(`SELECT count(*)::int AS n FROM accounts.merchants WHERE siren = '552032534' OR contact_domain IN ('velo-bleu.test', 'velo-shop.test')`)).toEqual([{ n: 1 }]);
    expect(await invitationsMailedTo('contact@velo-bleu.test')).toBe(1);
    expect(await invitationsMailedTo('jean.martin@velo-bleu.test')).toBe(1);
    // Found by its SIREN, which anyone can type: no link to its profile goes to an address off its domain.
    expect(await invitationsMailedTo('sav@velo-shop.test')).toBe(0);
    const mallory = await actors.consumer('Mallory');
    expect((await invited({ name: 'whatever', email: 'mallory@gmail.com', siren: '552 032 534' }, mallory)).id).toBe(first);
    expect(await invitationsMailedTo('mallory@gmail.com')).toBe(0);
    // Each invitation is kept: who typed which address.
    expect(await api.database.query(`SELECT count(*)::int AS n FROM accounts.merchant_invitations WHERE merchant_id = $1`, [first])).toEqual([{ n: 5 }]);
  });

  it('a company a customer invited does not sign up twice: its SIREN off its domain is refused naming the field; at its domain it awaits the invited profile, and no merchant is made', async () => {
    await invited({ name: 'Cuisines Arnaud', email: 'contact@cuisines-arnaud.test', siren: '443 061 841' });
    const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { user { merchantId } } }`;
    const signUp = (email: string, extra: Record<string, unknown> = {}) =>
      api.gql<{ signUp: { user: { merchantId: string } } }>(SIGN_UP, { input: { email, password: 'Correct-Horse-42', displayName: 'Arnaud', role: 'MERCHANT', merchantName: 'Cuisines Arnaud SARL', ...extra } });
    const merchantsNamed = async () => (await api.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM accounts.merchants WHERE name LIKE 'Cuisines Arnaud%'`))[0].n;

    const bySiren = await signUp('arnaud@gmail.com', { siren: '443061841' });
    expect(codeOf(bySiren)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bySiren)).toEqual(['input.siren']);
    expect((bySiren.errors?.[0].extensions?.fields as Array<{ code: string; message: string }>)[0]).toMatchObject({ code: 'INVITED_MERCHANT', message: expect.stringContaining('take it over from the invitation e-mail') });
    const badKey = await signUp('arnaud@cuisines-arnaud-bis.test', { siren: '443061842' });
    expect(fieldsOf(badKey)).toEqual(['input.siren']);
    expect(await api.database.query(`SELECT count(*)::int AS n FROM accounts.accounts WHERE email IN ('arnaud@gmail.com', 'arnaud@cuisines-arnaud-bis.test')`)).toEqual([{ n: 0 }]);
    // At the company's domain: an account without a merchant, which gets the invited profile when it confirms the address (merchant-sign-up-invited e2e).
    const byDomain = await signUp('arnaud@cuisines-arnaud.test');
    expect(byDomain.errors).toBeUndefined();
    expect(byDomain.data!.signUp.user.merchantId).toBeNull();
    expect(await merchantsNamed()).toBe(1);

    // Another company signs up with its own SIREN, kept; that SIREN then names it, not a second one.
    const other = await signUp('chef@cuisines-arnaud-bis.test', { siren: '732 829 320' });
    expect(other.errors).toBeUndefined();
    expect(await api.database.query(`SELECT siren FROM accounts.merchants WHERE id = $1`, [other.data!.signUp.user.merchantId])).toEqual([{ siren: '732829320' }]);
    const twice = await signUp('autre@cuisines-tierces.test', { siren: '732829320' });
    expect((twice.errors?.[0].extensions?.fields as Array<{ field: string; code: string }>)[0]).toMatchObject({ field: 'input.siren', code: 'SIREN_TAKEN' });
  });

  it('addresses at a free mail provider find nothing by their domain, only by the very same address', async () => {
    const garage = await invited({ name: 'Garage Martin', email: 'garage.martin@gmail.com' });
    const plumber = await invited({ name: 'Plomberie Dupont', email: 'plomberie.dupont@gmail.com' });
    expect(plumber.id).not.toBe(garage.id);
    expect((await invited({ name: 'Garage Martin & fils', email: 'Garage.Martin@gmail.com' })).id).toBe(garage.id);
    expect(await api.database.query(`SELECT contact_domain FROM accounts.merchants WHERE id = ANY($1) ORDER BY name`, [[garage.id, plumber.id]])).toEqual([{ contact_domain: null }, { contact_domain: null }]);
  });

  it('refuses bad input naming each field and stores nothing; only consumers invite', async () => {
    const merchant = await actors.merchant('Some Shop');
    const counts = () => api.database.query(`SELECT (SELECT count(*)::int FROM accounts.merchants) AS merchants, (SELECT count(*)::int FROM notifications.outbox) AS outbox, (SELECT count(*)::int FROM accounts.merchant_invitations) AS invitations`);
    const before = await counts();
    const bad = await invite({ name: '   ', email: 'not-an-email', siren: '552 032 535' });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    const fields = bad.errors?.[0].extensions?.fields as Array<{ field: string; code: string; message: string }>;
    expect(Object.fromEntries(fields.map((f) => [f.field, f.code]))).toEqual({ 'input.name': 'BLANK', 'input.email': 'NOT_AN_EMAIL', 'input.siren': 'NOT_A_SIREN' });
    expect(fields.find((f) => f.field === 'input.siren')?.message).toMatch(/^must be a SIREN: the company’s 9 digits/);
    for (const siren of ['55203253', '5520325340', 'ABC DEF GHI', '']) expect(fieldsOf(await invite({ name: 'Shop', email: 'a@shop.test', siren }))).toEqual(['input.siren']);
    expect(codeOf(await invite({ name: 'Shop', email: 'a@shop.test' }, merchant))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(INVITE, { input: { name: 'Shop', email: 'a@shop.test' } }))).toBe('UNAUTHENTICATED');
    expect(await counts()).toEqual(before);
  });

  it('a consumer invites a few companies a day, counted on her alone', async () => {
    const eve = await actors.consumer('Eve');
    for (let i = 0; i < 8; i++) must(await invite({ name: `Shop ${i}`, email: `contact@shop-${i}.test` }, eve), `invite ${i}`);
    const refused = await invite({ name: 'Shop 8', email: 'contact@shop-8.test' }, eve);
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(refused.errors?.[0].message).toMatch(/^You have invited many companies today; you can invite another in \d+ hours?$/);
    expect(await api.database.query(`SELECT count(*)::int AS n FROM accounts.merchants WHERE contact_domain = 'shop-8.test'`)).toEqual([{ n: 0 }]);
    must(await invite({ name: 'Shop 8', email: 'contact@shop-8.test' }, await actors.consumer('Frank')), 'another consumer');
  });

  it('a claim against the invited company is filed and its clock runs; the company takes its profile over only by an address at its own domain, confirmed; then the claim is in its inbox and it answers', async () => {
    const merchantId = (await api.database.query<{ id: string }>(`SELECT id FROM accounts.merchants WHERE siren = '552032534'`))[0].id;
    const filed = must(await api.gql<{ fileClaim: { id: string; merchant: Merchant; deadlines: Array<{ kind: string; dueAt: string }> } }>(FILE, { input: phoneClaim(merchantId) }, claire.token), 'fileClaim').fileClaim;
    expect(filed.merchant).toMatchObject({ id: merchantId, onRecours: false, verified: false });
    expect(filed.deadlines).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'MERCHANT_RESPONSE', dueAt: expect.any(String) })]));
    // She can print the formal notice and send it herself.
    const notice = await fetch(api.url.replace(/\/graphql$/, `/disputes/${filed.id}/formal-notice.pdf?locale=fr`), { headers: { authorization: `Bearer ${claire.token}` } });
    expect(notice.status).toBe(200);
    expect(notice.headers.get('content-type')).toContain('application/pdf');

    const invitation = (await mailedToken(api.database.url, 'contact@velo-bleu.test', 'MERCHANT_INVITATION')) as string;
    expect(must(await api.gql<{ merchantInvitation: Merchant | null }>(INVITATION, { token: invitation }), 'merchantInvitation').merchantInvitation).toEqual({ id: merchantId, name: 'Vélo Bleu', onRecours: false });
    expect(must(await api.gql<{ merchantInvitation: Merchant | null }>(INVITATION, { token: 'not-a-token' }), 'merchantInvitation').merchantInvitation).toBeNull();
    // The invitation alone, mailed to whatever address the consumer typed, makes nobody the company.
    const withInvitation = await api.gql(TAKE_OVER, { input: { token: invitation, password: 'Spoke-Lantern-77', displayName: 'Someone' } });
    expect(fieldsOf(withInvitation)).toEqual(['input.token']);
    // An address at a free mail provider, or at the domain of the customer who invited it, is refused, and nothing is mailed.
    const gmail = await api.gql(REQUEST_TAKEOVER, { input: { token: invitation, email: 'velo.bleu@gmail.com' } });
    expect(gmail.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'input.email', code: 'FREE_MAIL_DOMAIN' })]);
    const inviters = await api.gql(REQUEST_TAKEOVER, { input: { token: invitation, email: 'velo-bleu@example.test' } });
    expect(inviters.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'input.email', code: 'INVITER_DOMAIN' })]);
    // Whoever holds the link cannot name a domain of her own: only the company's (its contact address's), or a subdomain of it.
    for (const elsewhere of ['boss@mallory-corp.test', 'gerant@velo-bleu.test.mallory-corp.test', 'gerant@notvelo-bleu.test']) {
      const refused = await api.gql(REQUEST_TAKEOVER, { input: { token: invitation, email: elsewhere } });
      expect(refused.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'input.email', code: 'NOT_THE_COMPANY_DOMAIN', message: expect.stringContaining('velo-bleu.test') })]);
    }
    expect(codeOf(await api.gql(REQUEST_TAKEOVER, { input: { token: 'forged', email: 'gerant@velo-bleu.test' } }))).toBe('BAD_USER_INPUT');
    expect(await api.database.query(`SELECT count(*)::int AS n FROM accounts.email_confirmations WHERE purpose = 'MERCHANT_TAKEOVER'`)).toEqual([{ n: 0 }]);

    expect(must(await api.gql(REQUEST_TAKEOVER, { input: { token: invitation, email: 'Gerant@Velo-Bleu.test' } }), 'requestMerchantTakeover')).toEqual({ requestMerchantTakeover: true });
    const takeover = (await mailedToken(api.database.url, 'gerant@velo-bleu.test', 'MERCHANT_TAKEOVER')) as string;
    expect(takeover).toEqual(expect.any(String));
    const stillInvited = must(await api.gql<{ merchants: Merchant[] }>(DIRECTORY, { search: 'velo bleu' }), 'merchants').merchants;
    expect(stillInvited).toEqual([expect.objectContaining({ onRecours: false })]);
    // A refused password leaves the link usable.
    expect(fieldsOf(await api.gql(TAKE_OVER, { input: { token: takeover, password: 'password1', displayName: 'Gérant' } }))).toEqual(['input.password']);
    const taken = must(await api.gql<{ takeOverMerchant: { token: string; user: Record<string, unknown> } }>(TAKE_OVER, { input: { token: takeover, password: 'Spoke-Lantern-77', displayName: 'Gérant' } }), 'takeOverMerchant').takeOverMerchant;
    expect(taken.user).toEqual({ id: expect.any(String), role: 'MERCHANT', merchantId, merchantOwner: true, teamRole: 'OWNER' });

    expect(must(await api.gql<{ merchants: Merchant[] }>(DIRECTORY, { search: 'velo bleu' }), 'merchants').merchants).toEqual([
      { id: merchantId, name: 'Vélo Bleu', verified: true, verifiedDomain: 'velo-bleu.test', onRecours: true },
    ]);
    const inboxOf = async () => must(await api.gql<{ merchantInbox: { edges: Array<{ node: { id: string } }> } }>(`{ merchantInbox { edges { node { id } } } }`, {}, taken.token), 'merchantInbox').merchantInbox.edges.map((e) => e.node.id);
    // The read models follow the log: the claim filed before anyone acted for the company is in its inbox.
    for (let tries = 0; tries < 50 && (await inboxOf()).length === 0; tries++) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await inboxOf()).toEqual([filed.id]);
    must(await api.gql(`mutation($input: AcknowledgeClaimInput!) { acknowledgeClaim(input: $input) { id } }`, { input: { disputeId: filed.id } }, taken.token), 'acknowledgeClaim');
    const seen = must(await api.gql<{ dispute: { merchant: Merchant; timeline: Array<{ type: string }> } }>(`query($id: ID!) { dispute(id: $id) { timeline { type } merchant { onRecours verified } } }`, { id: filed.id }, claire.token), 'dispute').dispute;
    expect(seen.merchant).toEqual({ onRecours: true, verified: true });
    expect(seen.timeline.map((entry) => entry.type)).toContain('ClaimAcknowledged');

    // Every link to the profile stops working; a new invitation of the company answers it as it is, and mails nobody.
    expect(must(await api.gql<{ merchantInvitation: Merchant | null }>(INVITATION, { token: invitation }), 'merchantInvitation').merchantInvitation).toBeNull();
    expect(fieldsOf(await api.gql(REQUEST_TAKEOVER, { input: { token: invitation, email: 'other@velo-bleu.test' } }))).toEqual(['input.token']);
    expect(fieldsOf(await api.gql(TAKE_OVER, { input: { token: takeover, password: 'Spoke-Lantern-78', displayName: 'Again' } }))).toEqual(['input.token']);
    const mailedBefore = await invitationsMailedTo('new-contact@velo-bleu.test');
    expect((await invited({ name: 'Velo Bleu', email: 'new-contact@velo-bleu.test' }, await actors.consumer('Gaspard'))).onRecours).toBe(true);
    expect(await invitationsMailedTo('new-contact@velo-bleu.test')).toBe(mailedBefore);
  });

  it('a company whose inviter was erased, found again by its SIREN, has no known address: nobody who types its SIREN is sent a link to its profile', async () => {
    const inviter = must(
      await api.gql<{ signUp: { token: string } }>(`mutation($input: SignUpInput!) { signUp(input: $input) { token } }`, {
        input: { email: `ines.${Date.now()}@example.test`, password: 'Correct-Horse-43', displayName: 'Inès Inviteuse', role: 'CONSUMER' },
      }),
      'signUp',
    ).signUp;
    const contact = `atelier.roux.${Date.now()}@gmail.com`;
    const company = must(await api.gql<{ inviteMerchant: Merchant }>(INVITE, { input: { name: 'Atelier Roux', email: contact, siren: '404 833 048' } }, inviter.token), 'inviteMerchant').inviteMerchant;
    expect(await invitationsMailedTo(contact)).toBe(1);
    must(await api.gql(`mutation($input: EraseMyAccountInput!) { eraseMyAccount(input: $input) }`, { input: { password: 'Correct-Horse-43' } }, inviter.token), 'eraseMyAccount');
    expect(await api.database.query(`SELECT count(*)::int AS n FROM accounts.merchant_invitations WHERE merchant_id = $1`, [company.id])).toEqual([{ n: 0 }]);
    const mallory = await actors.consumer('Mallory Roux');
    expect((await invited({ name: 'whatever', email: 'mallory.roux@gmail.com', siren: '404833048' }, mallory)).id).toBe(company.id);
    expect(await invitationsMailedTo('mallory.roux@gmail.com')).toBe(0);
  });

  it('erasing the person whose address a consumer typed takes it from the invitation, which stays the consumer’s', async () => {
    const inviter = await actors.consumer('Océane Invite');
    const address = `jean.martin.${Date.now()}@gmail.com`;
    const company = await invited({ name: 'Martin Réparations', email: address }, inviter);
    // Jean, whose own address it is, signs up with it, then asks to be erased.
    const jean = must(
      await api.gql<{ signUp: { token: string } }>(`mutation($input: SignUpInput!) { signUp(input: $input) { token } }`, { input: { email: address, password: 'Correct-Horse-42', displayName: 'Jean Martin', role: 'CONSUMER' } }),
      'signUp',
    ).signUp;
    expect((await api.database.query(`SELECT email FROM accounts.merchant_invitations WHERE invited_by = $1`, [inviter.id]))).toEqual([{ email: address }]);
    must(await api.gql(`mutation($input: EraseMyAccountInput!) { eraseMyAccount(input: $input) }`, { input: { password: 'Correct-Horse-42' } }, jean.token), 'eraseMyAccount');
    expect(await searchDatabase(api.database.url, [address])).toEqual([]);
    const archive = JSON.parse(must(await api.gql<{ myData: string }>(`{ myData }`, {}, inviter.token), 'myData').myData) as { merchantInvitations: unknown[] };
    expect(archive.merchantInvitations).toEqual([{ merchant: company.name, email: null, locale: 'fr', createdAt: expect.any(String) }]);
  });
});

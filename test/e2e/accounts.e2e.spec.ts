import { mailedToken, startTestApp, TEST_ADMIN, type TestApp } from '@recours/testing';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token user { id role merchantId displayName email merchantOwner } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token user { id role merchantId } } }`;
const ME = `{ me { id role merchantId displayName email } }`;

describe('accounts over GraphQL', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp('accounts');
  });
  afterAll(() => api.close());

  it('a consumer signs up, logs in and reads herself', async () => {
    const signUp = await api.gql<{ signUp: { token: string; user: { id: string; role: string; email: string } } }>(SIGN_UP, {
      input: { email: 'Claire@Example.fr', password: 'battery-swollen-2025', displayName: 'Claire', role: 'CONSUMER' },
    });
    expect(signUp.errors).toBeUndefined();
    expect(signUp.data?.signUp.user).toMatchObject({ role: 'CONSUMER', email: 'claire@example.fr', merchantId: null });
    const login = await api.gql<{ login: { token: string; user: { id: string } } }>(LOGIN, { input: { email: 'claire@example.fr', password: 'battery-swollen-2025' } });
    expect(login.data?.login.user.id).toBe(signUp.data?.signUp.user.id);
    const me = await api.gql<{ me: { displayName: string } }>(ME, {}, login.data?.login.token);
    expect(me.data?.me).toMatchObject({ displayName: 'Claire', role: 'CONSUMER' });
  });

  it('one mailbox, one account: an address with a decomposed accent, in capitals or with its domain in ASCII (xn--) is the same address, at sign-up and at sign-in', async () => {
    const first = await api.gql<{ signUp: { user: { id: string; email: string } } }>(SIGN_UP, {
      input: { email: 'zoe@cafe\u0301.example', password: 'battery-swollen-2025', displayName: 'Zoé', role: 'CONSUMER' },
    });
    expect(first.errors).toBeUndefined();
    expect(first.data?.signUp.user.email).toBe('zoe@caf\u00e9.example');
    for (const email of ['zoe@caf\u00e9.example', 'ZOE@CAFÉ.example', 'zoe@xn--caf-dma.example']) {
      const again = await api.gql(SIGN_UP, { input: { email, password: 'another-password-2025', displayName: 'Mallory', role: 'CONSUMER' } });
      expect([email, again.errors?.[0]?.extensions?.fields]).toEqual([email, [expect.objectContaining({ field: 'input.email', code: 'ALREADY_REGISTERED' })]]);
      const login = await api.gql<{ login: { user: { id: string } } }>(LOGIN, { input: { email, password: 'battery-swollen-2025' } });
      expect([email, login.data?.login.user.id]).toEqual([email, first.data?.signUp.user.id]);
    }
  });

  it('refuses an address short enough as typed but too long once its domain is written for mail (xn--), on the field, in French and English; nothing is stored', async () => {
    // 232 characters as typed; 260 with each label in ASCII. Cyrillic letters are kept so (xn--…), Latin ones in Unicode.
    for (const letters of ['жa', 'aü']) {
      const email = `${'a'.repeat(64)}@${Array(4).fill(letters.repeat(20)).join('.')}.example`;
      expect(email.length).toBeLessThanOrEqual(254);
      for (const [language, message] of [
        ['en', 'exceeds 254 characters once its domain is written as mail carries it (xn--…)'],
        ['fr', 'dépasse 254 caractères une fois son domaine écrit comme le courrier le transporte (xn--…)'],
      ]) {
        const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': language }, body: JSON.stringify({ query: SIGN_UP, variables: { input: { email, password: 'battery-swollen-2025', displayName: 'Zoé', role: 'CONSUMER' } } }) });
        const refused = (await response.json()) as { errors?: Array<{ extensions?: { code?: string; fields?: unknown } }> };
        expect([letters, refused.errors?.[0].extensions?.code, refused.errors?.[0].extensions?.fields]).toEqual([letters, 'BAD_USER_INPUT', [expect.objectContaining({ field: 'input.email', code: 'EMAIL_TOO_LONG_FOR_MAIL', message })]]);
      }
      expect(await api.database.query(`SELECT 1 FROM accounts.accounts WHERE email LIKE $1`, [`${'a'.repeat(64)}@%`])).toEqual([]);
    }
  });

  it('a merchant sign-up creates the merchant; its first user adds an agent; the directory finds it', async () => {
    const owner = await api.gql<{ signUp: { token: string; user: { merchantId: string; merchantOwner: boolean } } }>(SIGN_UP, {
      input: { email: 'sav@electro.example', password: 'after-sales-2025!', displayName: 'SAV Électro', role: 'MERCHANT', merchantName: 'Électro Dépôt Test' },
    });
    expect(owner.errors).toBeUndefined();
    const merchantId = owner.data?.signUp.user.merchantId;
    expect(merchantId).toMatch(/^[0-9a-f-]{36}$/);
    expect(owner.data?.signUp.user.merchantOwner).toBe(true);

    const agent = await api.gql<{ addMerchantAgent: { merchantId: string; merchantOwner: boolean; pending: boolean } }>(
      `mutation($input: AddMerchantAgentInput!) { addMerchantAgent(input: $input) { merchantId merchantOwner pending } }`,
      { input: { email: 'agent@electro.example', displayName: 'Agent 1' } },
      owner.data?.signUp.token,
    );
    expect(agent.data?.addMerchantAgent).toEqual({ merchantId, merchantOwner: false, pending: true });
    // The agent joins with the invitation's link (issue 12 item 5), then signs in like anyone.
    const token = await mailedToken(api.database.url, 'agent@electro.example', 'AGENT_INVITATION');
    const accepted = await api.gql(`mutation($input: AcceptAgentInvitationInput!) { acceptAgentInvitation(input: $input) { user { merchantId merchantOwner } } }`, { input: { token, password: 'counter-desk-77' } });
    expect(accepted.data?.acceptAgentInvitation).toEqual({ user: { merchantId, merchantOwner: false } });

    const agentLogin = await api.gql<{ login: { token: string } }>(LOGIN, { input: { email: 'agent@electro.example', password: 'counter-desk-77' } });
    const refused = await api.gql(
      `mutation($input: AddMerchantAgentInput!) { addMerchantAgent(input: $input) { id } }`,
      { input: { email: 'agent2@electro.example', displayName: 'Agent 2' } },
      agentLogin.data?.login.token,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const profile = await api.gql<{ updateMerchantProfile: { supportChannels: { hotline: string; servicePoints: string[] } } }>(
      `mutation($input: UpdateMerchantProfileInput!) { updateMerchantProfile(input: $input) { supportChannels { hotline servicePoints } } }`,
      { input: { hotline: '+33 1 23 45 67 89', servicePoints: ['Lyon Part-Dieu'] } },
      agentLogin.data?.login.token,
    );
    expect(profile.data?.updateMerchantProfile.supportChannels).toEqual({ hotline: '+33 1 23 45 67 89', servicePoints: ['Lyon Part-Dieu'] });
    // The chat is shown to the public as a link: a web page, never a script; nothing is stored.
    const UPDATE_CHAT = `mutation($input: UpdateMerchantProfileInput!) { updateMerchantProfile(input: $input) { supportChannels { chat } } }`;
    for (const chat of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'chat']) {
      const bad = await api.gql(UPDATE_CHAT, { input: { chat } }, agentLogin.data?.login.token);
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'input.chat', code: 'NOT_A_WEB_ADDRESS' })] });
    }
    const chat = await api.gql<{ updateMerchantProfile: { supportChannels: { chat: string } } }>(UPDATE_CHAT, { input: { chat: 'https://electro-depot.test/aide' } }, agentLogin.data?.login.token);
    expect(chat.data?.updateMerchantProfile.supportChannels.chat).toBe('https://electro-depot.test/aide');
    // The hotline is a number to call, by the association's rule; a service point is a place, never
    // an empty line: each refused naming the field, in the reader's language, and nothing stored.
    const UPDATE_CHANNELS = `mutation($input: UpdateMerchantProfileInput!) { updateMerchantProfile(input: $input) { supportChannels { hotline servicePoints } } }`;
    const badHotline = (await (
      await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'fr', authorization: `Bearer ${agentLogin.data?.login.token}` },
        body: JSON.stringify({ query: UPDATE_CHANNELS, variables: { input: { hotline: 'call us', servicePoints: ['Paris Bercy'] } } }),
      })
    ).json()) as { errors?: Array<{ extensions?: Record<string, unknown> }> };
    expect(badHotline.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.hotline', code: 'NOT_A_PHONE_NUMBER', message: 'doit être un numéro de téléphone, comme 04 78 00 00 00 ou +33 4 78 00 00 00' }] });
    const blankPoints = await api.gql(UPDATE_CHANNELS, { input: { servicePoints: ['Paris Bercy', '  ', '\u200b'] } }, agentLogin.data?.login.token);
    expect(blankPoints.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.servicePoints.1', code: 'BLANK' }, { field: 'input.servicePoints.2', code: 'BLANK' }] });
    const unchanged = await api.gql<{ merchant: { supportChannels: { hotline: string; servicePoints: string[] } } }>(`query($id: ID!) { merchant(id: $id) { supportChannels { hotline servicePoints } } }`, { id: merchantId });
    expect(unchanged.data?.merchant.supportChannels).toEqual({ hotline: '+33 1 23 45 67 89', servicePoints: ['Lyon Part-Dieu'] });
    const tidied = await api.gql<{ updateMerchantProfile: { supportChannels: { hotline: string; servicePoints: string[] } } }>(
      UPDATE_CHANNELS,
      { input: { hotline: ' +33 1 23 45 67 89 ', servicePoints: [' Lyon Part-Dieu', 'Lyon Part-Dieu ', 'Villeurbanne'] } },
      agentLogin.data?.login.token,
    );
    expect(tidied.data?.updateMerchantProfile.supportChannels).toEqual({ hotline: '+33 1 23 45 67 89', servicePoints: ['Lyon Part-Dieu', 'Villeurbanne'] });
    // A merchant clears a channel it no longer offers: null or an emptied field, as the form sends it.
    const UPDATE_ALL = `mutation($input: UpdateMerchantProfileInput!) { updateMerchantProfile(input: $input) { supportChannels { hotline email chat servicePoints } } }`;
    const filled = await api.gql(UPDATE_ALL, { input: { email: 'sav@electro-depot.test', chat: 'https://electro-depot.test/aide' } }, agentLogin.data?.login.token);
    expect(filled.errors).toBeUndefined();
    const emptied = await api.gql<{ updateMerchantProfile: { supportChannels: unknown } }>(UPDATE_ALL, { input: { hotline: null, email: '  ', chat: '' } }, agentLogin.data?.login.token);
    expect(emptied.errors).toBeUndefined();
    expect(emptied.data?.updateMerchantProfile.supportChannels).toEqual({ hotline: null, email: null, chat: null, servicePoints: ['Lyon Part-Dieu', 'Villeurbanne'] });
    const refilled = await api.gql(UPDATE_ALL, { input: { hotline: '+33 1 23 45 67 89', email: 'sav@electro-depot.test' } }, agentLogin.data?.login.token);
    expect(refilled.errors).toBeUndefined();
    const nulled = await api.gql<{ updateMerchantProfile: { supportChannels: unknown } }>(UPDATE_ALL, { input: { hotline: '', email: null, servicePoints: [] } }, agentLogin.data?.login.token);
    expect(nulled.data?.updateMerchantProfile.supportChannels).toEqual({ hotline: null, email: null, chat: null, servicePoints: [] });
    await api.gql(UPDATE_CHANNELS, { input: { hotline: '+33 1 23 45 67 89' } }, agentLogin.data?.login.token);
    // One stored before the rule is not shown.
    await api.database.query(`UPDATE accounts.merchants SET support_channels = support_channels || '{"chat": "javascript:alert(1)"}'::jsonb WHERE id = $1`, [merchantId]);
    const stored = await api.gql<{ merchant: { supportChannels: { chat: string | null } } }>(`query($id: ID!) { merchant(id: $id) { supportChannels { chat } } }`, { id: merchantId });
    expect(stored.data?.merchant.supportChannels.chat).toBeNull();

    const directory = await api.gql<{ merchants: Array<{ id: string; name: string }> }>(`{ merchants(search: "electro depot") { id name } }`);
    expect(directory.data?.merchants).toEqual([{ id: merchantId, name: 'Électro Dépôt Test' }]);

    // One merchant by id, as its public page and its own profile ask for it, changes included;
    // an id that is no merchant's is null, one that is no id at all a problem naming the argument.
    const one = await api.gql<{ merchant: { name: string; supportChannels: { hotline: string } } | null }>(`query($id: ID!) { merchant(id: $id) { name supportChannels { hotline } } }`, { id: merchantId?.toUpperCase() });
    expect(one.data?.merchant).toEqual({ name: 'Électro Dépôt Test', supportChannels: { hotline: '+33 1 23 45 67 89' } });
    const none = await api.gql(`query($id: ID!) { merchant(id: $id) { name } }`, { id: '00000000-0000-4000-8000-000000000000' });
    expect(none.errors).toBeUndefined();
    expect(none.data).toEqual({ merchant: null });
    const notAnId = await api.gql(`query($id: ID!) { merchant(id: $id) { name } }`, { id: 'electro-depot' });
    expect(notAnId.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'id' }] });
  });

  it('refuses bad sign-ups naming the field, and stores nothing', async () => {
    const weak = await api.gql(SIGN_UP, { input: { email: 'weak@example.fr', password: 'short', displayName: 'W', role: 'CONSUMER' } });
    expect(weak.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.password' }] });
    const badEmail = await api.gql(SIGN_UP, { input: { email: 'not-an-email', password: 'long-enough-pass-1', displayName: 'W', role: 'CONSUMER' } });
    expect(badEmail.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.email' }] });
    const noMerchantName = await api.gql(SIGN_UP, { input: { email: 'm@example.fr', password: 'long-enough-pass-1', displayName: 'M', role: 'MERCHANT' } });
    expect(noMerchantName.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: expect.arrayContaining([expect.objectContaining({ field: 'input.merchantName' })]) });
    // A company's name or SIREN is only for a merchant account: a consumer giving one is told so, in her language.
    const consumerWithCompany = (await (
      await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'fr' },
        body: JSON.stringify({ query: SIGN_UP, variables: { input: { email: 'not-a-shop@example.fr', password: 'long-enough-pass-1', displayName: 'N', role: 'CONSUMER', merchantName: 'Ma Boutique', siren: '732 829 320' } } }),
      })
    ).json()) as { errors?: Array<{ extensions?: Record<string, unknown> }> };
    expect(consumerWithCompany.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'input.merchantName', code: 'ONLY_FOR_A_MERCHANT', message: 'ne concerne qu’un compte professionnel' },
        { field: 'input.siren', code: 'ONLY_FOR_A_MERCHANT', message: 'ne concerne qu’un compte professionnel' },
      ],
    });
    const consumerWithName = await api.gql(SIGN_UP, { input: { email: 'not-a-shop@example.fr', password: 'long-enough-pass-1', displayName: 'N', role: 'CONSUMER', merchantName: 'Ma Boutique' } });
    expect(consumerWithName.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.merchantName', code: 'ONLY_FOR_A_MERCHANT', message: 'is only for a merchant account' }] });
    const unknownRole = await api.gql(SIGN_UP, { input: { email: 'x@example.fr', password: 'long-enough-pass-1', displayName: 'X', role: 'ADMIN' } });
    expect(unknownRole.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const duplicate = await api.gql(SIGN_UP, { input: { email: 'CLAIRE@example.fr', password: 'another-pass-2025', displayName: 'C2', role: 'CONSUMER' } });
    expect(duplicate.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.email' }] });
    expect(await api.database.query(`SELECT 1 FROM accounts.merchants WHERE name = 'Ma Boutique'`)).toEqual([]);
    for (const email of ['weak@example.fr', 'not-an-email', 'm@example.fr', 'x@example.fr', 'not-a-shop@example.fr']) {
      expect((await api.gql(LOGIN, { input: { email, password: 'long-enough-pass-1' } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('answers a wrong password and an unknown address alike', async () => {
    const wrong = await api.gql(LOGIN, { input: { email: 'claire@example.fr', password: 'not-her-password-1' } });
    const unknown = await api.gql(LOGIN, { input: { email: 'nobody@example.fr', password: 'not-her-password-1' } });
    expect(wrong.errors?.[0]).toMatchObject({ message: 'Wrong e-mail address or password', extensions: { code: 'UNAUTHENTICATED' } });
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
  });

  it('the admin from ADMIN_EMAIL creates mediator and association accounts; nobody else can', async () => {
    const admin = await api.gql<{ login: { token: string; user: { role: string } } }>(LOGIN, { input: TEST_ADMIN });
    expect(admin.data?.login.user.role).toBe('ADMIN');
    const CREATE = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { id role } }`;
    const mediator = await api.gql<{ createAccount: { role: string } }>(CREATE, { input: { email: 'mediateur@example.fr', password: 'mediation-2025!', displayName: 'Médiateur', role: 'MEDIATOR' } }, admin.data?.login.token);
    expect(mediator.data?.createAccount.role).toBe('MEDIATOR');
    const anonymous = await api.gql(CREATE, { input: { email: 'a@example.fr', password: 'mediation-2025!', displayName: 'A', role: 'ASSOCIATION' } });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const consumer = await api.gql<{ login: { token: string } }>(LOGIN, { input: { email: 'claire@example.fr', password: 'battery-swollen-2025' } });
    const asConsumer = await api.gql(CREATE, { input: { email: 'a@example.fr', password: 'mediation-2025!', displayName: 'A', role: 'ASSOCIATION' } }, consumer.data?.login.token);
    expect(asConsumer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses forged, malformed and unsigned tokens as UNAUTHENTICATED', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ sub: '00000000-0000-0000-0000-000000000000', role: 'ADMIN' })).toString('base64url');
    for (const token of [`${header}.${payload}.`, `${header}.${payload}.c2lnbmF0dXJl`, 'garbage']) {
      const answer = await api.gql(ME, {}, token);
      expect(answer.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(answer.data ?? null).toBeNull();
    }
  });
});

import { apiActors, must, phoneClaim, startTestApp, type Account, type TestApp } from '@recours/testing';
import { RawSocket } from '../reliability/support/socket';

type FieldAtFault = { field: string; code: string; params: Record<string, unknown>; message: string };
type Answer = { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string; rule?: string; params?: Record<string, unknown>; fields?: FieldAtFault[] } }> };

// Words that give an English sentence away in a French message.
const ENGLISH = /\b(the|must|only|this|is|not|before|after|already|with|characters?)\b/i;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** Issue 14: validation and domain errors carry codes and parameters, and read in the reader's language. */
describe('errors in the reader’s language', () => {
  let api: TestApp;
  let consumer: Account;
  let merchant: Account;

  const send = async (query: string, variables: Record<string, unknown>, token: string, language?: string): Promise<Answer> => {
    const headers: Record<string, string> = { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(language ? { 'accept-language': language } : {}) };
    return (await (await fetch(api.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) })).json()) as Answer;
  };
  const FILE = `mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`;
  const OFFER = `mutation($input: MakeOfferInput!) { makeOffer(input: $input) { id } }`;

  beforeAll(async () => {
    api = await startTestApp('error_language');
    const actors = apiActors(api);
    consumer = await actors.consumer('Claire Dupont');
    merchant = await actors.merchant('Jean Vendeur');
  }, 120_000);
  afterAll(async () => api?.close());

  it('the same bad input reads in French and in English, with the same fields, codes and parameters', async () => {
    const bad = phoneClaim(merchant.merchantId as string, {
      product: { name: 'x'.repeat(201), category: 'smartphone', brand: 'Samsung', condition: 'NEW' },
      purchase: { purchasedOn: '2025-03-10', deliveredOn: '2025-03-12', price: { amount: '449,00', currency: 'EUR' }, channel: 'ONLINE', country: 'FR' },
    });
    const french = await send(FILE, { input: bad }, consumer.token, 'fr-FR,fr;q=0.9');
    const english = await send(FILE, { input: bad }, consumer.token, 'en');
    const none = await send(FILE, { input: bad }, consumer.token);
    for (const answer of [french, english, none]) expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fr = french.errors![0].extensions!.fields!;
    const en = english.errors![0].extensions!.fields!;
    expect(fr.map(({ field, code, params }) => ({ field, code, params }))).toEqual([
      { field: 'input.product.name', code: 'TOO_LONG', params: { max: 200 } },
      { field: 'input.purchase.price.amount', code: 'NOT_AN_AMOUNT', params: {} },
    ]);
    expect(en.map(({ field, code, params }) => ({ field, code, params }))).toEqual(fr.map(({ field, code, params }) => ({ field, code, params })));
    expect(fr.map((f) => f.message)).toEqual(['doit comporter au plus 200 caractères', 'doit être un montant positif avec au plus 2 décimales, comme «\u202f129.99\u202f»']);
    expect(en.map((f) => f.message)).toEqual(['must have at most 200 characters', 'must be a decimal string ≥ 0 with at most 2 decimals, such as “129.99”']);
    // A client that names no language reads English.
    expect(none.errors![0].extensions!.fields!.map((f) => f.message)).toEqual(en.map((f) => f.message));
    for (const { message } of fr) {
      expect(message).not.toMatch(ENGLISH);
      expect(message).not.toMatch(/input\./);
    }
  });

  it('a rule between fields (delivery before purchase) is a field at fault too, in French', async () => {
    const bad = phoneClaim(merchant.merchantId as string, { purchase: { purchasedOn: '2025-03-10', deliveredOn: '2025-03-01', price: { amount: '449.00', currency: 'EUR' }, channel: 'ONLINE', country: 'FR' } });
    const french = await send(FILE, { input: bad }, consumer.token, 'fr');
    const english = await send(FILE, { input: bad }, consumer.token, 'en');
    expect(french.errors?.[0].extensions?.fields).toEqual([{ field: 'input.purchase.deliveredOn', code: 'BEFORE_PURCHASE', params: {}, message: 'ne doit pas précéder la date d’achat' }]);
    expect(english.errors?.[0].extensions?.fields).toEqual([{ field: 'input.purchase.deliveredOn', code: 'BEFORE_PURCHASE', params: {}, message: 'must not be before the purchase date' }]);
  });

  it('invisible controls (a right-to-left override, a bell) are refused on every input, naming the field, and nothing is stored; tab, line breaks and right-to-left text pass (outside review, finding 5)', async () => {
    const spoofed = phoneClaim(merchant.merchantId as string, { product: { name: 'Galaxy A54 \u202Egnp.exe', category: 'smartphone', brand: 'Samsung', condition: 'NEW' } });
    const claim = await send(FILE, { input: spoofed }, consumer.token, 'fr');
    expect(claim.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'input.product.name', code: 'INVISIBLE_CONTROL', message: expect.stringMatching(/^ne doit pas contenir de caractères de contrôle invisibles/) })]);
    const [{ count }] = await api.database.query<{ count: string }>(`SELECT count(*) FROM event_store.events WHERE type = 'ClaimFiled' AND data::text LIKE '%gnp.exe%'`);
    expect(count).toBe('0');
    // An input that class-validator checks (sign-up): the same one test.
    const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token } }`;
    const signUp = (displayName: string) =>
      fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'en', 'x-forwarded-for': '203.0.113.78' }, body: JSON.stringify({ query: SIGN_UP, variables: { input: { email: `bidi-${Date.now()}@example.test`, password: 'battery-swollen-2025', displayName, role: 'CONSUMER' } } }) }).then((r) => r.json() as Promise<Answer>);
    expect((await signUp('Claire\u0007')).errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'input.displayName', code: 'INVISIBLE_CONTROL' })]);
    // What a person writes passes: tab and line breaks in a description, Arabic and Hebrew with their marks.
    const written = phoneClaim(merchant.merchantId as string, { product: { name: 'هاتف \u200Fجالاكسي עברית', category: 'smartphone', brand: 'Samsung', condition: 'NEW' } });
    written.problem = { ...written.problem, description: 'Ligne 1\r\nLigne 2\tavec une tabulation' };
    expect((await send(FILE, { input: written }, consumer.token, 'fr')).errors).toBeUndefined();
  });

  it('a text that shows nothing (spaces, zero-width spaces) is blank on every input, a claim’s and a name alike, and nothing is stored (API probe)', async () => {
    const claimsFiled = async () => (await api.database.query<{ count: string }>(`SELECT count(*) FROM event_store.events WHERE type = 'ClaimFiled'`))[0].count;
    const filedBefore = await claimsFiled();
    const invisible = phoneClaim(merchant.merchantId as string, { product: { name: '\u200b\u200b', category: 'smartphone', brand: 'Samsung', condition: 'NEW' } });
    invisible.problem = { ...invisible.problem, description: '\u200b'.repeat(20) };
    const claim = await send(FILE, { input: invisible }, consumer.token, 'fr');
    expect(claim.errors?.[0].extensions?.fields?.map(({ field, code, message }) => ({ field, code, message }))).toEqual([
      { field: 'input.product.name', code: 'BLANK', message: 'ne doit pas être vide' },
      { field: 'input.problem.description', code: 'TOO_SHORT', message: 'doit comporter au moins 10 caractères' },
    ]);
    const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token } }`;
    const AGENT = `mutation($input: AddMerchantAgentInput!) { addMerchantAgent(input: $input) { id } }`;
    const signUp = (input: Record<string, unknown>) =>
      fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'fr', 'x-forwarded-for': '203.0.113.79' }, body: JSON.stringify({ query: SIGN_UP, variables: { input: { password: 'battery-swollen-2025', role: 'CONSUMER', ...input } } }) }).then((r) => r.json() as Promise<Answer>);
    const blank = ['   ', '\u200b', ' \u2060\u3164 '];
    for (const [i, name] of blank.entries()) {
      const email = `blank-${i}-${Date.now()}@example.test`;
      expect((await signUp({ email, displayName: name })).errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'input.displayName', code: 'BLANK', message: 'ne doit pas être vide' })]);
      expect((await signUp({ email, displayName: 'Jean', role: 'MERCHANT', merchantName: name })).errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'input.merchantName', code: 'BLANK' })]);
      expect((await send(AGENT, { input: { email, displayName: name } }, merchant.token, 'fr')).errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'input.displayName', code: 'BLANK' })]);
    }
    const [{ count }] = await api.database.query<{ count: string }>(`SELECT count(*) FROM accounts.accounts WHERE email LIKE 'blank-%'`);
    expect(count).toBe('0');
    expect(await claimsFiled()).toBe(filedBefore);
    // An offer's terms may be left out (or empty), not made of spaces: they read « (     ) » in the timeline.
    const filed = await send(FILE, { input: phoneClaim(merchant.merchantId as string) }, consumer.token, 'fr');
    const spaces = await send(OFFER, { input: { disputeId: (filed.data as { fileClaim: { id: string } }).fileClaim.id, remedy: 'REPAIR', daysToCarryOut: 10, terms: '   ' } }, merchant.token, 'fr');
    expect(spaces.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'input.terms', code: 'BLANK', message: 'ne doit pas être vide' })]);
  });

  it('an id that is not one reads as such on the inputs class-validator checks too, not as a vague « is not valid » (API probe)', async () => {
    const similar = await send(`query($input: SimilarOutcomesInput!) { similarOutcomes(input: $input) { __typename } }`, { input: { merchantId: 'x', category: 'smartphone' } }, consumer.token, 'fr');
    expect(similar.errors?.[0].extensions?.fields).toEqual([{ field: 'input.merchantId', code: 'NOT_AN_ID', params: {}, message: 'doit être un identifiant valide' }]);
    const read = await send(`mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { __typename } }`, { input: { ids: ['x'] } }, consumer.token, 'fr');
    expect(read.errors?.[0].extensions?.fields).toEqual([{ field: 'input.ids', code: 'NOT_AN_ID', params: {}, message: 'doit être un identifiant valide' }]);
  });

  it('the other texts a person types (a reply template, a mediation body’s or an association’s name, an erasure’s reason, a search) are blank by the same one test: zero-width characters alike, nothing stored', async () => {
    const actors = apiActors(api);
    const [admin, association] = [await actors.admin(), await actors.association('UFC Blanc')];
    const invisible = '\u200b\u2060';
    const fieldsOf = (answer: Answer) => answer.errors?.[0].extensions?.fields?.map(({ field, code }) => ({ field, code }));
    const cases: Array<[string, Record<string, unknown>, string, Array<{ field: string; code: string }>]> = [
      [`mutation($input: SaveReplyTemplateInput!) { saveReplyTemplate(input: $input) { id } }`, { input: { title: invisible, body: ' \u200b ' } }, merchant.token, [{ field: 'input.title', code: 'BLANK' }, { field: 'input.body', code: 'BLANK' }]],
      [`mutation($input: CreateMediationBodyInput!) { createMediationBody(input: $input) { id } }`, { input: { name: invisible } }, admin.token, [{ field: 'input.name', code: 'REQUIRED' }]],
      [`mutation($input: UpdateAssociationProfileInput!) { updateAssociationProfile(input: $input) { id } }`, { input: { name: invisible } }, association.token, [{ field: 'input.name', code: 'BLANK' }]],
      [`mutation($input: EraseDataSubjectInput!) { eraseDataSubject(input: $input) }`, { input: { accountId: consumer.id, reason: invisible } }, admin.token, [{ field: 'input.reason', code: 'BLANK' }]],
      [`query($q: String!) { searchDisputes(query: $q) { edges { node { id } } } }`, { q: invisible }, consumer.token, [{ field: 'query', code: 'BLANK' }]],
    ];
    for (const [query, variables, token, expected] of cases) {
      const answer = await send(query, variables, token, 'fr');
      expect({ query, code: answer.errors?.[0].extensions?.code, fields: fieldsOf(answer) }).toEqual({ query, code: 'BAD_USER_INPUT', fields: expected });
      expect(answer.errors?.[0].message).not.toMatch(ENGLISH);
    }
    const [{ templates }] = await api.database.query<{ templates: string }>(`SELECT count(*) AS templates FROM accounts.reply_templates`);
    const [{ bodies }] = await api.database.query<{ bodies: string }>(`SELECT count(*) AS bodies FROM accounts.mediation_bodies WHERE name !~ '[a-zA-Z]'`);
    expect({ templates, bodies }).toEqual({ templates: '0', bodies: '0' });
    expect(must(await api.gql<{ me: { id: string } }>(`{ me { id } }`, {}, consumer.token), 'still there').me.id).toBe(consumer.id);
  });

  it('an e-mail address typed with spaces around it is taken without them (they are not hers to fix); one that is no address is refused naming the field (API probe)', async () => {
    const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token } }`;
    const signUp = (email: string) =>
      fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'fr', 'x-forwarded-for': '203.0.113.80' }, body: JSON.stringify({ query: SIGN_UP, variables: { input: { email, password: 'battery-swollen-2025', role: 'CONSUMER', displayName: 'Léa' } } }) }).then((r) => r.json() as Promise<Answer>);
    const address = `spaced-${Date.now()}@example.test`;
    expect((await signUp(`  ${address}\t`)).errors).toBeUndefined();
    expect(await api.database.query(`SELECT email FROM accounts.accounts WHERE email LIKE 'spaced-%'`)).toEqual([{ email: address }]);
    expect((await signUp('  not an address ')).errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'input.email', code: 'NOT_AN_EMAIL' })]);
  });

  it('a refused token (forged, or a session signed out) is answered 401 in the reader’s language too (privacy review, left point)', async () => {
    const ask = async (token: string, language: string) => {
      const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'accept-language': language }, body: JSON.stringify({ query: '{ me { id } }' }) });
      return { status: response.status, body: (await response.json()) as Answer };
    };
    const forgedFr = await ask('abc.def.ghi', 'fr-FR,fr;q=0.9');
    expect(forgedFr.status).toBe(401);
    const NOT_VALID_FR = 'Ce jeton de connexion n’est pas valide ou a expiré\u202f; reconnectez-vous';
    const NOT_VALID_EN = 'This sign-in token is not valid or has expired; sign in again';
    expect(forgedFr.body.errors?.[0]).toMatchObject({ message: NOT_VALID_FR, extensions: { code: 'UNAUTHENTICATED' } });
    expect((await ask('abc.def.ghi', 'en')).body.errors?.[0].message).toBe(NOT_VALID_EN);
    // A token that is not even shaped as one (API probe: "Bearer garbage") is told the same, not how to write the header.
    for (const token of ['garbage', 'abc.def', '']) {
      const [fr, en] = [await ask(token, 'fr'), await ask(token, 'en')];
      expect([token, fr.status, fr.body.errors?.[0].message, en.body.errors?.[0].message]).toEqual([token, 401, NOT_VALID_FR, NOT_VALID_EN]);
    }
    // Another scheme is a header written wrong: that is what is said.
    const basic = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Basic YTpi', 'accept-language': 'fr' }, body: JSON.stringify({ query: '{ me { id } }' }) });
    expect(((await basic.json()) as Answer).errors?.[0].message).toBe('L’en-tête Authorization doit être «\u202fBearer <jeton>\u202f»');
    // A session ended (revoked from mySessions): its token is refused in French too, in words.
    const leaving = await apiActors(api).consumer('Julie');
    const sessions = await send(`{ mySessions { id current } }`, {}, leaving.token);
    const current = (sessions.data as { mySessions: Array<{ id: string; current: boolean }> }).mySessions.find((x) => x.current)!;
    expect((await send(`mutation($input: RevokeSessionInput!) { revokeSession(input: $input) }`, { input: { sessionId: current.id } }, leaving.token)).errors).toBeUndefined();
    const ended = await ask(leaving.token, 'fr');
    expect(ended.status).toBe(401);
    expect(ended.body.errors?.[0].message).not.toMatch(ENGLISH);
  });

  it('a class-validator input (sign-up) has its codes and French words too', async () => {
    const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token } }`;
    const input = { email: 'not-an-address', password: 'battery-swollen-2025', displayName: 'Claire', role: 'CONSUMER' };
    const french = (await (await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'fr', 'x-forwarded-for': '203.0.113.77' }, body: JSON.stringify({ query: SIGN_UP, variables: { input } }) })).json()) as Answer;
    expect(french.errors?.[0].extensions?.fields).toEqual([{ field: 'input.email', code: 'NOT_AN_EMAIL', params: {}, message: 'doit être une adresse e-mail' }]);
  });

  it('a domain refusal (an offer on a withdrawn claim) reads in French and in English, with the same rule and parameters', async () => {
    const disputeId = must(await api.gql<{ fileClaim: { id: string } }>(FILE, { input: phoneClaim(merchant.merchantId as string) }, consumer.token), 'file').fileClaim.id;
    must(await api.gql(`mutation($input: WithdrawClaimInput!) { withdrawClaim(input: $input) { id } }`, { input: { disputeId, reason: 'Réglé à l’amiable' } }, consumer.token), 'withdraw');
    const offer = { disputeId, remedy: 'REPAIR' };
    const french = await send(OFFER, { input: offer }, merchant.token, 'fr');
    const english = await send(OFFER, { input: offer }, merchant.token, 'en');
    expect(french.errors?.[0].extensions).toEqual({ code: 'DOMAIN_RULE', rule: 'DISPUTE_CLOSED', params: { reason: 'WITHDRAWN' } });
    expect(english.errors?.[0].extensions).toEqual(french.errors?.[0].extensions);
    expect(french.errors?.[0].message).toBe('la réclamation a été retirée');
    expect(english.errors?.[0].message).toBe('the claim was withdrawn');
  });

  it('a domain refusal with a date writes it as French does, and shows no id', async () => {
    const disputeId = must(await api.gql<{ fileClaim: { id: string } }>(FILE, { input: phoneClaim(merchant.merchantId as string) }, consumer.token), 'file').fileClaim.id;
    const ACK = `mutation($input: AcknowledgeClaimInput!) { acknowledgeClaim(input: $input) { id } }`;
    must(await api.gql(ACK, { input: { disputeId } }, merchant.token), 'acknowledge');
    const french = await send(ACK, { input: { disputeId } }, merchant.token, 'fr');
    const english = await send(ACK, { input: { disputeId } }, merchant.token, 'en');
    expect(french.errors?.[0].extensions).toMatchObject({ code: 'DOMAIN_RULE', rule: 'ALREADY_ACKNOWLEDGED', params: { acknowledgedAt: expect.any(String) } });
    expect(french.errors?.[0].message).toMatch(/^la réception de la réclamation a été confirmée le (1er|\d{1,2}) \S+ \d{4}$/);
    expect(english.errors?.[0].message).toMatch(/^the claim was acknowledged on \d{1,2} [A-Z][a-z]+ \d{4}$/);
    for (const answer of [french, english]) expect(answer.errors?.[0].message).not.toMatch(UUID);
  });

  it('over the WebSocket, through the same formatter: the socket’s language, codes and fields', async () => {
    const socket = await RawSocket.connect(`${api.url}?locale=fr`, { authorization: `Bearer ${consumer.token}` });
    try {
      socket.subscribe('bad', 'subscription { disputeUpdated(id: "pas-un-id") { id } }');
      expect(await socket.until(() => socket.received('bad').errors.length > 0)).toBe(true);
      const [error] = socket.received('bad').errors;
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'id', code: 'NOT_AN_ID', params: {}, message: 'doit être un identifiant valide' }] });
      expect(error.message).toMatch(/^Saisie invalide\u202f: une valeur doit être un identifiant valide$/);
    } finally {
      socket.ws.close();
    }
  });
});

import { randomUUID } from 'node:crypto';
import { apiActors, phoneClaim, startTestApp, type Account, type TestApp } from '@recours/testing';
import { RawSocket } from '../reliability/support/socket';

type FieldAtFault = { field: string; code: string; params: Record<string, unknown>; message: string };
type Answer = { status: number; data?: unknown; errors?: Array<{ message: string; locations?: unknown[]; extensions?: { code?: string; fields?: FieldAtFault[] } }> };

// Words that give an English sentence away in a French message.
const ENGLISH = /\b(the|must|cannot|not|provided|is|of|value|required|type "|operations?|batching disabled|request)\b/i;

/**
 * What graphql-js and Apollo Server write themselves (a variable that does not coerce, a document
 * that does not validate or parse, a request refused before it runs) reads in the reader's
 * language, over HTTP and over the socket, with its code and locations unchanged; a variable's
 * field at fault is named in extensions.fields, as the validation pipe names one.
 */
describe('the libraries’ own words in the reader’s language', () => {
  let api: TestApp;
  let consumer: Account;
  const sockets: RawSocket[] = [];
  afterEach(() => sockets.splice(0).forEach((socket) => socket.close()));

  beforeAll(async () => {
    api = await startTestApp('library_words');
    consumer = await apiActors(api).consumer('Claire Dupont');
  }, 120_000);
  afterAll(async () => api?.close());

  const send = async (body: string, headers: Record<string, string> = {}, method = 'POST'): Promise<Answer> => {
    const response = await fetch(api.url, { method, headers: { 'content-type': 'application/json', authorization: `Bearer ${consumer.token}`, ...headers }, body: method === 'GET' ? undefined : body });
    return { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) };
  };
  const gql = (query: string, variables: Record<string, unknown>, language?: string) => send(JSON.stringify({ query, variables }), language ? { 'accept-language': language } : {});
  const both = async (query: string, variables: Record<string, unknown> = {}) => ({ fr: await gql(query, variables, 'fr'), en: await gql(query, variables, 'en') });

  const FEEDBACK = `mutation($input: LeaveFeedbackInput!) { leaveFeedback(input: $input) { id } }`;
  const MESSAGE = `mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }`;
  const OFFER = `mutation($input: MakeOfferInput!) { makeOffer(input: $input) { id } }`;

  it('a variable that does not coerce names its field in French, in extensions.fields too; code and locations unchanged, English as graphql wrote it', async () => {
    const { fr, en } = await both(FEEDBACK, { input: { disputeId: randomUUID(), rating: 3.5 } });
    for (const answer of [fr, en]) {
      expect([answer.status, answer.errors?.[0].extensions?.code]).toEqual([400, 'BAD_USER_INPUT']);
      expect(answer.errors?.[0].locations).toEqual([{ line: 1, column: 10 }]);
    }
    expect(fr.errors?.[0].message).toBe('Saisie invalide\u202f: «\u202fVotre note\u202f» doit être un nombre entier (valeur reçue\u202f: 3.5)');
    expect(fr.errors?.[0].extensions?.fields).toEqual([{ field: 'input.rating', code: 'NOT_A_WHOLE_NUMBER', params: {}, message: 'doit être un nombre entier' }]);
    expect(en.errors?.[0].message).toBe('Variable "$input" got invalid value 3.5 at "input.rating"; Int cannot represent non-integer value: 3.5');
    expect(en.errors?.[0].extensions?.fields).toEqual([{ field: 'input.rating', code: 'NOT_A_WHOLE_NUMBER', params: {}, message: 'must be a whole number' }]);
  });

  it.each([
    ['a missing required field', MESSAGE, { disputeId: randomUUID() }, 'input.body', 'REQUIRED', 'Saisie invalide\u202f: «\u202fTexte\u202f» est obligatoire (type «\u202fString!\u202f»)', /^Variable "\$input" got invalid value .*; Field "body" of required type "String!" was not provided\.$/],
    ['an unknown field', MESSAGE, { disputeId: randomUUID(), body: 'Bonjour', foo: 1 }, 'input.foo', 'UNKNOWN_FIELD', 'Saisie invalide\u202f: «\u202ffoo\u202f» n’est pas un champ de ce formulaire', /; Field "foo" is not defined by type "PostMessageInput"\.$/],
    ['a wrong enum value', OFFER, { disputeId: randomUUID(), remedy: 'REFUNDS' }, 'input.remedy', 'NOT_A_KNOWN_VALUE', 'Saisie invalide\u202f: «\u202fSolution\u202f» n’est pas l’une des valeurs que ce champ accepte (valeur reçue\u202f: "REFUNDS"). Vouliez-vous dire la valeur «\u202fREFUND\u202f»\u202f?', /; Value "REFUNDS" does not exist in "Remedy" enum\. Did you mean the enum value "REFUND"\?$/],
    ['a number for a String', MESSAGE, { disputeId: randomUUID(), body: 42 }, 'input.body', 'NOT_A_STRING', 'Saisie invalide\u202f: «\u202fTexte\u202f» doit être un texte (valeur reçue\u202f: 42)', /; String cannot represent a non string value: 42$/],
    ['a boolean for an ID', MESSAGE, { disputeId: true, body: 'Bonjour' }, 'input.disputeId', 'NOT_AN_ID', 'Saisie invalide\u202f: une valeur doit être un identifiant valide (valeur reçue\u202f: true)', /; ID cannot represent value: true$/],
  ])('%s', async (_, query, input, field, code, french, english) => {
    const { fr, en } = await both(query, { input });
    expect([fr.status, fr.errors?.[0].extensions?.code, en.errors?.[0].extensions?.code]).toEqual([400, 'BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(fr.errors).toHaveLength(1);
    expect(fr.errors?.[0].message).toBe(french);
    expect(fr.errors?.[0].extensions?.fields?.map((f) => [f.field, f.code])).toEqual([[field, code]]);
    expect(fr.errors?.[0].extensions?.fields?.[0].message).not.toMatch(ENGLISH);
    expect(en.errors?.[0].message).toMatch(english);
    expect(en.errors?.[0].extensions?.fields?.map((f) => [f.field, f.code])).toEqual([[field, code]]);
  });

  it('a document that does not validate or parse reads in French, with its code and locations', async () => {
    const cases = [
      [`mutation { leaveFeedback(input: { disputeId: "x", rating: 3.5 }) { id } }`, 'GRAPHQL_VALIDATION_FAILED', 'Int attend un nombre entier, pas 3.5'],
      [`{ me { idd } }`, 'GRAPHQL_VALIDATION_FAILED', 'Impossible de demander le champ «\u202fidd\u202f» sur le type «\u202fUser\u202f». Vouliez-vous dire «\u202fid\u202f»\u202f?'],
      [`{ dispute(id: "x", when: 3) { id } }`, 'GRAPHQL_VALIDATION_FAILED', 'Argument «\u202fwhen\u202f» inconnu sur le champ «\u202fQuery.dispute\u202f».'],
      [`{ dispute { id } }`, 'GRAPHQL_VALIDATION_FAILED', 'Le champ «\u202fdispute\u202f» exige l’argument «\u202fid\u202f», de type «\u202fID!\u202f», qui n’a pas été fourni.'],
      [`{ me { id }`, 'GRAPHQL_PARSE_FAILED', 'Erreur de syntaxe\u202f: Name attendu, <EOF> trouvé.'],
    ] as const;
    for (const [query, code, french] of cases) {
      const { fr, en } = await both(query);
      expect([fr.status, fr.errors?.[0].extensions?.code, fr.errors?.[0].message]).toEqual([400, code, french]);
      expect(fr.errors?.[0].locations).toEqual(en.errors?.[0].locations);
      expect(fr.errors?.[0].locations).toHaveLength(1);
      expect(en.errors?.[0].extensions?.code).toBe(code);
      expect(en.errors?.[0].message).not.toBe(french);
      expect(en.errors?.[0].message).toMatch(/^[A-Z][\w "$.:!{}<>]+/);
      expect(fr.errors?.[0].extensions?.fields).toBeUndefined();
    }
  });

  it('a variable with more errors than graphql-js counts (a list of 60 items each missing a field) is refused 400 in French, the last error too (API probe: a 500)', async () => {
    const RIGHTS = `query($input: RightsAssessmentInput!) { rightsAssessment(input: $input) { jurisdiction } }`;
    const input = { condition: 'NEW', defectNoticedOn: '2025-11-02', deliveredOn: '2025-03-12', purchasedOn: '2025-03-10', jurisdiction: 'FR', price: { amount: '449.00', currency: 'EUR' }, repairs: Array.from({ length: 60 }, () => ({})) };
    const { fr, en } = await both(RIGHTS, { input });
    for (const answer of [fr, en]) {
      expect(answer.status).toBe(400);
      expect(new Set(answer.errors?.map((e) => e.extensions?.code))).toEqual(new Set(['BAD_USER_INPUT']));
    }
    expect(fr.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'input.repairs[0].requestedOn', code: 'REQUIRED' });
    expect(fr.errors?.at(-1)?.message).toBe('Trop d’erreurs dans les variables\u202f: seules les premières sont indiquées, et rien n’a été exécuté.');
    expect(en.errors?.at(-1)?.message).toBe('Too many errors processing variables, error limit reached. Execution aborted.');
  });

  it('a document whose operation cannot be chosen (several unnamed, or a name it does not hold) is refused in French, and never runs another operation (API probe: a bare 500)', async () => {
    const cases = [
      [{ query: 'query A { me { id } } query B { me { id } }' }, 'Nommez l’opération à exécuter (operationName)\u202f: le document en contient plusieurs.', /^Must provide operation name/],
      [{ query: 'query A { me { id } }', operationName: 'Z' }, 'Aucune opération nommée «\u202fZ\u202f» dans le document.', /^Unknown operation named "Z"\.$/],
      [{ query: 'query A { me { id } } query B { me { id } }', operationName: 'Z' }, 'Aucune opération nommée «\u202fZ\u202f» dans le document.', /^Unknown operation named "Z"\.$/],
    ] as const;
    for (const [body, french, english] of cases) {
      // Twice: a document is compiled the second time it is seen.
      for (let time = 0; time < 2; time++) {
        const fr = await send(JSON.stringify(body), { 'accept-language': 'fr' });
        const en = await send(JSON.stringify(body), { 'accept-language': 'en' });
        expect([fr.status, fr.errors?.[0].extensions?.code, fr.errors?.[0].message, fr.data]).toEqual([400, 'OPERATION_RESOLUTION_FAILURE', french, undefined]);
        expect([en.status, en.errors?.[0].extensions?.code]).toEqual([400, 'OPERATION_RESOLUTION_FAILURE']);
        expect(en.errors?.[0].message).toMatch(english);
      }
    }
  });

  it('what Apollo refuses before running anything reads in French too (batches, CSRF, a GET mutation, no query, an empty body)', async () => {
    const cases: Array<[string, () => (headers: Record<string, string>) => Promise<Answer>, number, RegExp, string]> = [
      ['a batch', () => (h) => send(JSON.stringify([{ query: '{ me { id } }' }]), h), 400, /^Operation batching disabled\.$/, 'Les opérations groupées (batching) ne sont pas acceptées\u202f: envoyez une opération par requête.'],
      ['no JSON content type (CSRF)', () => (h) => send('{ me { id } }', { ...h, 'content-type': 'text/plain' }), 400, /Cross-Site Request Forgery/, 'Opération bloquée comme possible falsification de requête intersite (CSRF)'],
      ['a GET mutation', () => (h) => fetch(`${api.url}?query=${encodeURIComponent('mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }')}`, { headers: { ...h, 'apollo-require-preflight': 'true' } }).then(async (r) => ({ status: r.status, ...((await r.json()) as object) })), 405, /^GET requests only support query operations, not mutation operations$/, 'Une requête GET ne peut porter qu’une opération query, pas une opération mutation\u202f: envoyez-la en POST'],
      ['no query', () => (h) => send(JSON.stringify({ variables: { a: 1 } }), h), 400, /^GraphQL operations must contain a non-empty `query`/, 'Une opération GraphQL doit avoir un `query` non vide ou une extension `persistedQuery`.'],
      ['an empty body', () => (h) => send('{}', h), 400, /^POST body missing, invalid Content-Type, or JSON object has no keys\.$/, 'Le corps de la requête POST est absent, son Content-Type n’est pas accepté, ou son objet JSON n’a aucune clé.'],
    ];
    for (const [what, make, status, english, french] of cases) {
      const fr = await make()({ 'accept-language': 'fr' });
      const en = await make()({ 'accept-language': 'en' });
      expect([what, fr.status, fr.errors?.[0].extensions?.code]).toEqual([what, status, 'BAD_REQUEST']);
      expect([what, en.status, en.errors?.[0].extensions?.code]).toEqual([what, status, 'BAD_REQUEST']);
      expect([what, fr.errors?.[0].message.startsWith(french)]).toEqual([what, true]);
      expect(en.errors?.[0].message).toMatch(english);
    }
  });

  it('an operation whose answer the client does not accept (Accept: text/html) is refused 406 in French before it runs: nothing stored (API probe: Apollo ran the mutation, then refused its answer)', async () => {
    const merchant = await apiActors(api).merchant('Boutique Accept');
    const events = async () => (await api.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM event_store.events`))[0].n;
    const before = await events();
    const body = JSON.stringify({ query: `mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, variables: { input: phoneClaim(merchant.merchantId as string) } });
    const fr = await send(body, { 'accept-language': 'fr', accept: 'text/html' });
    const en = await send(body, { 'accept-language': 'en', accept: 'text/html;q=1, image/*' });
    expect([fr.status, fr.errors?.[0].extensions?.code, fr.errors?.[0].message, fr.data]).toEqual([
      406,
      'BAD_REQUEST',
      'L’en-tête accept de cette requête n’accepte ni application/json; charset=utf-8 ni application/graphql-response+json; charset=utf-8',
      undefined,
    ]);
    expect([en.status, en.errors?.[0].message]).toEqual([406, expect.stringMatching(/^An 'accept' header was provided for this request which does not accept /)]);
    expect(await events()).toBe(before);
    // Accepted as the GraphQL-over-HTTP specification allows: the answer's types, or any.
    for (const accept of ['application/graphql-response+json', 'application/json', '*/*', 'text/html, */*;q=0.1']) {
      const answer = await send(JSON.stringify({ query: '{ __typename }' }), { accept });
      expect([accept, answer.status, answer.data]).toEqual([accept, 200, { __typename: 'Query' }]);
    }
  });

  it('an automatic persisted query the server cannot use is the client’s mistake, refused 400 in French, never an internal error (API probe: a hash that is not the query’s answered INTERNAL_SERVER_ERROR)', async () => {
    const persisted = (sha256Hash: string, version = 1, query?: string) => JSON.stringify({ ...(query && { query }), extensions: { persistedQuery: { version, sha256Hash } } });
    const cases = [
      [persisted('0'.repeat(64), 1, '{ __typename }'), 'BAD_REQUEST', 'Le sha256Hash de l’extension persistedQuery n’est pas l’empreinte de ce `query`.', /^provided sha does not match query$/],
      [persisted('0'.repeat(64), 2, '{ __typename }'), 'BAD_REQUEST', 'Cette version de persistedQuery n’est pas prise en charge\u202f: seule la version 1 l’est.', /^Unsupported persisted query version$/],
      [persisted('0'.repeat(64)), 'PERSISTED_QUERY_NOT_FOUND', 'Requête persistée inconnue\u202f: envoyez-la de nouveau avec son `query`.', /^PersistedQueryNotFound$/],
    ] as const;
    for (const [body, code, french, english] of cases) {
      const fr = await send(body, { 'accept-language': 'fr' });
      const en = await send(body, { 'accept-language': 'en' });
      expect([fr.errors?.[0].extensions?.code, fr.errors?.[0].message]).toEqual([code, french]);
      expect(en.errors?.[0].extensions?.code).toBe(code);
      expect(en.errors?.[0].message).toMatch(english);
      expect(fr.status).toBeLessThan(500);
    }
  });

  it('over the socket, a variable that does not coerce reads in French as over HTTP, its field named the same way', async () => {
    const socket = await RawSocket.connect(api.url, { authorization: `Bearer ${consumer.token}`, locale: 'fr' });
    const english = await RawSocket.connect(api.url, { authorization: `Bearer ${consumer.token}` });
    sockets.push(socket, english);
    const subscription = `subscription($id: ID!) { disputeUpdated(id: $id) { id } }`;
    for (const s of [socket, english]) {
      s.subscribe('object', subscription, { id: { not: 'an id' } });
      s.subscribe('typo', `subscription { disputeUpdatd(id: "x") { id } }`);
    }
    await socket.until(() => ['object', 'typo'].every((id) => socket.received(id).completed && english.received(id).completed));
    const overHttp = await send(JSON.stringify({ query: `query($id: ID!) { dispute(id: $id) { id } }`, variables: { id: { not: 'an id' } } }), { 'accept-language': 'fr' });
    const [error] = socket.received('object').errors;
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toBe('Saisie invalide\u202f: une valeur doit être un identifiant valide (valeur reçue\u202f: { not: "an id" })');
    expect(error?.message).toBe(overHttp.errors?.[0].message);
    expect(error?.extensions?.fields).toEqual([{ field: 'id', code: 'NOT_AN_ID', params: {}, message: 'doit être un identifiant valide' }]);
    expect(error?.extensions?.fields).toEqual(overHttp.errors?.[0].extensions?.fields);
    expect(socket.received('typo').errors[0]?.message).toMatch(/^Impossible de demander le champ «\u202fdisputeUpdatd\u202f» sur le type «\u202fSubscription\u202f»/);
    expect(english.received('object').errors[0]?.message).toBe('Variable "$id" got invalid value { not: "an id" }; ID cannot represent value: { not: "an id" }');
    expect(english.received('object').errors[0]?.extensions?.fields).toEqual([{ field: 'id', code: 'NOT_AN_ID', params: {}, message: 'must be an id (a UUID)' }]);
    expect(english.received('typo').errors[0]?.message).toMatch(/^Cannot query field "disputeUpdatd" on type "Subscription"\./);
  });
});

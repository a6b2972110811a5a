import { apiActors, startTestApp, type TestApp } from '@recours/testing';

describe('security basics on HTTP', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp('security', { LOGIN_LIMIT_PER_ACCOUNT: '3', LOGIN_LIMIT_PER_ADDRESS: '1000', CORS_ORIGINS: 'https://app.recours.example' });
  });
  afterAll(() => api.close());

  it('rate-limits login per account, with RATE_LIMITED and no hint whether the account exists', async () => {
    const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;
    const attempt = () => api.gql(LOGIN, { input: { email: 'victim@example.test', password: 'guess-number-x1' } });
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push((await attempt()).errors?.[0].extensions?.code);
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED', 'RATE_LIMITED']);
    // Another account from the same address is not blocked by the per-account limit.
    const other = await api.gql(LOGIN, { input: { email: 'someone-else@example.test', password: 'guess-number-x1' } });
    expect(other.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('sends security headers and answers CORS only for the configured origin', async () => {
    const health = await fetch(api.url.replace('/graphql', '/health'));
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
    expect(health.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(health.headers.get('x-powered-by')).toBeNull();
    const allowed = await fetch(api.url, { method: 'OPTIONS', headers: { origin: 'https://app.recours.example', 'access-control-request-method': 'POST' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.recours.example');
    const refused = await fetch(api.url, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('has no GraphQL answer stored by a cache: each may carry personal data (Cache-Control: no-store)', async () => {
    const claire = await apiActors(api).consumer('Claire');
    const ME = '{ me { email displayName } }';
    const headers = { authorization: `Bearer ${claire.token}` };
    const posted = await fetch(api.url, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ query: ME }) });
    // A GET query (graphql-over-HTTP), as a browser would keep it: with its ETag, and her address.
    const got = await fetch(`${api.url}?query=${encodeURIComponent(ME)}`, { headers: { ...headers, 'apollo-require-preflight': 'true' } });
    for (const answer of [posted, got]) {
      const body = (await answer.json()) as { data?: { me: { email: string } } };
      expect([answer.status, body.data?.me.email.startsWith('claire-'), answer.headers.get('cache-control')]).toEqual([200, true, 'no-store']);
    }
    // A refusal too (a validation error echoes what was asked).
    const refused = await fetch(api.url, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { nope } }' }) });
    expect([refused.status, refused.headers.get('cache-control')]).toEqual([400, 'no-store']);
  });

  it('refuses a body over the size limit before parsing it', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ merchants(search: "${'x'.repeat(1_000_000)}") { id } }` }),
    });
    expect(response.status).toBe(413);
    // Answered as GraphQL answers, in the reader's language, with the limit.
    expect(await response.json()).toEqual({ errors: [{ message: 'The request is larger than 256 KiB, the largest accepted', extensions: { code: 'PAYLOAD_TOO_LARGE', maxBytes: 262_144 } }] });
    const french = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'fr' }, body: JSON.stringify({ query: `{ merchants(search: "${'é'.repeat(300_000)}") { id } }` }) });
    expect([french.status, ((await french.json()) as { errors: Array<{ message: string }> }).errors[0].message]).toEqual([413, 'La requête dépasse 256 Kio, la taille maximale acceptée']);
    // A body that is not JSON: 400, said as much, in French for a French reader.
    const broken = await fetch(`${api.url}?locale=fr`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ merchants { id } }"' });
    expect([broken.status, await broken.json()]).toEqual([400, { errors: [{ message: 'Le corps de la requête n’est pas un JSON valide', extensions: { code: 'BAD_REQUEST' } }] }]);
  });
});

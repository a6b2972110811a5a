import { JwtService } from '@nestjs/jwt';
import { apiActors, must, phoneClaim, startTestApp, startWithCast, type Account, type TestApp } from '@recours/testing';
import { TokenVersions } from '../../apps/api/src/accounts/token-versions';
import { reportFigures } from './support/figures';
import { gql, send } from './support/http';
import { query } from './support/read-models';
import { startApi } from './support/processes';
import { RawSocket } from './support/socket';

/**
 * The live-updates socket (graphql-ws on /graphql) against a production configuration (issue 12
 * items 1 and 2): it passes exactly what HTTP passes (parsing, validation, limits, error
 * formatting, authentication), serves subscriptions only, bounds its messages and the
 * subscriptions of a connection and of an account, and each subscription ends with its token.
 */
const DISPUTE_UPDATED = `subscription($id: ID!) { disputeUpdated(id: $id) { id version } }`;
const POST_MESSAGE = `mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }`;
const figures: Record<string, string | number | Record<string, number | string>> = {};

afterAll(() => reportFigures('live-updates socket', figures));

describe('the socket passes what HTTP passes (item 1)', () => {
  let api: TestApp;
  let consumer: Account;
  let merchant: Account;
  let disputeId: string;
  const sockets: RawSocket[] = [];
  const open = async (params: Record<string, unknown> = {}, headers: Record<string, string> = {}) => {
    const socket = await RawSocket.connect(api.url, params, headers);
    sockets.push(socket);
    return socket;
  };
  const health = async () => (await fetch(api.url.replace('/graphql', '/health'))).status;
  const counts = async () => (await query<{ events: number }>(api.database.url, `SELECT count(*)::int AS events FROM event_store.events`))[0].events;

  beforeAll(async () => {
    // No e-mail here: the notifier runs elsewhere (in production it would refuse to start without SMTP).
    const limits = { NODE_ENV: 'production', NOTIFIER: 'external', LIVE_SUBSCRIPTIONS_PER_CONNECTION: '4', LIVE_SUBSCRIPTIONS_PER_ACCOUNT: '6' };
    ({ api, consumer, merchant } = await startWithCast('live_socket', { consumer: ['consumer', 'Socket consumer'], merchant: ['merchant', 'Socket merchant'] }, limits));
    disputeId = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string) }, consumer.token), 'file').fileClaim.id;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await api?.close();
    delete process.env.NODE_ENV;
    delete process.env.NOTIFIER;
    delete process.env.LIVE_SUBSCRIPTIONS_PER_CONNECTION;
    delete process.env.LIVE_SUBSCRIPTIONS_PER_ACCOUNT;
  });

  it('an anonymous introspection is refused as over HTTP, without schema hints, and the connection stays usable', async () => {
    const socket = await open();
    expect(socket.acknowledged).toBe(true);
    socket.subscribe('schema', `subscription { __schema { types { name } } }`);
    socket.subscribe('type', `{ __type(name: "Mutation") { fields { name } } }`);
    socket.subscribe('typo', `subscription { disputeUpdate(id: "x") { id } }`);
    await socket.until(() => ['schema', 'type', 'typo'].every((id) => socket.received(id).completed));
    const http = await gql(api.url, `{ __schema { types { name } } }`);
    expect({ schema: socket.outcome('schema'), type: socket.outcome('type'), typo: socket.outcome('typo') }).toEqual({
      schema: http.errors?.[0].extensions?.code,
      type: 'GRAPHQL_VALIDATION_FAILED',
      typo: 'GRAPHQL_VALIDATION_FAILED',
    });
    expect(JSON.stringify(socket.messages)).not.toMatch(/Did you mean|"types"|postMessage|stacktrace/);
    expect(socket.closed).toBeUndefined();
    // A French reader reads graphql's words in French (library-words.ts), the hint taken away all the same.
    const french = await open({ locale: 'fr' });
    french.subscribe('typo', `subscription { disputeUpdate(id: "x") { id } }`);
    await french.until(() => french.received('typo').completed);
    expect(french.received('typo').errors.map((error) => error.message)).toEqual(['Impossible de demander le champ «\u202fdisputeUpdate\u202f» sur le type «\u202fSubscription\u202f».']);
    figures['anonymous introspection over the socket'] = `${socket.outcome('schema')}, no schema hints`;
  });

  it('10,000 aliases are refused at once, a 1 MB message closes the socket, and /health stays 200', async () => {
    const socket = await open({ authorization: `Bearer ${consumer.token}` });
    // 170 KB: under the message bound, over the token limit.
    const aliases = `subscription { ${Array.from({ length: 10_000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const started = performance.now();
    for (let i = 0; i < 8; i++) socket.subscribe(`aliases-${i}`, aliases);
    const statuses: number[] = [];
    statuses.push(await health());
    await socket.until(() => Array.from({ length: 8 }, (_, i) => `aliases-${i}`).every((id) => socket.received(id).completed));
    figures['8 × 10,000 aliases over the socket refused in (ms)'] = Math.round(performance.now() - started);
    expect(new Set(Array.from({ length: 8 }, (_, i) => socket.outcome(`aliases-${i}`)))).toEqual(new Set(['GRAPHQL_PARSE_FAILED']));
    // Under the token limit, the field limit refuses what HTTP refuses.
    socket.subscribe('wide', `subscription { ${Array.from({ length: 450 }, (_, i) => `a${i}: __typename`).join(' ')} }`);
    socket.subscribe('deep', `subscription { disputeUpdated(id: "${disputeId}") { consumer ${'{ id '.repeat(20)}${'}'.repeat(20)} } }`);
    await socket.until(() => socket.received('wide').completed && socket.received('deep').completed);
    expect([socket.outcome('wide'), socket.outcome('deep')]).toEqual(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_VALIDATION_FAILED']);
    statuses.push(await health());

    // A message larger than an HTTP body may be is not read: the socket is closed (1009).
    const flood = await open();
    flood.send({ id: 'big', type: 'subscribe', payload: { query: `subscription { ${'a: __typename '.repeat(80_000)} }` } });
    await flood.until(() => !!flood.closed);
    statuses.push(await health());
    expect(flood.closed?.code).toBe(1009);
    expect(statuses).toEqual([200, 200, 200]);
    figures['1.1 MB message'] = `closed ${flood.closed?.code}, /health ${statuses.join(', ')}`;
  });

  it('queries and mutations are refused: subscriptions only, nothing written', async () => {
    const socket = await open({ authorization: `Bearer ${consumer.token}` });
    const before = await counts();
    socket.subscribe('query', `{ me { id } }`);
    socket.subscribe('mutation', POST_MESSAGE, { input: { disputeId, body: 'Sent over the socket' } });
    await socket.until(() => socket.received('query').completed && socket.received('mutation').completed);
    expect([socket.outcome('query'), socket.outcome('mutation')]).toEqual(['BAD_REQUEST', 'BAD_REQUEST']);
    expect(await counts()).toBe(before);
    expect(socket.received('mutation').errors[0].message).toMatch(/Only subscriptions/);
  });

  it('a bad token is refused when connecting (4403); errors are formatted as over HTTP, in the reader’s language', async () => {
    const forged = `${consumer.token.slice(0, -4)}AAAA`;
    const refusals: Record<string, number | undefined> = {};
    for (const [name, authorization] of Object.entries({ forged: `Bearer ${forged}`, malformed: 'Basic abc', expired: `Bearer ${api.app.get(JwtService).sign({ sub: consumer.id, role: 'CONSUMER', tv: 0 }, { expiresIn: -10 })}` })) {
      const socket = await open({ authorization });
      refusals[name] = socket.closed?.code;
      expect({ name, acknowledged: socket.acknowledged }).toEqual({ name, acknowledged: false });
    }
    expect(refusals).toEqual({ forged: 4403, malformed: 4403, expired: 4403 });
    figures['bad tokens at connection'] = refusals as Record<string, number>;

    // NOT_FOUND for someone else's dispute, as over HTTP: code and message only.
    const outsider = await apiActors(api).consumer('Socket outsider');
    const socket = await open({ authorization: `Bearer ${outsider.token}`, locale: 'fr' });
    socket.subscribe('other', DISPUTE_UPDATED, { id: disputeId });
    await socket.until(() => socket.received('other').completed);
    const [error] = socket.received('other').errors;
    expect(error.extensions).toEqual({ code: 'NOT_FOUND' });
    // The reader's language (connection parameters, then ?locale=, then Accept-Language), as over HTTP.
    socket.subscribe('mutation', `mutation { __typename }`);
    await socket.until(() => socket.received('mutation').completed);
    expect(socket.received('mutation').errors[0].message).toMatch(/Seuls les abonnements/);
  });

  it('subscriptions are bounded per connection and per account (RATE_LIMITED, named in the reader’s language)', async () => {
    const first = await open({ authorization: `Bearer ${merchant.token}` }, { 'accept-language': 'fr-FR' });
    for (let i = 0; i < 5; i++) first.subscribe(`s${i}`, DISPUTE_UPDATED, { id: disputeId });
    await first.until(() => first.received('s4').completed);
    expect(first.outcome('s4')).toBe('RATE_LIMITED');
    expect(first.received('s4').errors[0].message).toMatch(/cette connexion \(au plus 4\)/);
    const second = await open({ authorization: `Bearer ${merchant.token}` });
    for (let i = 0; i < 3; i++) second.subscribe(`t${i}`, DISPUTE_UPDATED, { id: disputeId });
    await second.until(() => second.received('t2').completed);
    expect([second.outcome('t0'), second.outcome('t1'), second.outcome('t2')]).toEqual(['NOTHING', 'NOTHING', 'RATE_LIMITED']);
    expect(second.received('t2').errors[0].message).toMatch(/your account \(at most 6\)/);
    // Closing subscriptions frees their places; the ones still open keep receiving.
    first.complete('s0');
    await new Promise((r) => setTimeout(r, 100));
    second.subscribe('t3', DISPUTE_UPDATED, { id: disputeId });
    await new Promise((r) => setTimeout(r, 300));
    must(await api.gql(POST_MESSAGE, { input: { disputeId, body: 'For everyone watching' } }, consumer.token), 'post');
    await second.until(() => second.received('t3').next.length > 0 && first.received('s3').next.length > 0);
    expect([second.outcome('t3'), first.outcome('s3'), first.outcome('s1')]).toEqual(['OK', 'OK', 'OK']);
    expect(first.received('s0').next).toEqual([]);
    expect([first.closed, second.closed]).toEqual([undefined, undefined]);
    figures['subscriptions per connection, per account (limits of this run)'] = '4, 6: the next one RATE_LIMITED';
  });

  it('the compiled API process in production: anonymous introspection and 10,000 aliases refused at once, /health 200', async () => {
    const built = await startApi(api.database.url, { NODE_ENV: 'production' });
    try {
      const socket = await RawSocket.connect(built.url);
      sockets.push(socket);
      const started = performance.now();
      socket.subscribe('schema', `{ __schema { types { name } } }`);
      socket.subscribe('aliases', `subscription { ${Array.from({ length: 10_000 }, (_, i) => `a${i}: __typename`).join(' ')} }`);
      const statuses = [(await fetch(built.health)).status];
      await socket.until(() => socket.received('schema').completed && socket.received('aliases').completed);
      const ms = Math.round(performance.now() - started);
      statuses.push((await fetch(built.health)).status);
      expect([socket.outcome('schema'), socket.outcome('aliases'), statuses]).toEqual(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', [200, 200]]);
      expect(JSON.stringify(socket.messages)).not.toMatch(/Did you mean|"types"/);
      figures['compiled API (dist, NODE_ENV=production): introspection, 10,000 aliases'] = `${socket.outcome('schema')}, ${socket.outcome('aliases')} in ${ms} ms; /health ${statuses.join(', ')}`;
    } finally {
      await built.process.stop();
    }
  });

  it('HTTP still refuses what it refused (one definition for both)', async () => {
    const http = await send(api.url, JSON.stringify({ query: `{ ${Array.from({ length: 450 }, (_, i) => `a${i}: __typename`).join(' ')} }` }));
    expect(http.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await gql(api.url, `{ dispte(id: "x") { id } }`);
    expect(JSON.stringify(typo.errors)).not.toMatch(/Did you mean/);
    const big = await send(api.url, JSON.stringify({ query: `{ ${'a: __typename '.repeat(80_000)} }` }));
    expect(big.status).toBe(413);
  });
});

describe('subscriptions end with their token (item 2)', () => {
  let api: TestApp;
  let merchant: Account;
  const sockets: RawSocket[] = [];
  const open = async (params: Record<string, unknown> = {}) => {
    const socket = await RawSocket.connect(api.url, params);
    sockets.push(socket);
    return socket;
  };
  const claimOf = async (consumer: Account) =>
    must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string) }, consumer.token), 'file').fileClaim.id;
  const post = async (disputeId: string, as: Account, body: string) => must(await api.gql(POST_MESSAGE, { input: { disputeId, body } }, as.token), 'post');
  /** A token of the account that expires in `seconds`, at the account's current token version. */
  const shortLived = (account: Account, role: string, seconds: number) => {
    const { tv } = JSON.parse(Buffer.from(account.token.split('.')[1], 'base64url').toString()) as { tv: number };
    return api.app.get(JwtService).sign({ sub: account.id, role, tv }, { expiresIn: seconds });
  };

  beforeAll(async () => {
    api = await startTestApp('live_tokens', { NOTIFIER: 'external' });
    merchant = await apiActors(api).merchant('Token merchant');
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await api?.close();
    delete process.env.NOTIFIER;
  });

  it('a subscription whose token expires ends then (UNAUTHENTICATED); a bad token on one subscription leaves the others', async () => {
    const consumer = await apiActors(api).consumer('Expiring');
    const disputeId = await claimOf(consumer);
    const socket = await open({ authorization: `Bearer ${consumer.token}` });
    const short = shortLived(consumer, 'CONSUMER', 3);
    const expiresAt = (JSON.parse(Buffer.from(short.split('.')[1], 'base64url').toString()) as { exp: number }).exp * 1000;
    socket.subscribe('short', DISPUTE_UPDATED, { id: disputeId }, { authorization: `Bearer ${short}` });
    socket.subscribe('long', DISPUTE_UPDATED, { id: disputeId });
    socket.subscribe('forged', DISPUTE_UPDATED, { id: disputeId }, { authorization: `Bearer ${short.slice(0, -4)}AAAA` });
    await socket.until(() => socket.received('forged').completed);
    expect(socket.outcome('forged')).toBe('UNAUTHENTICATED');
    await new Promise((r) => setTimeout(r, 300));
    await post(disputeId, merchant, 'Before the short token expires');
    expect(await socket.until(() => socket.received('short').next.length === 1 && socket.received('long').next.length === 1)).toBe(true);

    expect(await socket.until(() => socket.received('short').completed, expiresAt - Date.now() + 5_000)).toBe(true);
    figures['a subscription ended after its token expired by (ms)'] = Date.now() - expiresAt;
    expect(socket.received('short').errors.map((e) => [e.extensions?.code, e.message])).toEqual([['UNAUTHENTICATED', 'Your session has expired; sign in again']]);
    await post(disputeId, merchant, 'After the short token expired');
    await socket.until(() => socket.received('long').next.length === 2);
    const updates = (id: string) => socket.received(id).next.filter((n) => n.data).length;
    expect({ short: updates('short'), long: updates('long'), closed: socket.closed }).toEqual({ short: 1, long: 2, closed: undefined });
  });

  it('revoking an account’s tokens, or closing it, ends its subscriptions at once, and nobody else’s', async () => {
    const consumer = await apiActors(api).consumer('Revoked');
    const disputeId = await claimOf(consumer);
    const mine = await open({ authorization: `Bearer ${consumer.token}` });
    const theirs = await open({ authorization: `Bearer ${merchant.token}` });
    mine.subscribe('dispute', DISPUTE_UPDATED, { id: disputeId });
    mine.subscribe('notifications', `subscription { notificationAdded { id } }`);
    theirs.subscribe('dispute', DISPUTE_UPDATED, { id: disputeId });
    await new Promise((r) => setTimeout(r, 300));
    const revokedAt = Date.now();
    await api.app.get(TokenVersions).revoke(consumer.id);
    expect(await mine.until(() => mine.received('dispute').completed && mine.received('notifications').completed, 5_000)).toBe(true);
    figures['subscriptions ended after a revocation by (ms)'] = Date.now() - revokedAt;
    expect([mine.outcome('dispute'), mine.outcome('notifications')]).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(mine.received('dispute').errors[0].message).toMatch(/session has ended/);
    await post(disputeId, merchant, 'After the consumer’s sessions ended');
    await theirs.until(() => theirs.received('dispute').next.length === 1);
    expect([theirs.outcome('dispute'), mine.received('dispute').next.length]).toEqual(['OK', 1]);
    // A new subscription with the revoked token is refused, the connection stays.
    mine.subscribe('again', DISPUTE_UPDATED, { id: disputeId });
    await mine.until(() => mine.received('again').completed);
    expect([mine.outcome('again'), mine.closed]).toEqual(['UNAUTHENTICATED', undefined]);

    // An account closed (deleted, and announced as a revocation).
    const leaving = await apiActors(api).consumer('Leaving');
    const gone = await open({ authorization: `Bearer ${leaving.token}` });
    gone.subscribe('notifications', `subscription { notificationAdded { id } }`);
    await new Promise((r) => setTimeout(r, 300));
    await query(api.database.url, `DELETE FROM accounts.accounts WHERE id = $1`, [leaving.id]);
    await api.app.get(TokenVersions).revoke(leaving.id);
    expect(await gone.until(() => gone.received('notifications').completed, 5_000)).toBe(true);
    expect(gone.outcome('notifications')).toBe('UNAUTHENTICATED');
  });
});

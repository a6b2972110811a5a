import { apiActors, startTestApp, type Account, type TestApp } from '@recours/testing';
import { TokenVersions } from '../../apps/api/src/accounts/token-versions';
import { reportFigures } from './support/figures';
import { gql, outcomeOf } from './support/http';
import { query } from './support/read-models';
import { sleep, startApi, type RecoursProcess } from './support/processes';

/**
 * Sessions end with their token (issue 12, item 2): every token carries its account's token
 * version; revoking the account's tokens (password change or reset, account closure) ends them on
 * every way in and in every API process at once.
 */
const ME = `{ me { id } }`;
const figures: Record<string, string | number> = {};

describe('token versions', () => {
  let api: TestApp;
  let second: { process: RecoursProcess; url: string };
  let versions: TokenVersions;

  beforeAll(async () => {
    api = await startTestApp('sessions');
    // Another API process on the same database: revocations made here must reach it.
    second = await startApi(api.database.url, { JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing' });
    versions = api.app.get(TokenVersions);
  });
  afterAll(async () => {
    reportFigures('sessions', figures);
    await second?.process.stop();
    await api?.close();
  });

  const meIn = async (url: string, account: Account) => outcomeOf(await gql(url, ME, undefined, { token: account.token }));

  it('a token carries the version of its account', async () => {
    const consumer = await apiActors(api).consumer('Versioned');
    const claims = JSON.parse(Buffer.from(consumer.token.split('.')[1], 'base64url').toString()) as { tv?: number };
    const [row] = await query<{ token_version: number }>(api.database.url, `SELECT token_version FROM accounts.accounts WHERE id = $1`, [consumer.id]);
    expect(claims.tv).toBe(row.token_version);
  });

  it('revoking an account’s tokens refuses them at once, in this process and in another one; a new sign-in works', async () => {
    const consumer = await apiActors(api).consumer('Revoked');
    const bystander = await apiActors(api).consumer('Bystander');
    // Both processes have seen (and remembered) the token as valid.
    expect([await meIn(api.url, consumer), await meIn(second.url, consumer)]).toEqual(['OK', 'OK']);

    const revokedAt = Date.now();
    await versions.revoke(consumer.id);
    expect(await meIn(api.url, consumer)).toBe('UNAUTHENTICATED');
    let elsewhere = await meIn(second.url, consumer);
    while (elsewhere === 'OK' && Date.now() - revokedAt < 2_000) {
      await sleep(10);
      elsewhere = await meIn(second.url, consumer);
    }
    figures['revocation seen by another API process after (ms)'] = Date.now() - revokedAt;
    expect(elsewhere).toBe('UNAUTHENTICATED');
    // A mutation too, and the message says why.
    const answer = await gql(api.url, `mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: {} }, { token: consumer.token });
    expect(outcomeOf(answer)).toBe('UNAUTHENTICATED');
    expect(answer.errors?.[0].message).toMatch(/session has ended/);
    // Nobody else is affected.
    expect([await meIn(api.url, bystander), await meIn(second.url, bystander)]).toEqual(['OK', 'OK']);

    const [{ email }] = await query<{ email: string }>(api.database.url, `SELECT email FROM accounts.accounts WHERE id = $1`, [consumer.id]);
    const login = await gql<{ login: { token: string } }>(api.url, `mutation($input: LoginInput!) { login(input: $input) { token } }`, { input: { email, password: 'Correct-Horse-42' } });
    const fresh = { ...consumer, token: login.data!.login.token };
    expect([await meIn(api.url, fresh), await meIn(second.url, fresh)]).toEqual(['OK', 'OK']);
  });

  it('one session ended (revokeSession) is refused at once in this process and in another one; the account’s other sessions keep working', async () => {
    const consumer = await apiActors(api).consumer('Two devices');
    const [{ email }] = await query<{ email: string }>(api.database.url, `SELECT email FROM accounts.accounts WHERE id = $1`, [consumer.id]);
    const login = await gql<{ login: { token: string } }>(api.url, `mutation($input: LoginInput!) { login(input: $input) { token } }`, { input: { email, password: 'Correct-Horse-42' } });
    const other = { ...consumer, token: login.data!.login.token };
    expect([await meIn(api.url, consumer), await meIn(second.url, consumer), await meIn(second.url, other)]).toEqual(['OK', 'OK', 'OK']);
    const sessions = await gql<{ mySessions: Array<{ id: string; current: boolean }> }>(api.url, `{ mySessions { id current } }`, undefined, { token: other.token });
    const first = sessions.data!.mySessions.find((s) => !s.current)!;

    const endedAt = Date.now();
    const answer = await gql(api.url, `mutation($input: RevokeSessionInput!) { revokeSession(input: $input) }`, { input: { sessionId: first.id } }, { token: other.token });
    expect(outcomeOf(answer)).toBe('OK');
    expect(await meIn(api.url, consumer)).toBe('UNAUTHENTICATED');
    let elsewhere = await meIn(second.url, consumer);
    for (; elsewhere === 'OK' && Date.now() - endedAt < 2_000; elsewhere = await meIn(second.url, consumer)) await sleep(10);
    figures['one session ended, seen by another API process after (ms)'] = Date.now() - endedAt;
    expect(elsewhere).toBe('UNAUTHENTICATED');
    expect([await meIn(api.url, other), await meIn(second.url, other)]).toEqual(['OK', 'OK']);
  });

  it('the token of an account that no longer exists is refused', async () => {
    const consumer = await apiActors(api).consumer('Gone');
    expect(await meIn(second.url, consumer)).toBe('OK');
    await query(api.database.url, `DELETE FROM accounts.accounts WHERE id = $1`, [consumer.id]);
    // Closing an account by deleting it announces it as a revocation.
    await versions.revoke(consumer.id);
    expect(await meIn(api.url, consumer)).toBe('UNAUTHENTICATED');
    let elsewhere = await meIn(second.url, consumer);
    for (const started = Date.now(); elsewhere === 'OK' && Date.now() - started < 2_000; elsewhere = await meIn(second.url, consumer)) await sleep(10);
    expect(elsewhere).toBe('UNAUTHENTICATED');
  });
});

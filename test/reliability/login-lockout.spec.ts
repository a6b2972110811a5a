import { randomUUID } from 'node:crypto';
import { apiActors, startTestApp, type TestApp } from '@recours/testing';
import { reportFigures } from './support/figures';
import { gql, outcomeOf } from './support/http';
import { query } from './support/read-models';

/**
 * Issue 12 item 6: locking someone else out. Merchant support addresses are public; ten wrong
 * passwords on one of them used to lock its owner out for 15 minutes, her right password
 * included, and successful logins counted towards the limit. Now only failures count, per
 * (account, client address), the account is slowed down rather than locked, and the per-address
 * limit against spraying stays. Client addresses come from X-Forwarded-For (TRUST_PROXY).
 */
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;
const PASSWORD = 'Correct-Horse-42';
const unique = () => randomUUID().slice(0, 8);
const figures: Record<string, string | number> = {};

let api: TestApp;
beforeAll(async () => {
  api = await startTestApp('lockout', { TRUST_PROXY: 'loopback', LOGIN_LIMIT_PER_ACCOUNT: '10', LOGIN_LIMIT_PER_ADDRESS: '30' });
});
afterAll(async () => {
  delete process.env.TRUST_PROXY;
  await api?.close();
  reportFigures('login lockout (issue 12 item 6)', figures);
});

const login = (email: string, password: string, from: string, language = 'en') =>
  gql(api.url, LOGIN, { input: { email, password } }, { headers: { 'x-forwarded-for': from, 'accept-language': language } });

async function emailOf(accountId: string): Promise<string> {
  const [{ email }] = await query<{ email: string }>(api.database.url, `SELECT email FROM accounts.accounts WHERE id = $1`, [accountId]);
  return email;
}

it('ten wrong passwords from an attacker do not lock the owner out: she signs in from her address, slowed down, not refused', async () => {
  const victim = await emailOf((await apiActors(api).merchant('PublicSupport')).id);
  const attacker = '203.0.113.66';
  const codes: string[] = [];
  for (let i = 0; i < 10; i++) codes.push(outcomeOf(await login(victim, `guess-${i}-Wrong!`, attacker)));
  expect(codes).toEqual(Array(10).fill('UNAUTHENTICATED'));
  // The attacker's address is now refused for this account…
  const refused = await login(victim, 'guess-10-Wrong!', attacker);
  expect(outcomeOf(refused)).toBe('RATE_LIMITED');
  expect(refused.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
  // …even with the right password (it is a guess from there).
  expect(outcomeOf(await login(victim, PASSWORD, attacker))).toBe('RATE_LIMITED');
  // The owner, from her own address, with her password, gets in; the account's failures make
  // every attempt on it wait (500 ms past the budget), which is a lower bound, not a timing race.
  const owner = await login(victim, PASSWORD, '198.51.100.7');
  expect(outcomeOf(owner)).toBe('OK');
  expect(owner.ms).toBeGreaterThanOrEqual(500);
  figures['owner after 10 failures from another address'] = `OK in ${owner.ms.toFixed(0)} ms (slowed down by at least 500 ms)`;
  // A wrong password of hers from her address is still a plain failure, not a refusal.
  expect(outcomeOf(await login(victim, 'typo-Correct-Horse', '198.51.100.7'))).toBe('UNAUTHENTICATED');
});

it('successful logins do not count: the owner signs in twenty times from one address', async () => {
  const email = await emailOf((await apiActors(api).consumer('Frequent')).id);
  const codes: string[] = [];
  for (let i = 0; i < 20; i++) codes.push(outcomeOf(await login(email, PASSWORD, '198.51.100.20')));
  expect(codes).toEqual(Array(20).fill('OK'));
  // And a success clears the failures of her address: nine typos, a success, two more typos
  // (eleven in all, past the budget of ten had they been kept), a success.
  for (const typos of [9, 2]) {
    for (let i = 0; i < typos; i++) expect(outcomeOf(await login(email, `typo-${i}-Horse!`, '198.51.100.20'))).toBe('UNAUTHENTICATED');
    expect(outcomeOf(await login(email, PASSWORD, '198.51.100.20'))).toBe('OK');
  }
  figures['successful logins from one address, all OK'] = 20;
});

it('spraying: one address failing on many accounts is refused past its budget; other addresses are not', async () => {
  const sprayer = '203.0.113.99';
  const codes: string[] = [];
  for (let i = 0; i < 32; i++) codes.push(outcomeOf(await login(`spray-${i}-${unique()}@example.test`, 'Summer-2025!', sprayer)));
  expect(codes.slice(0, 30)).toEqual(Array(30).fill('UNAUTHENTICATED'));
  expect(codes.slice(30)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
  expect(outcomeOf(await login(`other-${unique()}@example.test`, 'Summer-2025!', '203.0.113.100'))).toBe('UNAUTHENTICATED');
  figures['per-address budget (30 failures): answered before RATE_LIMITED'] = codes.indexOf('RATE_LIMITED');
});

it('simultaneous guesses from one address stay within the budget', async () => {
  const email = await emailOf((await apiActors(api).consumer('Burst')).id);
  const answers = await Promise.all(Array.from({ length: 25 }, (_, i) => login(email, `burst-${i}-Wrong!`, '203.0.113.150')));
  const codes = answers.map(outcomeOf);
  expect(codes.filter((c) => c === 'UNAUTHENTICATED').length).toBe(10);
  expect(codes.filter((c) => c === 'RATE_LIMITED').length).toBe(15);
  figures['25 simultaneous guesses on one account from one address'] = `10 checked, 15 RATE_LIMITED`;
});

it('the refusal reads in the reader\'s language (Accept-Language), English for a client that names none (issue 14)', async () => {
  const email = `lang-${unique()}@example.test`;
  for (let i = 0; i < 10; i++) await login(email, `lang-${i}-Wrong!`, '203.0.113.200');
  const english = await login(email, 'x-Wrong-1!', '203.0.113.200', 'en-GB,en;q=0.9');
  const french = await login(email, 'x-Wrong-1!', '203.0.113.200', 'fr-FR,fr;q=0.9');
  const unspecified = await login(email, 'x-Wrong-1!', '203.0.113.200', '');
  expect(english.errors?.[0].message).toMatch(/^Too many attempts; try again in \d+ seconds$/);
  expect(french.errors?.[0].message).toMatch(/^Trop de tentatives\u202f; réessayez dans \d+ secondes$/);
  expect(unspecified.errors?.[0].message).toMatch(/^Too many attempts/);
  figures['RATE_LIMITED message, fr / en'] = `${french.errors?.[0].message} / ${english.errors?.[0].message}`;
});

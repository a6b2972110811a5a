import { randomUUID } from 'node:crypto';
import { startTestApp, TEST_ADMIN, type TestApp } from '@recours/testing';
import { percentile, reportFigures } from './support/figures';
import { gql, outcomeOf, type HttpAnswer } from './support/http';
import { query } from './support/read-models';

/**
 * Issue 12 item 7: enumeration and weak passwords. `signUp` answered "already registered" for
 * the admin's address, and common passwords (Password123, Qwertyuiop1, recours2026,
 * 1234567890a) were accepted. signUp still answers a new account with its token (clients rely
 * on it), so what it reveals is bounded: sign-ups per client address are limited, and a taken
 * address is answered in the same time as a new one. Login answers an unknown address and a
 * wrong password alike. (There is no password reset yet; adding an agent is item 5.)
 * Client addresses come from X-Forwarded-For (TRUST_PROXY).
 */
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token user { id } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;
const unique = () => randomUUID().slice(0, 8);
const figures: Record<string, string | number> = {};
let addresses = 0;
/** A fresh client address (TEST-NET-2), so that one scenario's sign-ups do not use another's budget. */
const freshAddress = () => `198.51.100.${++addresses}`;

let api: TestApp;
beforeAll(async () => {
  api = await startTestApp('enumeration', { TRUST_PROXY: 'loopback', SIGNUP_LIMIT_PER_ADDRESS: '5' });
});
afterAll(async () => {
  delete process.env.TRUST_PROXY;
  delete process.env.SIGNUP_LIMIT_PER_ADDRESS;
  await api?.close();
  reportFigures('enumeration and weak passwords (issue 12 item 7)', figures);
});

const signUp = (input: Record<string, unknown>, from: string, language = 'en') =>
  gql<{ signUp: { token: string } }>(api.url, SIGN_UP, { input: { displayName: 'Claire', role: 'CONSUMER', ...input } }, { headers: { 'x-forwarded-for': from, 'accept-language': language } });

const accountsWith = async (email: string) => (await query<{ n: number }>(api.database.url, `SELECT count(*)::int AS n FROM accounts.accounts WHERE email = $1`, [email]))[0].n;

it('refuses common and breached passwords, naming the field, in French and in English; nothing is stored', async () => {
  for (const password of ['Password123', 'Qwertyuiop1', 'recours2026', '1234567890a']) {
    const email = `weak-${unique()}@example.test`;
    const english = await signUp({ email, password }, freshAddress(), 'en');
    expect(outcomeOf(english)).toBe('BAD_USER_INPUT');
    const fields = english.errors?.[0].extensions?.fields as Array<{ field: string; message: string }>;
    expect(fields.map((f) => f.field)).toEqual(['input.password']);
    expect(fields[0].message).toMatch(/too common|too easy to guess/i);
    const french = await signUp({ email, password }, freshAddress(), 'fr');
    const frenchFields = french.errors?.[0].extensions?.fields as Array<{ field: string; message: string }>;
    expect(frenchFields[0].field).toBe('input.password');
    expect(frenchFields[0].message).toMatch(/trop courant|trop facile à deviner/i);
    expect(french.errors?.[0].message).toMatch(/^Saisie invalide\u202f: «\u202fMot de passe\u202f» /);
    expect(await accountsWith(email)).toBe(0);
    figures[`${password}`] = `${outcomeOf(english)}: ${english.errors?.[0].message} / ${french.errors?.[0].message}`;
  }
  // A password that is long and not common still signs up.
  expect(outcomeOf(await signUp({ email: `strong-${unique()}@example.test`, password: 'battery-swollen-2025' }, freshAddress()))).toBe('OK');
});

it('limits sign-ups per client address, whether they succeed or not; other addresses are not affected', async () => {
  const from = freshAddress();
  const codes: string[] = [];
  for (let i = 0; i < 7; i++) codes.push(outcomeOf(await signUp({ email: i % 2 ? TEST_ADMIN.email : `many-${i}-${unique()}@example.test`, password: 'battery-swollen-2025' }, from)));
  expect(codes.slice(0, 5).every((c) => c === 'OK' || c === 'BAD_USER_INPUT')).toBe(true);
  expect(codes.slice(5)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
  expect(outcomeOf(await signUp({ email: `other-${unique()}@example.test`, password: 'battery-swollen-2025' }, freshAddress()))).toBe('OK');
  figures['sign-ups from one address (budget 5)'] = codes.join(', ');
});

it("answers a taken address (the admin's) in the same time as a new account", async () => {
  // Sign-ups first, unmeasured: the first hash and dictionary loads are not what is compared, and
  // a refusal waits for the median of the last 25 sign-ups that made an account (SignUpAnswerTime),
  // which must be warm ones: with two warm-ups, the cold sign-ups of the tests above held that
  // median up, and the taken address measured 1.3 to 1.5 times a new account's time (CI failed once).
  for (let i = 0; i < 12; i++) await signUp({ email: `warm-${i}-${unique()}@example.test`, password: 'battery-swollen-2025' }, freshAddress());
  // A round of 16 pairs gives one ratio. A machine loaded by other work can tilt one round (0.73 on
  // a CI machine whose sign-ups took 650 to 830 ms, 6 Dec 2026; 0.95 on the same code alone right
  // after), so up to three rounds are measured and the first within the bounds ends the test. The
  // fault this guards against tilts every round alike: a taken address refused before the hash
  // measured 0.24, 0.30 and 0.23 (6 Dec 2026). Without the refusal's pad after the address's
  // check alone, a round measured 0.94: too small a gap for a timing to judge; the pad's own spec
  // (sign-up-answer-time.spec.ts) holds it.
  const ratios: number[] = [];
  for (let round = 1; round <= 3; round++) {
    const ratio = await takenOverNew(round);
    ratios.push(ratio);
    if (withinBounds(ratio)) break;
  }
  figures['sign-up answers, median of blocks of two pairs, each round: taken / new'] = ratios.map((r) => r.toFixed(2)).join(', ');
  // A ratio, not a time: the taken address used to be answered in about half the time of a new
  // account (0.53 measured on the code before the fix); 0.91 to 1.09 measured here once a refusal
  // waited from its address's check (2026-12-06, machine loaded); 1.02 to 1.44 before.
  expect(ratios.some(withinBounds)).toBe(true);
});

const withinBounds = (ratio: number) => ratio > 0.75 && ratio < 1.33;

/** One round: 16 pairs of sign-ups, a taken address and a new one, and the ratio of their times. */
async function takenOverNew(round: number): Promise<number> {
  const taken: HttpAnswer[] = [];
  const fresh: HttpAnswer[] = [];
  // Interleaved, in alternating order, each from its own address, so that load and the limits
  // hit both alike; and as many pairs in each order, so that each kind comes second as often:
  // every second sign-up is slower, whatever its kind (its hash runs after a major collection of
  // the previous ones' 19 MiB), and with 15 pairs the taken address came second 8 times, a new
  // account 7, which put the taken median among the slow answers and the new one among the fast
  // (the 1.1 to 1.5 measured before 2026-12-06).
  for (let i = 0; i < 16; i++) {
    const takenOne = () => signUp({ email: TEST_ADMIN.email, password: 'battery-swollen-2025' }, freshAddress());
    const freshOne = () => signUp({ email: `timing-${round}-${i}-${unique()}@example.test`, password: 'battery-swollen-2025' }, freshAddress());
    if (i % 2) {
      taken.push(await takenOne());
      fresh.push(await freshOne());
    } else {
      fresh.push(await freshOne());
      taken.push(await takenOne());
    }
  }
  expect(taken.map(outcomeOf)).toEqual(Array(16).fill('BAD_USER_INPUT'));
  expect(fresh.map(outcomeOf)).toEqual(Array(16).fill('OK'));
  const takenMedian = percentile(taken.map((a) => a.ms), 50);
  const freshMedian = percentile(fresh.map((a) => a.ms), 50);
  figures[`sign-up answer, round ${round}, median ms: taken address / new account`] = `${takenMedian.toFixed(0)} / ${freshMedian.toFixed(0)}`;
  // Compared by blocks of two pairs, one in each order, where each kind has one first and one
  // second place: the answers of one kind fall in two heaps (first, second), and a median of them
  // all lands on the edge between the heaps, one answer deciding which (1.51 once with both
  // quartiles at 1.00). A block's two answers, summed, are one heap, and close in time.
  const blocks = (answers: HttpAnswer[]) => answers.flatMap((a, i) => (i % 2 ? [answers[i - 1].ms + a.ms] : []));
  return percentile(blocks(taken), 50) / percentile(blocks(fresh), 50);
}

it('login answers an unknown address and a wrong password alike', async () => {
  const unknown = await gql(api.url, LOGIN, { input: { email: `nobody-${unique()}@example.test`, password: 'battery-swollen-2025' } }, { headers: { 'x-forwarded-for': freshAddress() } });
  const wrong = await gql(api.url, LOGIN, { input: { email: TEST_ADMIN.email, password: 'battery-swollen-2025' } }, { headers: { 'x-forwarded-for': freshAddress() } });
  expect(outcomeOf(unknown)).toBe('UNAUTHENTICATED');
  expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
  expect(unknown.errors?.[0].extensions).toEqual(wrong.errors?.[0].extensions);
});

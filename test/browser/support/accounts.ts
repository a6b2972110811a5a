import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Secret, TOTP } from 'otpauth';
import { ADMIN } from './server';

export const PASSWORD = 'Correct-Horse-42';

export const uniqueEmail = (who: string) => `${who}-${randomBytes(4).toString('hex')}@example.test`;

/** GraphQL over HTTP, for setting the scene where the UI is not what a test is about. */
export async function gql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const answer = await request.post('/graphql', { data: { query, variables }, headers: token ? { authorization: `Bearer ${token}` } : {} });
  const body = (await answer.json()) as { data?: T; errors?: unknown };
  if (body.errors || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export async function signUpInUi(page: Page, account: { role: 'CONSUMER' | 'MERCHANT'; name: string; email: string; merchantName?: string }): Promise<void> {
  await page.goto('/signup');
  if (account.role === 'MERCHANT') await page.getByText('a merchant', { exact: true }).click();
  await page.getByLabel('Your name').fill(account.name);
  if (account.merchantName) await page.getByLabel('Company name').fill(account.merchantName);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel(/^Password/).fill(PASSWORD);
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page.getByText(`${account.name} ·`)).toBeVisible();
}

/**
 * The TOTP secrets of the accounts that set up two-step verification in this run (admins and
 * mediators must, in production), and the last 30 s step whose code each of them gave (the
 * server takes a step's code once only). Kept in the run's file (global-setup), not in this
 * module: Playwright starts a new worker after a failed test, and a worker that had forgotten
 * the admin's secret failed every later sign-in of hers, hiding the first failure under others.
 */
interface TwoFactorState {
  secrets: Record<string, string>;
  usedSteps: Record<string, number>;
}
const stateFile = () => {
  const file = process.env.RECOURS_BROWSER_TWO_FACTOR_FILE;
  if (!file) throw new Error('RECOURS_BROWSER_TWO_FACTOR_FILE is not set: run the browser tests through their config (global-setup sets it)');
  return file;
};
const readState = (): TwoFactorState => (existsSync(stateFile()) ? (JSON.parse(readFileSync(stateFile(), 'utf8')) as TwoFactorState) : { secrets: {}, usedSteps: {} });
const writeState = (change: (state: TwoFactorState) => void) => {
  const state = readState();
  change(state);
  writeFileSync(stateFile(), JSON.stringify(state));
};
const STEP_MS = 30_000;
const currentStep = () => Math.floor(Date.now() / STEP_MS);

/**
 * A code the server takes now (it accepts the previous, current and next steps) and has not taken
 * before: the next step's, or, when that one was given already (two sign-ins within one step,
 * as when one journey ends and the next begins), the step after it, once the clock reaches it.
 */
async function freshTotpCode(email: string, secret: string): Promise<string> {
  let step = Math.max(currentStep(), (readState().usedSteps[email] ?? -Infinity) + 1);
  if (step > currentStep() + 1) {
    await new Promise((resolve) => setTimeout(resolve, STEP_MS - (Date.now() % STEP_MS) + 100));
    step = Math.max(step, currentStep());
  }
  writeState((state) => (state.usedSteps[email] = step));
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: step * STEP_MS });
}

export async function logInUi(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).last().click();
  const signOut = page.getByRole('button', { name: 'Sign out' });
  const known = readState().secrets[email];
  if (known) {
    // Asked for the code: one of a step not used before.
    await page.getByLabel(/^Verification code/).fill(await freshTotpCode(email, known));
    await page.getByRole('button', { name: 'Sign in', exact: true }).last().click();
  }
  const enrol = page.getByRole('button', { name: 'Set up two-step verification' });
  await expect(signOut.or(enrol)).toBeVisible();
  if (await enrol.isVisible()) {
    // A role that must use two-step verification in production, signing in for the first time.
    await enrol.click();
    const secret = ((await page.getByTestId('two-factor-key').textContent()) ?? '').trim();
    writeState((state) => (state.secrets[email] = secret));
    await page.getByLabel(/^Code shown by the app/).fill(await freshTotpCode(email, secret));
    await page.getByRole('button', { name: 'Turn on' }).click();
    await expect(page.getByTestId('recovery-codes')).toBeVisible();
    await page.getByRole('button', { name: 'I have kept them, continue' }).click();
  }
  await expect(signOut).toBeVisible();
}

/** Signed in through the login page, in French (the page's language chosen first), as a person who uses no second factor. */
export async function signInInFrench(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('FR').click();
  await page.getByLabel(/^Adresse e-mail/).fill(email);
  await page.getByLabel(/^Mot de passe/).fill(password);
  await page.getByRole('button', { name: 'Se connecter', exact: true }).last().click();
  await expect(page.getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
}

/** The token of the session signed in on this page (the web app keeps it in localStorage), for API calls as that person. */
export async function sessionToken(page: Page): Promise<string> {
  const token = await page.evaluate(() => (JSON.parse(localStorage.getItem('recours.session') ?? 'null') as { token?: string } | null)?.token);
  if (!token) throw new Error('no session on this page');
  return token;
}

export async function logInAsAdminUi(page: Page): Promise<void> {
  await logInUi(page, ADMIN.email, ADMIN.password);
}

interface Auth {
  token: string;
  user: { id: string; merchantId: string | null };
}

export async function loginViaApi(request: APIRequestContext, email: string, password = PASSWORD): Promise<Auth> {
  const data = await gql<{ login: Auth }>(request, `mutation($input: LoginInput!) { login(input: $input) { token user { id merchantId } } }`, { input: { email, password } });
  return data.login;
}

/** `locale`: the language the person writes in (their account's); left out, the API's default. */
export async function signUpViaApi(request: APIRequestContext, role: 'CONSUMER' | 'MERCHANT', name: string, email: string, merchantName?: string, locale?: 'fr' | 'en'): Promise<Auth> {
  const data = await gql<{ signUp: Auth }>(request, `mutation($input: SignUpInput!) { signUp(input: $input) { token user { id merchantId } } }`, {
    input: { role, displayName: name, email, password: PASSWORD, ...(merchantName ? { merchantName } : {}), ...(locale ? { locale } : {}) },
  });
  return data.signUp;
}

/** The day `months` months (and `days` days) before today, as YYYY-MM-DD. */
export function daysAgo(days: number): string {
  const date = new Date(Date.now() - days * 86_400_000);
  return date.toISOString().slice(0, 10);
}

/** The same day as a French or British reader types it: DD/MM/YYYY. */
export function typedDaysAgo(days: number): string {
  const [year, month, day] = daysAgo(days).split('-');
  return `${day}/${month}/${year}`;
}

/**
 * The admin creates a staff account in the UI. The page never shows its id (no id is shown to a
 * person): the test reads it from the account's own sign-in, through the API.
 */
export async function createStaff(admin: Page, role: 'MEDIATOR' | 'ASSOCIATION', name: string, email: string): Promise<string> {
  await admin.goto('/admin');
  // The admin page has other forms with an e-mail field (erasing a person's data): this one only.
  const form = admin.getByRole('form', { name: /^Create a mediator, association/ });
  await form.getByLabel('Role').selectOption(role);
  await form.getByLabel(/^Name of the person or body/).fill(name);
  await form.getByLabel(/^Email/).fill(email);
  await form.getByLabel(/^Password/).fill(PASSWORD);
  await form.getByRole('button', { name: 'Create the account' }).click();
  const created = admin.getByTestId('created-account');
  await expect(created).toContainText(name);
  await expect(created).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  return (await loginViaApi(admin.request, email)).user.id;
}

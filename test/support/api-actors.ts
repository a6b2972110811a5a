import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { mailedToken } from './mailed-links';
import { startTestApp, TEST_ADMIN, type GraphQLAnswer, type TestApp } from './test-app';

export interface Account {
  token: string;
  id: string;
  merchantId: string | null;
}

const AUTH = `token user { id merchantId }`;

function must<T>(answer: GraphQLAnswer<T>, what: string): T {
  if (answer.errors || !answer.data) throw new Error(`${what} failed: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

const unwrap = (data: Record<string, { token: string; user: { id: string; merchantId: string | null } }>): Account => {
  const { token, user } = Object.values(data)[0];
  return { token, id: user.id, merchantId: user.merchantId };
};

/** Accounts of every role, made through the API itself. */
export function apiActors(api: TestApp) {
  const unique = () => randomUUID().slice(0, 8);
  const signUp = async (role: 'CONSUMER' | 'MERCHANT', name: string): Promise<Account> =>
    unwrap(
      must(
        await api.gql(`mutation($input: SignUpInput!) { signUp(input: $input) { ${AUTH} } }`, {
          input: { email: `${name.toLowerCase().replace(/\W/g, '')}-${unique()}@example.test`, password: 'Correct-Horse-42', displayName: name, role, ...(role === 'MERCHANT' ? { merchantName: `${name} ${unique()}` } : {}) },
        }),
        `signUp ${name}`,
      ) as never,
    );
  /** Her address confirmed as a person does it: the link of the e-mail sign-up sent her. A rating needs it (leaveFeedback). */
  const confirmAddress = async (account: Account): Promise<void> => {
    const db = new Client({ connectionString: api.database.url, application_name: 'recours-test-actors' });
    await db.connect();
    const { rows } = await db.query<{ email: string }>(`SELECT email FROM accounts.accounts WHERE id = $1`, [account.id]).finally(() => db.end());
    const token = await mailedToken(api.database.url, rows[0].email, 'VERIFY_EMAIL');
    if (!token) throw new Error(`no confirmation link was mailed to ${rows[0].email}`);
    must(await api.gql(`mutation($input: ConfirmEmailInput!) { confirmEmail(input: $input) { message } }`, { input: { token } }), 'confirmEmail');
  };
  /** A consumer; `confirmed`: her address confirmed too, as a consumer who rates must have it. */
  const consumer = async (name = 'Claire', { confirmed = false }: { confirmed?: boolean } = {}): Promise<Account> => {
    const account = await signUp('CONSUMER', name);
    if (confirmed) await confirmAddress(account);
    return account;
  };
  const admin = async (): Promise<Account> => unwrap(must(await api.gql(`mutation($input: LoginInput!) { login(input: $input) { ${AUTH} } }`, { input: TEST_ADMIN }), 'admin login') as never);
  const staff = async (role: 'MEDIATOR' | 'ASSOCIATION', name: string): Promise<Account> => {
    const email = `${role.toLowerCase()}-${unique()}@example.test`;
    const adminAccount = await admin();
    must(await api.gql(`mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }`, { input: { email, password: 'Correct-Horse-42', displayName: name, role } }, adminAccount.token), `createAccount ${role}`);
    return unwrap(must(await api.gql(`mutation($input: LoginInput!) { login(input: $input) { ${AUTH} } }`, { input: { email, password: 'Correct-Horse-42' } }), `login ${role}`) as never);
  };
  /** An agent of the owner's merchant, as one joins: invited by e-mail, accepting with the link. */
  const agent = async (owner: Account, name = 'Agent', teamRole?: 'SUPERVISOR' | 'AGENT'): Promise<Account> => {
    const email = `agent-${unique()}@example.test`;
    must(await api.gql(`mutation($input: AddMerchantAgentInput!) { addMerchantAgent(input: $input) { id } }`, { input: { email, displayName: name, ...(teamRole && { teamRole }) } }, owner.token), 'addMerchantAgent');
    const token = await mailedToken(api.database.url, email, 'AGENT_INVITATION');
    if (!token) throw new Error(`no invitation was mailed to ${email}`);
    return unwrap(must(await api.gql(`mutation($input: AcceptAgentInvitationInput!) { acceptAgentInvitation(input: $input) { ${AUTH} } }`, { input: { token, password: 'Correct-Horse-42' } }), 'acceptAgentInvitation') as never);
  };
  return {
    consumer,
    confirmAddress,
    agent,
    merchant: (name = 'PhoneShop') => signUp('MERCHANT', name),
    mediator: (name = 'Médiateur') => staff('MEDIATOR', name),
    association: (name = 'UFC Test') => staff('ASSOCIATION', name),
    admin,
  };
}

/** The app, started for one test file, with the two parties most tests need: Claire, a consumer, and PhoneShop, a merchant. */
export async function startWithParties(label: string) {
  return startWithCast(label, { consumer: ['consumer', 'Claire'], merchant: ['merchant', 'PhoneShop'] });
}

/** Who a test file needs, by the name it calls each one: a role and a display name, or the admin. */
export type Cast = Record<string, [role: 'consumer' | 'merchant' | 'mediator' | 'association', name: string, options?: { confirmed?: boolean }] | 'admin'>;

/** The app, its actors (to sign more people up) and the cast, each by the name the test file calls it. */
export type Started<C extends Cast> = { api: TestApp; actors: ReturnType<typeof apiActors> } & { [K in keyof C]: Account };

/**
 * The app, started for one test file, with its cast signed up in the order given (so that
 * names and ids come out the same on every run):
 * `({ api, claire, shop } = await startWithCast('label', { claire: ['consumer', 'Claire'], shop: ['merchant', 'PhoneShop'] }))`.
 */
export async function startWithCast<C extends Cast>(label: string, cast: C, env: Parameters<typeof startTestApp>[1] = {}, options: Parameters<typeof startTestApp>[2] = {}): Promise<Started<C>> {
  const api = await startTestApp(label, env, options);
  const actors = apiActors(api);
  const accounts: Record<string, Account> = {};
  try {
    for (const [key, part] of Object.entries(cast)) accounts[key] = part === 'admin' ? await actors.admin() : part[0] === 'consumer' ? await actors.consumer(part[1], part[2]) : await actors[part[0]](part[1]);
  } catch (error) {
    // The caller never gets the app to close: close it (and drop its database) here.
    await api.close().catch(() => undefined);
    throw error;
  }
  return { api, actors, ...accounts } as Started<C>;
}

/**
 * `startWithCast` for a describe block: the app and its cast start before its tests and the app
 * closes after them (before the block's own afterAll hooks, which run in the order declared).
 * Read them from the answer once the tests run: `const cast = withCast('label', { claire: ['consumer', 'Claire'] })`,
 * then `cast.api`, `cast.claire`.
 */
export function withCast<C extends Cast>(...args: Parameters<typeof startWithCast<C>>): Started<C> {
  const started = {} as Started<C>;
  // Nest's start and one sign-up per actor: on a loaded machine a large cast outlasts Jest's 90 s.
  beforeAll(async () => {
    Object.assign(started, await startWithCast(...args));
  }, 180_000);
  afterAll(() => started.api?.close());
  return started;
}

/** A realistic claim: a phone whose battery swells eight months after delivery. */
export function phoneClaim(merchantId: string, overrides: Record<string, unknown> = {}) {
  return {
    merchantId,
    product: { name: 'Galaxy A54', category: 'smartphone', brand: 'Samsung', model: 'SM-A546B', serialNumber: 'R58T90ABCDE', condition: 'NEW' },
    purchase: { purchasedOn: '2025-03-10', deliveredOn: '2025-03-12', price: { amount: '449.00', currency: 'EUR' }, channel: 'ONLINE', country: 'FR', orderReference: 'CMD-2025-0310-77' },
    problem: {
      description: 'The battery swells and the back cover lifts; the phone shuts down at 40% charge.',
      firstNoticedOn: '2025-11-02',
      chronology: [
        { on: '2025-11-02', what: 'Phone shut down at 40% for the first time' },
        { on: '2025-11-09', what: 'Back cover visibly lifted by the battery' },
      ],
    },
    requestedRemedy: 'REPLACEMENT',
    evidence: [{ kind: 'INVOICE', name: 'facture.pdf', sha256: 'a'.repeat(64) }],
    ...overrides,
  };
}

export { must };

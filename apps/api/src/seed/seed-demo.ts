import { DEMO_ADMIN, DEMO_CONSUMERS, DEMO_MERCHANTS, DEMO_PASSWORD, DEMO_STAFF } from './demo-accounts';
import { DEMO_DISPUTES, type Party, type SeenDispute } from './demo-disputes';
import type { GraphQLCaller } from './graphql-caller';

interface Session {
  token: string;
  id: string;
  merchantId: string | null;
}

const AUTH = 'token user { id merchantId }';
const SEEN = 'id status offers { id by status } mediation { settlements { id status } }';

export interface SeedReport {
  accounts: Array<{ role: string; email: string; password: string; name: string }>;
  disputes: Array<{ key: string; id: string; status: string }>;
}

/**
 * Builds the demo through the public API, idempotently: accounts are created or logged into,
 * and every command carries a fixed idempotency key, so a second run changes nothing.
 */
/** The token of the last address confirmation link mailed to this address, as she would click it; null if none can be read. */
export type DemoMailbox = (address: string) => Promise<string | null>;

export async function seedDemo(api: GraphQLCaller, log: (line: string) => void, mailbox: DemoMailbox): Promise<SeedReport> {
  const session = async (email: string, password: string): Promise<Session> => {
    const { login: answer } = await api.call<{ login: { token: string; user: { id: string; merchantId: string | null } } }>(
      `mutation($input: LoginInput!) { login(input: $input) { ${AUTH} } }`,
      { input: { email, password } },
    );
    return { token: answer.token, id: answer.user.id, merchantId: answer.user.merchantId };
  };
  const signUpOrLogin = async (input: Record<string, unknown>): Promise<Session> => {
    try {
      const { signUp } = await api.call<{ signUp: { token: string; user: { id: string; merchantId: string | null } } }>(
        `mutation($input: SignUpInput!) { signUp(input: $input) { ${AUTH} } }`,
        { input: { ...input, password: DEMO_PASSWORD } },
      );
      return { token: signUp.token, id: signUp.user.id, merchantId: signUp.user.merchantId };
    } catch (error) {
      if ((error as { code?: string }).code !== 'BAD_USER_INPUT') throw error;
      return session(input.email as string, DEMO_PASSWORD); // already there
    }
  };

  const admin = await session(DEMO_ADMIN.email, DEMO_ADMIN.password);
  const staff = async (who: (typeof DEMO_STAFF)[keyof typeof DEMO_STAFF]): Promise<Session> => {
    try {
      await api.call(`mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }`, { input: { ...who, password: DEMO_PASSWORD } }, admin.token);
    } catch (error) {
      if ((error as { code?: string }).code !== 'BAD_USER_INPUT') throw error;
    }
    return session(who.email, DEMO_PASSWORD);
  };

  const consumers = Object.fromEntries(
    await Promise.all(Object.entries(DEMO_CONSUMERS).map(async ([key, c]) => [key, await signUpOrLogin({ ...c, role: 'CONSUMER' })] as const)),
  ) as Record<keyof typeof DEMO_CONSUMERS, Session>;
  // The demo consumers confirm their address, as a person does with the link mailed at sign-up: a rating needs it (leaveFeedback).
  for (const [key, c] of Object.entries(DEMO_CONSUMERS) as Array<[keyof typeof DEMO_CONSUMERS, (typeof DEMO_CONSUMERS)[keyof typeof DEMO_CONSUMERS]]>) {
    const { me } = await api.call<{ me: { emailVerified: boolean | null } }>(`{ me { emailVerified } }`, {}, consumers[key].token);
    if (me.emailVerified) continue;
    const token = await mailbox(c.email);
    if (!token) throw new Error(`no address confirmation link for ${c.email} could be read: the demo's consumers must confirm theirs to rate`);
    await api.call(`mutation($input: ConfirmEmailInput!) { confirmEmail(input: $input) { message } }`, { input: { token } });
  }
  const merchants = Object.fromEntries(
    await Promise.all(Object.entries(DEMO_MERCHANTS).map(async ([key, m]) => [key, await signUpOrLogin({ ...m, role: 'MERCHANT' })] as const)),
  ) as Record<keyof typeof DEMO_MERCHANTS, Session>;
  const mediator = await staff(DEMO_STAFF.mediator);
  const association = await staff(DEMO_STAFF.association);
  // What consumers read of it in the association directory before giving it a mandate.
  await api.call(
    `mutation($input: UpdateAssociationProfileInput!) { updateAssociationProfile(input: $input) { id } }`,
    {
      input: {
        name: DEMO_STAFF.association.displayName,
        description: 'Aide aux consommateurs du Rhône et de l’Ain : garanties, réparations, remboursements, litiges avec les vendeurs en ligne.',
        areas: ['69', '01'],
        email: 'contact@conso-rhone.demo',
        phone: '04 78 00 00 00',
        website: 'https://conso-rhone.demo',
      },
    },
    association.token,
  );

  await api.call(
    `mutation($input: UpdateMerchantProfileInput!) { updateMerchantProfile(input: $input) { id } }`,
    { input: { hotline: '+33 4 72 00 00 00', email: 'sav@technomarche.demo', chat: 'https://technomarche.demo/aide', servicePoints: ['Lyon Part-Dieu', 'Villeurbanne Gratte-Ciel'], designatedMediatorId: mediator.id } },
    merchants.technomarche.token,
  );
  await api.call(
    `mutation($input: UpdateMerchantProfileInput!) { updateMerchantProfile(input: $input) { id } }`,
    { input: { hotline: '+33 1 80 00 00 00', email: 'sav@electromaison.demo', servicePoints: ['Paris Bercy'], designatedMediatorId: mediator.id } },
    merchants.electromaison.token,
  );

  const disputes: SeedReport['disputes'] = [];
  for (const demo of DEMO_DISPUTES) {
    const parties: Record<Party, Session> = { consumer: consumers[demo.consumer], merchant: merchants[demo.merchant], mediator, admin, association };
    const filed = await api.call<{ fileClaim: SeenDispute }>(
      `mutation($input: FileClaimInput!) { fileClaim(input: $input) { ${SEEN} } }`,
      { input: { ...demo.claim, merchantId: parties.merchant.merchantId, commandId: `seed:${demo.key}` } },
      parties.consumer.token,
    );
    let dispute = filed.fileClaim;
    for (const [n, step] of demo.steps.entries()) {
      const inputType = INPUT_TYPES[step.mutation] ?? `${step.mutation[0].toUpperCase()}${step.mutation.slice(1)}Input`;
      const answer = await api.call<Record<string, SeenDispute>>(
        `mutation($input: ${inputType}!) { ${step.mutation}(input: $input) { ${SEEN} } }`,
        { input: { ...step.input(dispute, { mediatorId: mediator.id, associationId: association.id }), commandId: `seed:${demo.key}:${n}` } },
        parties[step.as].token,
      );
      dispute = answer[step.mutation];
    }
    if (dispute.status !== demo.expectedStatus) throw new Error(`demo dispute ${demo.key} ended ${dispute.status}, expected ${demo.expectedStatus}`);
    disputes.push({ key: demo.key, id: dispute.id, status: dispute.status });
    log(`dispute ${demo.key}: ${dispute.status}`);
  }

  const accounts: SeedReport['accounts'] = [
    { role: 'ADMIN', email: DEMO_ADMIN.email, password: DEMO_ADMIN.password, name: 'Administrator' },
    ...Object.values(DEMO_CONSUMERS).map((c) => ({ role: 'CONSUMER', email: c.email, password: DEMO_PASSWORD, name: c.displayName })),
    ...Object.values(DEMO_MERCHANTS).map((m) => ({ role: 'MERCHANT', email: m.email, password: DEMO_PASSWORD, name: m.merchantName })),
    { role: 'MEDIATOR', email: DEMO_STAFF.mediator.email, password: DEMO_PASSWORD, name: DEMO_STAFF.mediator.displayName },
    { role: 'ASSOCIATION', email: DEMO_STAFF.association.email, password: DEMO_PASSWORD, name: DEMO_STAFF.association.displayName },
  ];
  return { accounts, disputes };
}

/** Mutations whose input type is shared with another mutation. */
const INPUT_TYPES: Record<string, string> = {
  acceptOffer: 'OfferAnswerInput',
  acceptSettlement: 'SettlementAnswerInput',
};

import { apiActors, mailedToken, must, searchDatabase, startTestApp, type Account, type TestApp } from '@recours/testing';
import { LapsedLinks } from '../../apps/api/src/accounts/lapsed-links';

/*
 * Retention of one-time links made for no account: an agent's invitation nobody accepted, a
 * company's invitation (the address a consumer typed). Their row and their e-mail hold a person's
 * address and name; once the link lapsed (used, withdrawn, expired) nothing needs them, and no
 * account's erasure would ever take them. The agent who joined keeps hers, with her account.
 */
describe('one-time links made for no account go once they lapse', () => {
  let api: TestApp;
  let owner: Account;
  const stamp = Date.now();
  const NEVER_JOINED = { email: `ignace.nevermore-${stamp}@example.test`, name: 'Ignace Nevermore' };
  const WITHDRAWN = { email: `wilhelmine.retiree-${stamp}@example.test`, name: 'Wilhelmine Retirée' };
  const STILL_GOOD = { email: `gaspard.pending-${stamp}@example.test`, name: 'Gaspard Pending' };
  const COMPANY = `contact-${stamp}@quincaillerie-lapsed.test`;
  const invite = (who: { email: string; name: string }) => api.gql(`mutation($input: AddMerchantAgentInput!) { addMerchantAgent(input: $input) { id } }`, { input: { email: who.email, displayName: who.name } }, owner.token);
  const tables = async (needle: string) => [...new Set((await searchDatabase(api.database.url, [needle])).map((found) => found.table))].sort();

  beforeAll(async () => {
    api = await startTestApp('lapsed_links');
    const actors = apiActors(api);
    owner = await actors.merchant('Lapsed Shop');
    for (const who of [NEVER_JOINED, WITHDRAWN, STILL_GOOD]) must(await invite(who), `invite ${who.name}`);
    const consumer = await actors.consumer('Inviting Consumer');
    must(await api.gql(`mutation($input: InviteMerchantInput!) { inviteMerchant(input: $input) { id } }`, { input: { name: 'Quincaillerie Lapsed', email: COMPANY, locale: 'fr' } }, consumer.token), 'inviteMerchant');
    // Behind the app's back, two hours on: one invitation expired, one withdrawn, the company's expired.
    await api.database.query(`UPDATE accounts.email_confirmations SET expires_at = now() - interval '2 hours' WHERE email = ANY($1)`, [[NEVER_JOINED.email, COMPANY]]);
    await api.database.query(`UPDATE accounts.email_confirmations SET used_at = now() - interval '2 hours' WHERE email = $1`, [WITHDRAWN.email]);
  }, 120_000);
  afterAll(async () => api?.close());

  it('deletes each lapsed link and its e-mail, keeps the links still good, the agent’s who joined, and who invited which company', async () => {
    const joined = await apiActors(api).agent(owner, 'Josette Joined');
    // She joined two hours ago: her used link is hers, with her account.
    await api.database.query(`UPDATE accounts.email_confirmations SET used_at = now() - interval '2 hours' WHERE purpose = 'AGENT_INVITATION' AND used_at IS NOT NULL AND email LIKE 'agent-%'`);
    for (const who of [NEVER_JOINED, WITHDRAWN]) expect(await tables(who.email)).toEqual(['"accounts"."email_confirmations"', '"notifications"."outbox"']);

    expect(await api.app.get(LapsedLinks).purge()).toBe(3);

    for (const who of [NEVER_JOINED, WITHDRAWN]) {
      expect(await tables(who.email)).toEqual([]);
      expect(await tables(who.name)).toEqual([]);
    }
    // The company's contact address stays where the consumer's invitation records it (kept with the merchant).
    expect(await tables(COMPANY)).toEqual(['"accounts"."merchant_invitations"']);
    expect(await tables(STILL_GOOD.email)).toEqual(['"accounts"."email_confirmations"', '"notifications"."outbox"']);
    const archive = JSON.parse(must(await api.gql<{ myData: string }>(`{ myData }`, {}, joined.token), 'myData').myData) as { emailLinks: Array<{ purpose: string }> };
    expect(archive.emailLinks).toEqual([expect.objectContaining({ purpose: 'AGENT_INVITATION' })]);
    // Nothing more is due: a second run deletes nothing.
    expect(await api.app.get(LapsedLinks).purge()).toBe(0);
  });

  it('deletes a new address asked for an account that never became its own, with its e-mail; keeps the one it took', async () => {
    const { token, id } = await apiActors(api).consumer('Mover');
    const [TYPO, RIGHT] = [`mover-typo-${stamp}@exemple.test`, `mover-right-${stamp}@example.test`];
    for (const newEmail of [TYPO, RIGHT]) must(await api.gql(`mutation($input: RequestEmailChangeInput!) { requestEmailChange(input: $input) }`, { input: { newEmail, currentPassword: 'Correct-Horse-42' } }, token), 'request');
    const link = await mailedToken(api.database.url, RIGHT, 'CHANGE_EMAIL');
    must(await api.gql(`mutation($input: ConfirmEmailInput!) { confirmEmail(input: $input) { addressChanged } }`, { input: { token: link } }), 'confirm');
    // Two hours on: the typo's link (voided by the second request) and the one used have both lapsed.
    await api.database.query(`UPDATE accounts.email_confirmations SET used_at = now() - interval '2 hours' WHERE account_id = $1 AND purpose = 'CHANGE_EMAIL'`, [id]);
    expect(await tables(TYPO)).toEqual(['"accounts"."email_confirmations"', '"notifications"."outbox"']);

    await api.app.get(LapsedLinks).purge();

    expect(await tables(TYPO)).toEqual([]);
    // The address she took is hers: its link stays with her account, in her archive.
    expect(await tables(RIGHT)).toEqual(['"accounts"."accounts"', '"accounts"."email_confirmations"', '"notifications"."outbox"']);
  });
});

import { apiActors, must, searchDatabase, startTestApp, type Account, type TestApp } from '@recours/testing';
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
});
